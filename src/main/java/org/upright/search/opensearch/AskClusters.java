package org.upright.search.opensearch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.upright.search.Cluster;
import org.upright.search.SearchHit;

/**
 * Groups entries into clusters of near-identical asks, as the Lucene index does: each entry's words (stemmed, stop
 * words out) weighted by tf-idf with the index's document frequencies, cosine similarity, and average-link
 * agglomeration that merges two groups while the mean similarity between their members reaches the threshold
 * (nearest-neighbour chain, O(n²)). Needs nothing of the engine but the terms and their document frequencies.
 */
final class AskClusters {

    private AskClusters() {
    }

    /** What grouping needs of the index: each entry's term frequencies, and how many entries hold each term. */
    record Terms(Map<String, Map<String, Integer>> byEntry, Map<String, Integer> documentFrequency, long documents) {
    }

    /**
     * The clusters of two or more of {@code hits} (given best first), largest first, then by id. A cluster's id is
     * its smallest member id, its label the text of the member most similar on average to the others; members are
     * ordered by year and scored by that average.
     */
    static List<Cluster> group(List<SearchHit> hits, Terms terms, double threshold) {
        float[][] similarity = similarities(hits, terms);
        float[][] scratch = new float[similarity.length][];
        for (int i = 0; i < similarity.length; i++) {
            scratch[i] = similarity[i].clone();
        }
        List<Cluster> clusters = new ArrayList<>();
        for (List<Integer> group : averageLink(scratch, threshold)) {
            clusters.add(cluster(group, hits, similarity));
        }
        clusters.sort(Comparator.comparingInt((Cluster c) -> -c.members().size()).thenComparing(Cluster::id));
        return clusters;
    }

    private static float[][] similarities(List<SearchHit> hits, Terms terms) {
        List<Map<String, Double>> vectors = new ArrayList<>();
        for (SearchHit hit : hits) {
            Map<String, Double> weights = new HashMap<>();
            terms.byEntry().getOrDefault(hit.id(), Map.of()).forEach((term, frequency) -> {
                int holding = terms.documentFrequency().getOrDefault(term, 0);
                double idf = 1 + Math.log((terms.documents() + 1.0) / (holding + 1.0));
                weights.put(term, (1 + Math.log(frequency)) * idf);
            });
            double norm = Math.sqrt(weights.values().stream().mapToDouble(w -> w * w).sum());
            weights.replaceAll((term, w) -> norm > 0 ? w / norm : 0);
            vectors.add(weights);
        }
        int n = hits.size();
        float[][] similarity = new float[n][n];
        for (int i = 0; i < n; i++) {
            similarity[i][i] = 1;
            for (int j = i + 1; j < n; j++) {
                float cosine = (float) dot(vectors.get(i), vectors.get(j));
                similarity[i][j] = cosine;
                similarity[j][i] = cosine;
            }
        }
        return similarity;
    }

    private static double dot(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double sum = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            sum += e.getValue() * large.getOrDefault(e.getKey(), 0.0);
        }
        return sum;
    }

    /** The groups of two or more items; overwrites the matrix with the similarities of merged groups. */
    private static List<List<Integer>> averageLink(float[][] similarity, double threshold) {
        int n = similarity.length;
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            members.add(new ArrayList<>(List.of(i)));
        }
        boolean[] active = new boolean[n];
        Arrays.fill(active, true);
        int remaining = n;
        List<Integer> chain = new ArrayList<>();
        while (remaining > 1) {
            if (chain.isEmpty()) {
                chain.add(firstActive(active));
            }
            int a = chain.getLast();
            int previous = chain.size() > 1 ? chain.get(chain.size() - 2) : -1;
            // the nearest other group; the previous one on the chain wins ties, so a reciprocal pair is seen
            int nearest = previous;
            float best = previous < 0 ? Float.NEGATIVE_INFINITY : similarity[a][previous];
            for (int x = 0; x < n; x++) {
                if (active[x] && x != a && similarity[a][x] > best) {
                    nearest = x;
                    best = similarity[a][x];
                }
            }
            if (nearest != previous) {
                chain.add(nearest);
                continue;
            }
            chain.removeLast();
            chain.removeLast();
            if (best >= threshold) {
                merge(similarity, active, members, a, previous);
                remaining--;
            } else {
                // each is the other's best, below the threshold: averages never exceed a member's best, so neither
                // can join anything any more
                active[a] = false;
                active[previous] = false;
                remaining -= 2;
            }
        }
        return members.stream().filter(g -> g.size() > 1).toList();
    }

    /** b joins a; a's similarities become the size-weighted means of both (average link). */
    private static void merge(float[][] similarity, boolean[] active, List<List<Integer>> members, int a, int b) {
        int sizeA = members.get(a).size();
        int sizeB = members.get(b).size();
        for (int x = 0; x < active.length; x++) {
            if (active[x] && x != a && x != b) {
                float mean = (sizeA * similarity[a][x] + sizeB * similarity[b][x]) / (sizeA + sizeB);
                similarity[a][x] = mean;
                similarity[x][a] = mean;
            }
        }
        members.get(a).addAll(members.get(b));
        members.get(b).clear();
        active[b] = false;
    }

    private static int firstActive(boolean[] active) {
        for (int i = 0; i < active.length; i++) {
            if (active[i]) {
                return i;
            }
        }
        throw new IllegalStateException("no active item");
    }

    private static Cluster cluster(List<Integer> group, List<SearchHit> hits, float[][] similarity) {
        List<SearchHit> members = new ArrayList<>();
        SearchHit central = null;
        for (int i : group) {
            double total = 0;
            for (int j : group) {
                total += i == j ? 0 : similarity[i][j];
            }
            SearchHit member = scored(hits.get(i), (float) (total / (group.size() - 1)));
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
