package org.upright.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Groups matching entries into clusters of near-identical asks, the same way on every engine: tf-idf vectors of
 * their words ({@link TfIdf}), cosine similarity, and average-link agglomeration stopped at the threshold
 * ({@link AverageLink}). An engine supplies only the term statistics of its index.
 */
public final class AskGrouping {

    private AskGrouping() {
    }

    /**
     * What grouping needs of an index: each entry's analysed words (stemmed, stop words out) with their frequencies,
     * by entry id; how many entries hold each word; and how many entries there are.
     */
    public record Terms(Map<String, Map<String, Integer>> byEntry, Map<String, Integer> documentFrequency,
                        long documents) {
    }

    /**
     * The clusters of two or more of {@code hits} (given best first), largest first, then by id. A cluster's id is
     * its smallest member id, its label the text of the member most similar on average to the others; members are
     * ordered by year and scored by that average.
     */
    public static List<Cluster> group(List<SearchHit> hits, Terms terms, double threshold) {
        float[][] similarity = TfIdf.similarities(hits, terms);
        // average link overwrites its matrix; the members' scores need the original similarities
        float[][] scratch = new float[similarity.length][];
        for (int i = 0; i < similarity.length; i++) {
            scratch[i] = similarity[i].clone();
        }
        List<Cluster> clusters = new ArrayList<>();
        for (int[] group : AverageLink.groups(scratch, threshold)) {
            clusters.add(cluster(group, hits, similarity));
        }
        clusters.sort(Comparator.comparingInt((Cluster c) -> -c.members().size()).thenComparing(Cluster::id));
        return clusters;
    }

    private static Cluster cluster(int[] group, List<SearchHit> hits, float[][] similarity) {
        List<SearchHit> members = new ArrayList<>();
        SearchHit central = null;
        for (int i : group) {
            double total = 0;
            for (int j : group) {
                total += i == j ? 0 : similarity[i][j];
            }
            SearchHit member = scored(hits.get(i), (float) (total / (group.length - 1)));
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

    private static SearchHit scored(SearchHit hit, float score) {
        return new SearchHit(hit.id(), hit.type(), hit.text(), hit.highlight(), hit.country(), hit.speakers(),
                hit.year(), hit.kind(), hit.document(), hit.paragraph(), hit.number(), score);
    }
}
