package org.upright.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.upright.search.SearchIndex;
import org.upright.search.SearchQuery;
import org.upright.tracking.TrackingStatus;

/**
 * How many recommendations each State has still open, counted by the search index: every entry of kind
 * recommendation (UPR recommendations, supported or noted, and treaty bodies' recommendations) whose tracking status
 * is open ({@link TrackingStatus#open()}; untracked ones are indexed as not started). The index is re-indexed on
 * every status change, so the count is never older than the last change (ADR 0011).
 */
final class OpenRecommendations {
    /** Both engines count at most 200 values of a facet: the States are asked for in chunks no larger. */
    private static final int CHUNK = 200;

    private OpenRecommendations() {
    }

    /** The tracking statuses counted as open, as the index writes them. */
    static List<String> openCodes() {
        return Arrays.stream(TrackingStatus.values()).filter(TrackingStatus::open).map(TrackingStatus::code)
                .toList();
    }

    /** The open recommendations of each of the States (ISO alpha-3); a State without any is absent. */
    static Map<String, Long> byCountry(SearchIndex index, List<String> states) {
        Map<String, Long> counts = new HashMap<>();
        for (int from = 0; from < states.size(); from += CHUNK) {
            List<String> chunk = states.subList(from, Math.min(states.size(), from + CHUNK));
            SearchQuery query = new SearchQuery("", Map.of("country", chunk, "kind", List.of("recommendation"),
                    "tracking", openCodes()), SearchQuery.Sort.RELEVANCE, 0, 0, true, false);
            counts.putAll(index.search(query).facets().getOrDefault("country", Map.of()));
        }
        return counts;
    }
}
