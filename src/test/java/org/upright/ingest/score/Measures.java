package org.upright.ingest.score;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The measures of {@code score_extraction.py}: mean, F1, multiset F1, Jaccard, LCS length and greedy one-to-one
 * matching. Sums run in the Python's order so that the doubles come out bit for bit the same.
 */
final class Measures {
    private Measures() {
    }

    /** A pair scorer for {@link #greedyMatch}: score of gold index g against pred index p. */
    @FunctionalInterface
    interface PairScore {
        /** The score of the pair, 0 when it must not match. */
        double score(int g, int p);
    }

    /** {@code f1}'s result: F1, precision and recall. */
    record F1(double f1, double precision, double recall) {
    }

    /** Mean of the non-null values, or null when there are none (Python 3.11's plain left-to-right sum). */
    static Double mean(Collection<Double> values) {
        double sum = 0;
        int count = 0;
        for (Double value : values) {
            if (value != null) {
                sum += value;
                count++;
            }
        }
        return count == 0 ? null : sum / count;
    }

    /** {@code f1(tp, n_gold, n_pred)}; two empty sides agree perfectly. */
    static F1 f1(long tp, long nGold, long nPred) {
        if (nGold == 0 && nPred == 0) {
            return new F1(1.0, 1.0, 1.0);
        }
        double precision = nPred != 0 ? (double) tp / nPred : 0.0;
        double recall = nGold != 0 ? (double) tp / nGold : 0.0;
        double f1 = precision + recall != 0 ? 2 * precision * recall / (precision + recall) : 0.0;
        return new F1(f1, precision, recall);
    }

    /** {@code counter_f1}: F1 over two multisets; items need value equality (lists, sets, strings, numbers). */
    static F1 counterF1(List<?> goldItems, List<?> predItems) {
        Map<Object, Integer> gold = new HashMap<>();
        goldItems.forEach(item -> gold.merge(item, 1, Integer::sum));
        Map<Object, Integer> pred = new HashMap<>();
        predItems.forEach(item -> pred.merge(item, 1, Integer::sum));
        long common = 0;
        for (Map.Entry<Object, Integer> entry : gold.entrySet()) {
            common += Math.min(entry.getValue(), pred.getOrDefault(entry.getKey(), 0));
        }
        return f1(common, goldItems.size(), predItems.size());
    }

    /** {@code jaccard}: |a and b| / |a or b|, 1 for two empty sets. */
    static double jaccard(Set<?> a, Set<?> b) {
        Set<Object> union = new HashSet<>(a);
        union.addAll(b);
        if (union.isEmpty()) {
            return 1.0;
        }
        long common = a.stream().filter(b::contains).count();
        return (double) common / union.size();
    }

    /** {@code lcs_length}: length of the longest common subsequence. */
    static int lcsLength(List<?> a, List<?> b) {
        int[] previous = new int[b.size() + 1];
        for (Object x : a) {
            int[] current = new int[b.size() + 1];
            for (int j = 0; j < b.size(); j++) {
                current[j + 1] = Objects.equals(x, b.get(j)) ? previous[j] + 1 : Math.max(previous[j + 1], current[j]);
            }
            previous = current;
        }
        return previous[b.size()];
    }

    /** {@code greedy_match}: one-to-one {gold, pred} pairs, best score first (ties by gold, then pred index). */
    static List<int[]> greedyMatch(int nGold, int nPred, PairScore score) {
        record Candidate(double score, int g, int p) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < nGold; g++) {
            for (int p = 0; p < nPred; p++) {
                double s = score.score(g, p);
                if (s > 0) {
                    candidates.add(new Candidate(s, g, p));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble((Candidate c) -> -c.score())
                .thenComparingInt(Candidate::g).thenComparingInt(Candidate::p));
        boolean[] usedGold = new boolean[nGold];
        boolean[] usedPred = new boolean[nPred];
        List<int[]> pairs = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!usedGold[c.g()] && !usedPred[c.p()]) {
                usedGold[c.g()] = true;
                usedPred[c.p()] = true;
                pairs.add(new int[] {c.g(), c.p()});
            }
        }
        return pairs;
    }
}
