package org.upright.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.upright.search.Cluster;
import org.upright.search.SearchHit;
import org.upright.search.SearchQuery;
import org.upright.search.SearchResult;

/** The terminal view of a search: the hits with their matched words in [brackets] and sources, then the facets. */
final class SearchText {
    private static final int FACET_VALUES = 8;

    private SearchText() {
    }

    static void print(PrintWriter out, SearchQuery query, SearchResult result) {
        long first = result.hits().isEmpty() ? 0 : query.offset() + 1;
        out.printf("%,d match(es)%s%n", result.total(), result.hits().isEmpty() ? ""
                : String.format(", %d-%d shown", first, query.offset() + result.hits().size()));
        hits(out, result.hits());
        if (!result.facets().isEmpty() && result.total() > 0) {
            out.println();
            for (String facet : List.of("speaker", "year", "kind", "country", "theme")) {
                Map<String, Long> counts = result.facets().get(facet);
                if (counts != null && !counts.isEmpty()) {
                    out.printf("%-8s %s%n", facet + ":", counts.entrySet().stream().limit(FACET_VALUES)
                            .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))
                            + (counts.size() > FACET_VALUES ? ", ..." : ""));
                }
            }
        }
    }

    /** Each hit: where it comes from, who said it when, and its text with the matched words marked. */
    static void hits(PrintWriter out, List<SearchHit> hits) {
        for (SearchHit h : hits) {
            out.println();
            String where = h.document() + (h.paragraph() == null ? "" : " para. " + h.paragraph())
                    + (h.number() == null ? "" : " rec. " + h.number());
            out.printf("%s  %s  %s%s%s  [%s]%n", where, h.country(), String.join(", ", h.speakers()),
                    h.year() == null ? "" : "  " + h.year(), h.kind() == null ? "" : "  " + h.kind(), h.id());
            out.println("  " + terminal(h.highlight() != null ? h.highlight() : h.text()));
        }
    }

    /** Each cluster: its label and size, then its members by year. */
    static void clusters(PrintWriter out, List<Cluster> clusters) {
        out.printf("%d cluster(s) of near-identical asks%n", clusters.size());
        for (Cluster c : clusters) {
            out.println();
            out.printf("%s (%d asks, %s)%n", terminal(c.label()), c.members().size(), c.members().stream()
                    .flatMap(m -> m.speakers().stream()).distinct().collect(Collectors.joining(", ")));
            for (SearchHit m : c.members()) {
                out.printf("  %s %s%s  %s%n", m.year() == null ? "    " : m.year(), m.document(),
                        m.number() == null ? (m.paragraph() == null ? "" : " para. " + m.paragraph())
                                : " rec. " + m.number(), String.join(", ", m.speakers()));
            }
        }
    }

    /** The highlight for a terminal: marks as [brackets], HTML entities back to characters. */
    static String terminal(String html) {
        String marked = html.replace("<mark>", "[").replace("</mark>", "]").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"");
        // numeric references (&#39; &#x2F;) as the HTML encoder writes them, then the ampersand last
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("&#(x[0-9a-fA-F]+|\\d+);").matcher(marked);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String code = m.group(1);
            int c = code.startsWith("x") ? Integer.parseInt(code.substring(1), 16) : Integer.parseInt(code);
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(Character.toString(c)));
        }
        m.appendTail(out);
        return out.toString().replace("&amp;", "&");
    }
}
