package org.upright.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the search page was asked (the words, the filters of the form and of the facet links, the page) and the links
 * it offers: a facet value added as a filter, a filter removed, the previous and next pages.
 */
record SearchPage(String q, Map<String, List<String>> filters, int page, int limit) {
    /** The filters the page's form and facet links set; the API accepts more. */
    static final List<String> FIELDS = List.of("country", "speaker", "year", "kind", "tracking");
    /** The fields whose values are words of the application, translated on the page. */
    private static final java.util.Set<String> TRANSLATED = java.util.Set.of("kind", "type", "position", "mechanism",
            "tracking");

    SearchPage {
        filters = Map.copyOf(filters);
    }

    /** The request's words, filters and page; the numbers are checked by {@link QueryParams#search}. */
    static SearchPage of(Context ctx) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String field : QueryParams.FILTERS) {
            List<String> values = ctx.queryParams(field).stream()
                    .flatMap(v -> java.util.Arrays.stream(v.split(","))).map(String::strip)
                    .filter(v -> !v.isEmpty()).distinct().toList();
            if (!values.isEmpty()) {
                filters.put(field, values);
            }
        }
        String q = ctx.queryParam("q");
        return new SearchPage(q == null ? "" : q, filters, QueryParams.integer(ctx, "page", 1),
                QueryParams.integer(ctx, "limit", QueryParams.DEFAULT_LIMIT));
    }

    /** Whether anything was asked: an empty form shows no hits. */
    boolean asked() {
        return !q.isBlank() || !filters.isEmpty();
    }

    /** The one value of a filter for the form's field, or "" when it has none or several. */
    String value(String field) {
        List<String> values = filters.getOrDefault(field, List.of());
        return values.size() == 1 ? values.get(0) : "";
    }

    /** Whether a facet value is among the filters already. */
    boolean active(String field, String value) {
        return filters.getOrDefault(field, List.of()).contains(value);
    }

    /** This search narrowed by one more facet value, from its first page. */
    String with(String field, String value) {
        Map<String, List<String>> more = new LinkedHashMap<>(filters);
        List<String> values = new ArrayList<>(more.getOrDefault(field, List.of()));
        if (!values.contains(value)) {
            values.add(value);
        }
        more.put(field, values);
        return link(more, 1);
    }

    /** This search without one filter, from its first page. */
    String without(String field) {
        Map<String, List<String>> fewer = new LinkedHashMap<>(filters);
        fewer.remove(field);
        return link(fewer, 1);
    }

    /** Whether this search can be exported: it is about exactly one State, as an export is. */
    boolean exportable() {
        return filters.getOrDefault("country", List.of()).size() == 1;
    }

    /** The download of this search's statements and recommendations in a format ("csv"), with its filters. */
    String exportLink(String format) {
        StringBuilder url = new StringBuilder("/api/export?format=").append(encode(format)).append("&q=")
                .append(encode(q));
        filters.forEach((field, values) -> values.forEach(v -> url.append('&').append(field).append('=')
                .append(encode(v))));
        return url.toString();
    }

    /** The UPR thematic list of this search's recommendations, as a Word or Excel file. */
    String thematicLink(String format) {
        return exportLink(format) + "&list=thematic";
    }

    /** Another page of this search. */
    String pageLink(int number) {
        return link(filters, number);
    }

    /** The page of a hit: the entry highlighted in its source ({@code /entries/{id}}). */
    static String entryUrl(org.upright.search.SearchHit hit) {
        return EntryPage.url(hit.id());
    }

    /** Whether a page follows this one, given the number of matches. */
    boolean hasNext(long total) {
        return (long) page * limit < total;
    }

    /** The number of the last page, given the number of matches. */
    long lastPage(long total) {
        return Math.max(1, (total + limit - 1) / limit);
    }

    /** A field's name in the reader's language ("Country", "Pays"), the field itself when no bundle names it. */
    static String label(PageFrame frame, String field) {
        return frame.text().has("facet." + field) ? frame.t("facet." + field) : field;
    }

    /**
     * A value of a field in the reader's language where it is one of the application's words (a kind, type,
     * position or mechanism family: "concern" is "préoccupation"); names, codes and years stay as they are.
     */
    static String term(PageFrame frame, String field, String value) {
        // tracking statuses are words of the tracking bundle, shared with the tracking panel
        String key = ("tracking".equals(field) ? "tracking.status" : field) + "." + value;
        return value != null && TRANSLATED.contains(field) && frame.text().has(key) ? frame.t(key) : value;
    }

    /** Several values of one filter, joined with the reader's "or". */
    static String terms(PageFrame frame, String field, List<String> values) {
        return String.join(" " + frame.t("search.or") + " ", values.stream().map(v -> term(frame, field, v)).toList());
    }

    /** The page of one search entry (its id URL-encoded: ids hold colons). */
    static String entryLink(String id) {
        return "/entries/" + encode(id);
    }

    private String link(Map<String, List<String>> with, int number) {
        StringBuilder url = new StringBuilder("/search?q=").append(encode(q));
        with.forEach((field, values) -> values.forEach(v -> url.append('&').append(field).append('=')
                .append(encode(v))));
        if (limit != QueryParams.DEFAULT_LIMIT) {
            url.append("&limit=").append(limit);
        }
        if (number > 1) {
            url.append("&page=").append(number);
        }
        return url.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
