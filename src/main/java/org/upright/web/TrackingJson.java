package org.upright.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.upright.common.UsageException;
import org.upright.tracking.AuditEntry;
import org.upright.tracking.TrackedItem;

/** The JSON of the tracking API: request bodies read, items with their history written. */
final class TrackingJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TrackingJson() {
    }

    /** A request body as a JSON object; a {@link UsageException} when it is not one. */
    static JsonNode body(String text) {
        try {
            JsonNode node = JSON.readTree(text == null ? "" : text);
            if (node == null || !node.isObject()) {
                throw new UsageException("the body must be a JSON object with the version you read");
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UsageException("the body is not JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new UsageException("the body cannot be read: " + e.getMessage());
        }
    }

    /** The version the client read ({@code "version": n}), which a change must name. */
    static long version(JsonNode body) {
        JsonNode version = body.path("version");
        if (!version.canConvertToLong() || version.asLong() < 0) {
            throw new UsageException("the body needs the version of the item you read (\"version\": 0 when new)");
        }
        return version.asLong();
    }

    static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static List<String> list(JsonNode body, String field) {
        JsonNode value = body.get(field);
        List<String> list = new ArrayList<>();
        if (value == null || value.isNull()) {
            return list;
        }
        if (!value.isArray()) {
            throw new UsageException("\"" + field + "\" must be a list of strings");
        }
        value.forEach(v -> list.add(v.asText()));
        return list;
    }

    /** An item, the clusters it belongs to and its history, as the API answers. */
    static Map<String, Object> of(TrackedItem item, List<TrackedItem> clusters, List<AuditEntry> history) {
        Map<String, Object> json = item(item);
        json.put("clusters", clusters.stream().map(c -> Map.of("key", c.key(), "status", c.status().code(),
                "version", c.version())).toList());
        json.put("history", history.stream().map(TrackingJson::entry).toList());
        return json;
    }

    private static Map<String, Object> item(TrackedItem item) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", item.key());
        json.put("status", item.status().code());
        json.put("version", item.version());
        json.put("institutions", item.institutions());
        json.put("actions", item.actions().stream().map(a -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("date", a.date().toString());
            m.put("description", a.description());
            m.put("evidence", a.evidence());
            return m;
        }).toList());
        json.put("indicators", item.indicators());
        json.put("comments", item.comments().stream().map(c -> Map.of("author", c.author(), "at", c.at().toString(),
                "text", c.text())).toList());
        if (item.cluster()) {
            json.put("members", item.members());
        }
        json.put("updatedBy", item.updatedBy());
        json.put("updatedAt", item.updatedAt() == null ? null : item.updatedAt().toString());
        return json;
    }

    private static Map<String, Object> entry(AuditEntry e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", e.version());
        json.put("at", e.at().toString());
        json.put("actor", e.actor());
        json.put("kind", e.kind());
        json.put("before", e.before());
        json.put("after", e.after());
        return json;
    }
}
