package org.upright.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cosine similarity of entries as tf-idf vectors of their analysed words, with the index's document frequencies,
 * so words that many entries share weigh little.
 */
final class TfIdf {

    private TfIdf() {
    }

    /** Pairwise cosine similarities of {@code hits}, 1 on the diagonal; an entry without terms is like none. */
    static float[][] similarities(List<SearchHit> hits, AskGrouping.Terms terms) {
        // terms get ids in order of first use, so each vector is a sorted sparse array and a dot product one merge
        Map<String, Integer> termIds = new HashMap<>();
        List<Double> idf = new ArrayList<>();
        List<Vector> vectors = new ArrayList<>();
        for (SearchHit hit : hits) {
            Map<Integer, Double> weights = new TreeMap<>();
            for (Map.Entry<String, Integer> term : terms.byEntry().getOrDefault(hit.id(), Map.of()).entrySet()) {
                Integer id = termIds.get(term.getKey());
                if (id == null) {
                    id = idf.size();
                    termIds.put(term.getKey(), id);
                    idf.add(inverseFrequency(terms, term.getKey()));
                }
                weights.put(id, (1 + Math.log(term.getValue())) * idf.get(id));
            }
            vectors.add(Vector.normalised(weights));
        }
        int n = hits.size();
        float[][] similarity = new float[n][n];
        for (int i = 0; i < n; i++) {
            similarity[i][i] = 1;
            for (int j = i + 1; j < n; j++) {
                float cosine = (float) vectors.get(i).dot(vectors.get(j));
                similarity[i][j] = cosine;
                similarity[j][i] = cosine;
            }
        }
        return similarity;
    }

    private static double inverseFrequency(AskGrouping.Terms terms, String term) {
        int frequency = terms.documentFrequency().getOrDefault(term, 0);
        return 1 + Math.log((terms.documents() + 1.0) / (frequency + 1.0));
    }

    /** A unit vector, sparse: term ids ascending and their weights. */
    private record Vector(int[] terms, double[] weights) {

        static Vector normalised(Map<Integer, Double> byTerm) {
            double norm = Math.sqrt(byTerm.values().stream().mapToDouble(w -> w * w).sum());
            int[] terms = byTerm.keySet().stream().mapToInt(Integer::intValue).toArray();
            double[] weights = byTerm.values().stream().mapToDouble(w -> norm > 0 ? w / norm : 0).toArray();
            return new Vector(terms, weights);
        }

        double dot(Vector other) {
            double sum = 0;
            int i = 0;
            int j = 0;
            while (i < terms.length && j < other.terms.length) {
                int compare = Integer.compare(terms[i], other.terms[j]);
                if (compare == 0) {
                    sum += weights[i++] * other.weights[j++];
                } else if (compare < 0) {
                    i++;
                } else {
                    j++;
                }
            }
            return sum;
        }
    }
}
