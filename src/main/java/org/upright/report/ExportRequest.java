package org.upright.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.upright.common.UsageException;

/**
 * What to export: one State (ISO 3166 alpha-3), the search filters of {@code upright search} (field → values, values
 * of one field ORed) and the words, in the search syntax (empty: everything the filters keep).
 */
public record ExportRequest(String country, Map<String, List<String>> filters, String words) {

    public ExportRequest {
        if (country == null || !country.strip().matches("[A-Za-z]{3}")) {
            throw new UsageException("the State must be an ISO 3166 alpha-3 code such as KAZ, not \"" + country + "\"");
        }
        country = country.strip().toUpperCase(Locale.ROOT);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (filters != null) {
            filters.forEach((field, values) -> {
                if (values != null && !values.isEmpty() && !field.equals("country")) {
                    copy.put(field, List.copyOf(values));
                }
            });
        }
        filters = Map.copyOf(copy);
        words = words == null ? "" : words.strip();
    }

    /** A file name for the export in this format: "upright-KAZ.csv". */
    public String fileName(ExportFormat format) {
        return "upright-" + country + "." + format.extension();
    }
}
