package org.upright.classify;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A k-nearest-neighbours vote over TF-IDF cosine similarity between a text and the training statements of one
 * family: each label's score is the share of the k nearest statements' similarity that carries it. It answers where
 * the maxent model is unsure about a rare label that a few near-identical training recommendations carry.
 */
final class Neighbours {
    static final int K = 10;

    private record Example(String[] features, String[] labels) {
    }

    private final List<Example> examples;
    private final Map<String, Double> idf = new HashMap<>();
    /** For each feature, the examples holding it and its weight there (inverted index: a query touches few). */
    private final Map<String, int[]> holders = new HashMap<>();
    private final Map<String, double[]> weights = new HashMap<>();

    private Neighbours(List<Example> examples) {
        this.examples = List.copyOf(examples);
        Map<String, Integer> df = new HashMap<>();
        for (Example example : examples) {
            for (String feature : example.features()) {
                df.merge(feature, 1, Integer::sum);
            }
        }
        int n = examples.size();
        df.forEach((feature, count) -> idf.put(feature, Math.log((1.0 + n) / (1.0 + count)) + 1.0));
        Map<String, List<Integer>> holding = new HashMap<>();
        Map<String, List<Double>> weighing = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String[] features = examples.get(i).features();
            double norm = Math.sqrt(Arrays.stream(features).mapToDouble(f -> idf.get(f) * idf.get(f)).sum());
            for (String feature : features) {
                holding.computeIfAbsent(feature, f -> new ArrayList<>()).add(i);
                weighing.computeIfAbsent(feature, f -> new ArrayList<>()).add(idf.get(feature) / norm);
            }
        }
        holding.forEach((feature, list) -> holders.put(feature, list.stream().mapToInt(Integer::intValue).toArray()));
        weighing.forEach((feature, list) -> weights.put(feature,
                list.stream().mapToDouble(Double::doubleValue).toArray()));
    }

    /** The neighbours of one family's labelled statements (their features without the constant bias). */
    static Neighbours of(List<LabelledStatement> statements, Family family) {
        List<Example> examples = new ArrayList<>();
        for (LabelledStatement statement : statements) {
            examples.add(new Example(features(statement.text()),
                    new TreeSet<>(statement.labels().get(family)).toArray(String[]::new)));
        }
        return new Neighbours(examples);
    }

    static String[] features(String text) {
        return Arrays.stream(Features.of(text)).filter(f -> !f.equals("bias")).distinct().sorted()
                .toArray(String[]::new);
    }

    /** Each label's share of the k nearest statements' similarity (labels of no neighbour are absent). */
    Map<String, Double> scores(String[] queryFeatures) {
        double[] similarity = new double[examples.size()];
        double norm = 0;
        for (String feature : queryFeatures) {
            Double weight = idf.get(feature);
            if (weight == null || feature.equals("bias")) {
                continue;
            }
            norm += weight * weight;
            int[] held = holders.get(feature);
            double[] w = weights.get(feature);
            for (int j = 0; j < held.length; j++) {
                similarity[held[j]] += weight * w[j];
            }
        }
        Map<String, Double> scores = new HashMap<>();
        if (norm == 0) {
            return scores;
        }
        // the k best by a bounded insertion (no sort of every statement: this runs for each classified text);
        // ties keep the earlier training statement, so the vote is deterministic
        int[] best = new int[Math.min(K, similarity.length)];
        int found = 0;
        for (int i = 0; i < similarity.length; i++) {
            if (similarity[i] <= 0 || found == best.length && similarity[i] <= similarity[best[found - 1]]) {
                continue;
            }
            int at = found == best.length ? found - 1 : found++;
            while (at > 0 && similarity[best[at - 1]] < similarity[i]) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = i;
        }
        double total = 0;
        for (int r = 0; r < found; r++) {
            double s = similarity[best[r]];
            total += s;
            for (String label : examples.get(best[r]).labels()) {
                scores.merge(label, s, Double::sum);
            }
        }
        double sum = total;
        scores.replaceAll((label, s) -> s / sum);
        return scores;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(examples.size());
        for (Example example : examples) {
            writeAll(out, example.features());
            writeAll(out, example.labels());
        }
    }

    static Neighbours read(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<Example> examples = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            examples.add(new Example(readAll(in), readAll(in)));
        }
        return new Neighbours(examples);
    }

    private static void writeAll(DataOutputStream out, String[] values) throws IOException {
        out.writeInt(values.length);
        for (String value : values) {
            out.writeUTF(value);
        }
    }

    private static String[] readAll(DataInputStream in) throws IOException {
        String[] values = new String[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readUTF();
        }
        return values;
    }
}
