package org.upright.cli;

import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The search filters that {@code search} and {@code export} both accept: who said it, when, and what kind. */
final class SearchFilters {
    @Option(names = "--body", paramLabel = "CODE", split = ",",
            description = "Only what these mechanisms or States said (CAT,CRC,SR-torture,France).")
    List<String> bodies;

    @Option(names = "--year", paramLabel = "YEAR", split = ",", description = "Only these years.")
    List<String> years;

    @Option(names = "--kind", paramLabel = "KIND", split = ",",
            description = "recommendation, concern, welcome or information.")
    List<String> kinds;

    /** Adds the filters given to the search's filters (speaker, year, kind). */
    void into(Map<String, List<String>> filters) {
        put(filters, "speaker", bodies);
        put(filters, "year", years);
        put(filters, "kind", kinds);
    }

    /** Adds a filter of the values given, stripped, blank ones dropped; nothing when none is given. */
    static void put(Map<String, List<String>> filters, String field, List<String> values) {
        if (values != null && !values.isEmpty()) {
            filters.put(field, values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList());
        }
    }
}
