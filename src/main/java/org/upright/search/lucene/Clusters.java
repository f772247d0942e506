package org.upright.search.lucene;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.upright.search.AskGrouping;
import org.upright.search.Cluster;
import org.upright.search.SearchHit;

/**
 * Near-identical asks ({@link AskGrouping}) among the matching entries, with their words as the index analyses them
 * (stemmed, stop words out) and the index's document frequencies.
 */
final class Clusters {
    /**
     * The most entries grouped at once, the best matches first: the similarity matrix takes n² floats (16 MB for
     * 2,000) and O(n²) time to fill, so a wider query must be narrowed (a country, a cycle) to be grouped whole.
     */
    static final int MAX_ENTRIES = 2_000;

    private static final Sort BEST_FIRST = new Sort(SortField.FIELD_SCORE, new SortField(EntryFields.ID,
            SortField.Type.STRING));

    private Clusters() {
    }

    static List<Cluster> of(IndexSearcher searcher, Query query, double threshold) throws IOException {
        ScoreDoc[] matches = searcher.search(query, MAX_ENTRIES, BEST_FIRST).scoreDocs;
        List<SearchHit> hits = EntryFields.hits(searcher, matches, null);
        return AskGrouping.group(hits, terms(searcher.getIndexReader(), hits), threshold);
    }

    private static AskGrouping.Terms terms(IndexReader reader, List<SearchHit> hits) throws IOException {
        Map<String, Map<String, Integer>> byEntry = new LinkedHashMap<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (SearchHit hit : hits) {
            Map<String, Integer> frequencies = termFrequencies(hit.text());
            for (String term : frequencies.keySet()) {
                if (!documentFrequency.containsKey(term)) {
                    documentFrequency.put(term, reader.docFreq(new Term(EntryFields.TEXT, term)));
                }
            }
            byEntry.put(hit.id(), frequencies);
        }
        return new AskGrouping.Terms(byEntry, documentFrequency, reader.numDocs());
    }

    /** The text's words as the index holds them; the text is stored, not its term vector. */
    private static Map<String, Integer> termFrequencies(String text) throws IOException {
        Map<String, Integer> frequencies = new HashMap<>();
        try (TokenStream tokens = Analysis.STEMMED.tokenStream(EntryFields.TEXT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                frequencies.merge(term.toString(), 1, Integer::sum);
            }
            tokens.end();
        }
        return frequencies;
    }
}
