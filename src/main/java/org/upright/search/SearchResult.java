package org.upright.search;

import java.util.List;
import java.util.Map;

/**
 * A page of hits, the total number of matches, and the facet counts of all matches (field → value → count, values
 * by descending count): speaker, year, kind, country, theme and the other facet fields.
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = facets == null ? Map.of() : facets;
    }
}
