package org.upright.search;

import java.util.List;
import java.util.Map;

/**
 * A search: the query text in the syntax users know from search engines (AND / OR / NOT, "exact phrases", prefix*,
 * fielded terms such as {@code speaker:CAT} or {@code year:2009}), filters by facet field (values of one field are
 * ORed, fields ANDed), the order, a page, and whether to count facets and highlight.
 *
 * <p>Fields: {@code country}, {@code speaker}, {@code mechanism}, {@code year}, {@code kind}, {@code theme},
 * {@code person}, {@code sdg}, {@code document}, {@code position}, {@code tracking}, {@code type}.
 */
public record SearchQuery(String text, Map<String, List<String>> filters, Sort sort, int offset, int limit,
                          boolean facets, boolean highlight) {

    /** The longest query text accepted; longer ones are refused rather than allowed to run long. */
    public static final int MAX_LENGTH = 2_000;
    /** The most terms (words, phrases, prefixes) a query may have. */
    public static final int MAX_TERMS = 100;
    /** The largest page. */
    public static final int MAX_LIMIT = 1_000;

    /** The order of hits. */
    public enum Sort {
        RELEVANCE,
        /** Newest year first. */
        DATE
    }

    public SearchQuery {
        text = text == null ? "" : text;
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        sort = sort == null ? Sort.RELEVANCE : sort;
        if (offset < 0 || limit < 0 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("page out of range: offset " + offset + ", limit " + limit);
        }
    }

    /** A first page of 20 hits by relevance, with facets and highlights. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, Map.of(), Sort.RELEVANCE, 0, 20, true, true);
    }

    /** The same query with these filters. */
    public SearchQuery filtered(Map<String, List<String>> by) {
        return new SearchQuery(text, by, sort, offset, limit, facets, highlight);
    }
}
