package org.upright.search.lucene;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;

/**
 * Facet counts over all matches with Lucene's sorted-set doc-values facets: field → value → count, most frequent
 * first (ties by value), at most {@value #MAX_VALUES} values a field; every facet field is present, if empty.
 */
final class FacetCounts {
    static final int MAX_VALUES = 200;

    private FacetCounts() {
    }

    /** The reader's ordinals of every facet value, built once a reader; null while the index holds no entry. */
    static SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
        try {
            return new DefaultSortedSetDocValuesReaderState(reader, EntryFields.FACETS_CONFIG);
        } catch (IllegalArgumentException noFacetsYet) {
            return null;
        }
    }

    static Map<String, Map<String, Long>> count(SortedSetDocValuesReaderState state, FacetsCollector matches)
            throws IOException {
        Facets facets = state == null ? null : new SortedSetDocValuesFacetCounts(state, matches);
        Map<String, Map<String, Long>> byField = new LinkedHashMap<>();
        for (String field : EntryFields.FACETS) {
            byField.put(field, values(facets, field));
        }
        return byField;
    }

    private static Map<String, Long> values(Facets facets, String field) throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        FacetResult result;
        try {
            result = facets == null ? null : facets.getTopChildren(MAX_VALUES, field);
        } catch (IllegalArgumentException noValuesInTheIndex) {
            result = null;
        }
        if (result != null) {
            Arrays.stream(result.labelValues)
                    .sorted(Comparator.comparingLong((LabelAndValue lv) -> -lv.value.longValue())
                            .thenComparing(lv -> lv.label))
                    .filter(lv -> lv.value.longValue() > 0)
                    .forEach(lv -> counts.put(lv.label, lv.value.longValue()));
        }
        return counts;
    }
}
