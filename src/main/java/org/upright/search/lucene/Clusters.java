package org.upright.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.upright.search.Cluster;
import org.upright.search.SearchHit;

/**
 * Near-identical asks: the matching entries' tf-idf vectors ({@link TfIdf}) grouped by average link
 * ({@link AverageLink}) at the threshold. Each cluster's id is its smallest member id, its label the text of the
 * member most similar on average to the others, its members ordered by year; a member's score is that average.
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
        StoredFields stored = searcher.storedFields();
        List<Document> entries = new ArrayList<>();
        for (ScoreDoc match : matches) {
            entries.add(stored.document(match.doc));
        }
        List<String> texts = entries.stream().map(doc -> doc.get(EntryFields.TEXT)).toList();
        float[][] similarity = TfIdf.similarities(searcher.getIndexReader(), texts);
        float[][] scratch = new float[similarity.length][];
        for (int i = 0; i < similarity.length; i++) {
            scratch[i] = similarity[i].clone();
        }
        List<Cluster> clusters = new ArrayList<>();
        for (int[] group : AverageLink.groups(scratch, threshold)) {
            clusters.add(cluster(group, entries, similarity));
        }
        clusters.sort(Comparator.comparingInt((Cluster c) -> -c.members().size()).thenComparing(Cluster::id));
        return clusters;
    }

    private static Cluster cluster(int[] group, List<Document> entries, float[][] similarity) {
        List<SearchHit> members = new ArrayList<>();
        SearchHit central = null;
        for (int i : group) {
            double total = 0;
            for (int j : group) {
                total += i == j ? 0 : similarity[i][j];
            }
            SearchHit member = EntryFields.hit(entries.get(i), (float) (total / (group.length - 1)), null);
            members.add(member);
            if (central == null || member.score() > central.score()
                    || member.score() == central.score() && member.id().compareTo(central.id()) < 0) {
                central = member;
            }
        }
        members.sort(Comparator.comparing(SearchHit::year, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(SearchHit::id));
        String id = members.stream().map(SearchHit::id).min(Comparator.naturalOrder()).orElseThrow();
        return new Cluster(id, central.text(), members);
    }
}
