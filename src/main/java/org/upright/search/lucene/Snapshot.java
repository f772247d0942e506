package org.upright.search.lucene;

import java.io.IOException;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.util.Bits;
import org.upright.search.SearchQuery;

/**
 * One point-in-time view of the index, shared by the searches that run on it, with what is worth computing once a
 * view: the facet values' ordinals.
 */
final class Snapshot extends IndexSearcher {
    /** Makes the snapshots the index's {@link org.apache.lucene.search.SearcherManager} hands out. */
    static final SearcherFactory FACTORY = new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
            return new Snapshot(reader);
        }
    };

    private static final SortField BY_ID = new SortField(EntryFields.ID, SortField.Type.STRING);
    private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE, BY_ID);
    private static final Sort BY_DATE = new Sort(newestFirst(), SortField.FIELD_SCORE, BY_ID);

    private SortedSetDocValuesReaderState facetState;
    private boolean facetStateBuilt;

    private Snapshot(IndexReader reader) {
        super(reader);
    }

    /** Ids in order: the order of a scan, where {@code searchAfter} pages through any number of hits. */
    static final Sort ID_ORDER = new Sort(BY_ID);

    /** The order of hits; ties are broken by id, so pages are stable. */
    static Sort order(SearchQuery.Sort sort) {
        return sort == SearchQuery.Sort.DATE ? BY_DATE : BY_RELEVANCE;
    }

    /** The facet ordinals of this view, null while the index has no entry. */
    synchronized SortedSetDocValuesReaderState facetState() throws IOException {
        if (!facetStateBuilt) {
            facetState = FacetCounts.state(getIndexReader());
            facetStateBuilt = true;
        }
        return facetState;
    }

    /** The stored documents with a live entry, from the document-id doc values. */
    Set<Long> documentIds() throws IOException {
        Set<Long> ids = new TreeSet<>();
        for (LeafReaderContext leaf : getIndexReader().leaves()) {
            NumericDocValues values = leaf.reader().getNumericDocValues(EntryFields.DOCUMENT_ID);
            Bits live = leaf.reader().getLiveDocs();
            if (values == null) {
                continue;
            }
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                if (live == null || live.get(doc)) {
                    ids.add(values.longValue());
                }
            }
        }
        return Collections.unmodifiableSet(ids);
    }

    /** Newest year first; entries without a year last. */
    private static SortField newestFirst() {
        SortField year = new SortedNumericSortField(EntryFields.YEAR, SortField.Type.INT, true);
        year.setMissingValue(Integer.MIN_VALUE);
        return year;
    }
}
