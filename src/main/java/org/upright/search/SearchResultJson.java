package org.upright.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * A search result as the JSON scripts and the REST API read: {@code {"total", "hits": [{"id", "text",
 * "highlight", "country", "speakers", "year", "kind", "document", "paragraph", "score"}], "facets": {"speaker":
 * {"CAT": 12}, "year": {...}, "kind": {...}, "country": {...}, "theme": {...}}}}.
 */
public final class SearchResultJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SearchResultJson() {
    }

    /** The result as indented JSON. */
    public static String write(SearchResult result) {
        try {
            return JSON.writeValueAsString(tree(result));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the search result as JSON", e);
        }
    }

    /** Clusters as indented JSON: {@code {"clusters": [{"id", "label", "size", "members": [hits]}]}}. */
    public static String writeClusters(java.util.List<Cluster> clusters) {
        try {
            return JSON.writeValueAsString(clusters(clusters));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the clusters as JSON", e);
        }
    }

    /** Clusters as a tree, in the shape of {@link #writeClusters}. */
    public static ObjectNode clusters(java.util.List<Cluster> clusters) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("clusters");
        for (Cluster c : clusters) {
            ObjectNode node = list.addObject();
            node.put("id", c.id());
            node.put("label", c.label());
            node.put("size", c.members().size());
            node.set("members", tree(new SearchResult(c.members().size(), c.members(), Map.of())).get("hits"));
        }
        return root;
    }

    /** The result as a tree. */
    public static ObjectNode tree(SearchResult result) {
        ObjectNode root = JSON.createObjectNode();
        root.put("total", result.total());
        ArrayNode hits = root.putArray("hits");
        for (SearchHit h : result.hits()) {
            ObjectNode hit = hits.addObject();
            hit.put("id", h.id());
            hit.put("type", h.type());
            hit.put("text", h.text());
            hit.put("highlight", h.highlight());
            hit.put("country", h.country());
            ArrayNode speakers = hit.putArray("speakers");
            h.speakers().forEach(speakers::add);
            if (h.year() == null) {
                hit.putNull("year");
            } else {
                hit.put("year", h.year());
            }
            hit.put("kind", h.kind());
            hit.put("document", h.document());
            if (h.paragraph() == null) {
                hit.putNull("paragraph");
            } else {
                hit.put("paragraph", h.paragraph());
            }
            hit.put("number", h.number());
            hit.put("score", h.score());
        }
        ObjectNode facets = root.putObject("facets");
        for (Map.Entry<String, Map<String, Long>> facet : result.facets().entrySet()) {
            ObjectNode counts = facets.putObject(facet.getKey());
            facet.getValue().forEach(counts::put);
        }
        return root;
    }
}
