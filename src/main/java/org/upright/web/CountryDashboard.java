package org.upright.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.upright.obligation.CountryObligations;
import org.upright.obligation.Deadline;
import org.upright.obligation.ObligationService;
import org.upright.search.SearchIndex;
import org.upright.search.SearchQuery;
import org.upright.search.SearchResult;

/**
 * What the country page adds to the State's obligations: its deadlines in order with the overdue ones marked, and
 * the recommendations it received counted by body, theme, position and tracking status, each a chart drawn by
 * {@code upright.js} over a table that says the same without JavaScript.
 */
record CountryDashboard(List<Dated> deadlines, List<Chart> charts) {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The facets charted, with the chart type each reads best as. */
    private static final Map<String, String> CHARTED = charted();
    private static final int MOST_BARS = 15;

    /** A deadline and whether its date has passed on the day the page is for. */
    record Dated(Deadline deadline, boolean overdue) {
    }

    /** Counts of one facet: the message key of its title, the values with their counts, most first. */
    record Chart(String field, String type, Map<String, Long> counts) {
        /** The chart for {@code data-chart}: type, labels and values (the label is the table's caption). */
        String json(String label) {
            return json(label, List.copyOf(counts.keySet()));
        }

        /** The chart with its values named in the reader's language (a tracking status, a position). */
        String json(PageFrame frame) {
            return json(frame.t("country.chart." + field), counts.keySet().stream()
                    .map(v -> SearchPage.term(frame, field, v)).toList());
        }

        private String json(String label, List<String> labels) {
            Map<String, Object> spec = new LinkedHashMap<>();
            spec.put("type", type);
            spec.put("label", label);
            spec.put("labels", labels);
            spec.put("values", List.copyOf(counts.values()));
            spec.put("horizontal", "bar".equals(type) && counts.size() > 6);
            try {
                return JSON.writeValueAsString(spec);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static CountryDashboard of(CountryObligations status, ObligationService obligations, SearchIndex index) {
        LocalDate day = status.asOf();
        List<Dated> deadlines = obligations.deadlines(status).stream()
                .map(d -> new Dated(d, d.passedBy(day))).toList();
        SearchQuery recommendations = new SearchQuery("", Map.of("country", List.of(status.country().alpha3()),
                "kind", List.of("recommendation")), SearchQuery.Sort.RELEVANCE, 0, 0, true, false);
        SearchResult result = index.search(recommendations);
        List<Chart> charts = CHARTED.entrySet().stream()
                .filter(e -> result.facets().containsKey(e.getKey()) && !result.facets().get(e.getKey()).isEmpty())
                .map(e -> new Chart(e.getKey(), e.getValue(), top(result.facets().get(e.getKey())))).toList();
        return new CountryDashboard(deadlines, charts);
    }

    private static Map<String, Long> top(Map<String, Long> counts) {
        Map<String, Long> top = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).limit(MOST_BARS)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }

    private static Map<String, String> charted() {
        Map<String, String> charted = new LinkedHashMap<>();
        charted.put("speaker", "bar");
        charted.put("theme", "bar");
        charted.put("position", "doughnut");
        charted.put("tracking", "doughnut");
        return charted;
    }
}
