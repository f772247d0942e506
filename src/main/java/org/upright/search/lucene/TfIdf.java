package org.upright.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * Cosine similarity of texts as tf-idf vectors of their stemmed words (stop words out), with document frequencies
 * from the index, so words that many entries share weigh little.
 */
final class TfIdf {

    private TfIdf() {
    }

    /** Pairwise cosine similarities, 1 on the diagonal. */
    static float[][] similarities(IndexReader reader, List<String> texts) throws IOException {
        Map<String, Integer> termIds = new HashMap<>();
        List<Double> idf = new ArrayList<>();
        int documents = reader.numDocs();
        List<Vector> vectors = new ArrayList<>();
        for (String text : texts) {
            Map<Integer, Double> weights = new TreeMap<>();
            for (Map.Entry<String, Integer> term : termFrequencies(text).entrySet()) {
                Integer id = termIds.get(term.getKey());
                if (id == null) {
                    id = idf.size();
                    termIds.put(term.getKey(), id);
                    idf.add(inverseFrequency(reader, term.getKey(), documents));
                }
                weights.put(id, (1 + Math.log(term.getValue())) * idf.get(id));
            }
            vectors.add(Vector.normalised(weights));
        }
        int n = texts.size();
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

    private static double inverseFrequency(IndexReader reader, String term, int documents) throws IOException {
        int frequency = reader.docFreq(new Term(EntryFields.TEXT, term));
        return 1 + Math.log((documents + 1.0) / (frequency + 1.0));
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
