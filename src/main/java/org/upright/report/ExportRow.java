package org.upright.report;

import java.util.List;

/**
 * One exported statement or recommendation with all its metadata: where it comes from, who said it, what it is
 * about and how far its follow-up has come.
 */
public record ExportRow(String id, String type, String document, String country, List<String> speakers,
                        List<String> mechanisms, Integer year, String kind, String position, String number,
                        Integer paragraph, String text, List<String> themes, List<String> affectedPersons,
                        List<String> sdgs, String trackingStatus, List<String> institutions) {

    /** The column names, in the order of {@link #cells()}. */
    public static final List<String> COLUMNS = List.of("id", "type", "document", "country", "speakers", "mechanism",
            "year", "kind", "position", "recommendation_number", "paragraph", "text", "themes", "affected_persons",
            "sdgs", "tracking_status", "responsible_institutions");

    public ExportRow {
        speakers = List.copyOf(speakers == null ? List.of() : speakers);
        mechanisms = List.copyOf(mechanisms == null ? List.of() : mechanisms);
        themes = List.copyOf(themes == null ? List.of() : themes);
        affectedPersons = List.copyOf(affectedPersons == null ? List.of() : affectedPersons);
        sdgs = List.copyOf(sdgs == null ? List.of() : sdgs);
        institutions = List.copyOf(institutions == null ? List.of() : institutions);
    }

    /** The row as flat cells for a table: lists joined by "; ", absent values empty. */
    List<String> cells() {
        return List.of(id, type, orEmpty(document), orEmpty(country), join(speakers), join(mechanisms),
                year == null ? "" : year.toString(), orEmpty(kind), orEmpty(position), orEmpty(number),
                paragraph == null ? "" : paragraph.toString(), text, join(themes), join(affectedPersons), join(sdgs),
                orEmpty(trackingStatus), join(institutions));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String join(List<String> values) {
        return String.join("; ", values);
    }
}
