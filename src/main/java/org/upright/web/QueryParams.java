package org.upright.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.upright.common.UsageException;
import org.upright.search.SearchQuery;

/** Reads a request's query parameters into what the services take; a bad value is a 400 saying what is accepted. */
final class QueryParams {
    /** The facet fields a search may be filtered by; values repeat or are separated by commas, and are ORed. */
    static final List<String> FILTERS = List.of("country", "speaker", "mechanism", "year", "kind", "theme", "person",
            "sdg", "position", "tracking", "document", "type");
    static final int DEFAULT_LIMIT = 20;

    private QueryParams() {
    }

    /** The search a request asks for; {@code type}, when given, is fixed whatever the request says. */
    static SearchQuery search(Context ctx, String type) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String field : FILTERS) {
            List<String> values = ctx.queryParams(field).stream()
                    .flatMap(v -> java.util.Arrays.stream(v.split(","))).map(String::strip)
                    .filter(v -> !v.isEmpty()).toList();
            if (!values.isEmpty()) {
                filters.put(field, values);
            }
        }
        if (type != null) {
            filters.put("type", List.of(type));
        }
        String sort = ctx.queryParam("sort");
        if (sort != null && !sort.equals("relevance") && !sort.equals("date")) {
            throw new UsageException("unknown sort \"" + sort + "\": use relevance or date");
        }
        int limit = integer(ctx, "limit", DEFAULT_LIMIT);
        int page = integer(ctx, "page", 1);
        if (limit < 1 || limit > SearchQuery.MAX_LIMIT || page < 1 || (long) (page - 1) * limit > Integer.MAX_VALUE) {
            throw new UsageException("limit must be 1.." + SearchQuery.MAX_LIMIT + " and page at least 1");
        }
        String q = ctx.queryParam("q");
        return new SearchQuery(q == null ? "" : q, filters, "date".equals(sort) ? SearchQuery.Sort.DATE
                : SearchQuery.Sort.RELEVANCE, (page - 1) * limit, limit, true, true);
    }

    /** A whole-number parameter, or the default when absent. */
    static int integer(Context ctx, String name, int otherwise) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a whole number, not \"" + text + "\"");
        }
    }

    /** A number between 0 and 1, or the default when absent. */
    static double fraction(Context ctx, String name, double otherwise) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            double value = Double.parseDouble(text.strip());
            if (value >= 0 && value <= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException(name + " must be a number between 0 and 1, not \"" + text + "\"");
    }

    /** A day as YYYY-MM-DD, or the default when absent. */
    static LocalDate date(Context ctx, String name, LocalDate otherwise) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException("not a date: \"" + text + "\": give a day as YYYY-MM-DD, e.g. 2009-10-31");
        }
    }
}
