package org.upright.search.lucene;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.upright.search.SearchHit;
import org.upright.search.SearchQuery;

/** "More like this": Lucene's MoreLikeThis on an entry's text, the entry itself left out. */
final class Similar {

    private Similar() {
    }

    /** The entries most like the one with this id, most similar first; empty if there is no such entry. */
    static List<SearchHit> to(IndexSearcher searcher, String id, int max) throws IOException {
        Query self = new TermQuery(new Term(EntryFields.ID, id));
        ScoreDoc[] found = searcher.search(self, 1).scoreDocs;
        if (found.length == 0) {
            return List.of();
        }
        String text = searcher.storedFields().document(found[0].doc).get(EntryFields.TEXT);
        MoreLikeThis moreLikeThis = new MoreLikeThis(searcher.getIndexReader());
        moreLikeThis.setAnalyzer(Analysis.STEMMED);
        moreLikeThis.setFieldNames(new String[] {EntryFields.TEXT});
        // Entries are short sentences: a word said once, and found in one other entry, is already a signal.
        moreLikeThis.setMinTermFreq(1);
        moreLikeThis.setMinDocFreq(1);
        Query like = new BooleanQuery.Builder()
                .add(moreLikeThis.like(EntryFields.TEXT, new StringReader(text)), BooleanClause.Occur.MUST)
                .add(self, BooleanClause.Occur.MUST_NOT)
                .build();
        ScoreDoc[] hits = searcher.search(like, max, Snapshot.order(SearchQuery.Sort.RELEVANCE), true).scoreDocs;
        return EntryFields.hits(searcher, hits, null);
    }
}
