package org.upright.ingest.score;

import static org.upright.ingest.score.Py.asList;
import static org.upright.ingest.score.Py.get;
import static org.upright.ingest.score.Py.key;
import static org.upright.ingest.score.Py.prose;
import static org.upright.ingest.score.Py.rows;
import static org.upright.ingest.score.Py.scalar;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The {@code statements.*} metrics of {@code score_extraction.py}: statements aligned within same-numbered
 * paragraphs, then segmentation F1 and per-field agreement over the gold count and over the matched pairs.
 */
final class StatementScores {
    private static final double STATEMENT_MIN_RATIO = 0.5;

    /** One compared field: its comparison of a matched pair and whether it is divided by the gold count. */
    private record Field(BiFunction<JsonNode, JsonNode, Double> compare, boolean overGold) {
    }

    /** STATEMENT_FIELDS, in the Python's order (it fixes the order of the metrics). */
    private static final Map<String, Field> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("speakers", new Field((g, p) -> same(codes(get(g, "speakers")), codes(get(p, "speakers"))), true));
        FIELDS.put("year", new Field((g, p) -> same(scalar(get(g, "year")), scalar(get(p, "year"))), true));
        FIELDS.put("kind", new Field((g, p) -> same(key(get(g, "kind")), key(get(p, "kind"))), true));
        FIELDS.put("reportedBy", new Field((g, p) ->
                same(Py.code(get(g, "reportedBy")), Py.code(get(p, "reportedBy"))), false));
        FIELDS.put("footnotes", new Field((g, p) -> same(scalars(get(g, "footnotes")), scalars(get(p, "footnotes"))),
                false));
        FIELDS.put("themes", new Field((g, p) -> Measures.jaccard(labels(get(g, "themes")), labels(get(p, "themes"))),
                false));
        FIELDS.put("affectedPersons", new Field((g, p) ->
                Measures.jaccard(labels(get(g, "affectedPersons")), labels(get(p, "affectedPersons"))), false));
    }

    private StatementScores() {
    }

    /** {@code score_statements}: statements.segmentation, the per-field metrics and 'statements'. */
    static void score(JsonNode gold, JsonNode pred, Map<String, Double> out) {
        List<JsonNode> goldParas = rows(get(gold, "paragraphs"));
        List<JsonNode> predParas = rows(get(pred, "paragraphs"));
        int nGold = goldParas.stream().mapToInt(p -> rows(get(p, "statements")).size()).sum();
        int nPred = predParas.stream().mapToInt(p -> rows(get(p, "statements")).size()).sum();
        if (nGold == 0) {
            out.put("statements.segmentation", null);
            FIELDS.forEach((field, spec) -> {
                out.put("statements." + field, null);
                if (spec.overGold()) {
                    out.put("statements." + field + "_matched", null);
                }
            });
            out.put("statements", null);
            return;
        }
        List<JsonNode[]> pairs = align(goldParas, predParas);
        out.put("statements.segmentation", Measures.f1(pairs.size(), nGold, nPred).f1());
        FIELDS.forEach((field, spec) -> {
            double total = 0;
            for (JsonNode[] pair : pairs) {
                total += spec.compare().apply(pair[0], pair[1]);
            }
            double matched = pairs.isEmpty() ? 0.0 : total / pairs.size();
            if (spec.overGold()) {
                out.put("statements." + field, total / nGold);
                out.put("statements." + field + "_matched", matched);
            } else {
                out.put("statements." + field, matched);
            }
        });
        out.put("statements", Measures.mean(List.of("segmentation", "speakers", "kind", "year").stream()
                .map(name -> out.get("statements." + name)).toList()));
    }

    /**
     * {@code align_statements}: matched {gold, pred} statements within same-numbered paragraphs: identical
     * prose first (in gold order, each to the earliest free prediction), then by the best difflib ratio of at
     * least 0.5; each statement is used at most once.
     */
    static List<JsonNode[]> align(List<JsonNode> goldParas, List<JsonNode> predParas) {
        Map<Object, JsonNode> index = ExtractionScore.byNumber(predParas);
        List<JsonNode[]> pairs = new ArrayList<>();
        for (JsonNode goldPara : goldParas) {
            List<JsonNode> goldSt = rows(get(goldPara, "statements"));
            List<JsonNode> predSt = rows(get(Py.asDict(index.get(scalar(get(goldPara, "number")))), "statements"));
            List<String> goldText = goldSt.stream().map(s -> prose(get(s, "text"))).toList();
            List<String> predText = predSt.stream().map(s -> prose(get(s, "text"))).toList();
            Map<String, ArrayDeque<Integer>> free = new HashMap<>();
            for (int p = 0; p < predText.size(); p++) {
                free.computeIfAbsent(predText.get(p), text -> new ArrayDeque<>()).add(p);
            }
            List<int[]> matched = new ArrayList<>();
            Set<Integer> usedGold = new HashSet<>();
            Set<Integer> usedPred = new HashSet<>();
            for (int g = 0; g < goldText.size(); g++) {
                ArrayDeque<Integer> candidates = free.get(goldText.get(g));
                if (candidates != null && !candidates.isEmpty()) {
                    int p = candidates.removeFirst();
                    matched.add(new int[] {g, p});
                    usedGold.add(g);
                    usedPred.add(p);
                }
            }
            List<Integer> restG = new ArrayList<>();
            for (int g = 0; g < goldSt.size(); g++) {
                if (!usedGold.contains(g)) {
                    restG.add(g);
                }
            }
            List<Integer> restP = new ArrayList<>();
            for (int p = 0; p < predSt.size(); p++) {
                if (!usedPred.contains(p)) {
                    restP.add(p);
                }
            }
            for (int[] pair : Measures.greedyMatch(restG.size(), restP.size(), (i, j) -> {
                double ratio = Similarity.similarity(goldText.get(restG.get(i)), predText.get(restP.get(j)),
                        STATEMENT_MIN_RATIO);
                return ratio >= STATEMENT_MIN_RATIO ? ratio : 0.0;
            })) {
                matched.add(new int[] {restG.get(pair[0]), restP.get(pair[1])});
            }
            for (int[] pair : matched) {
                pairs.add(new JsonNode[] {goldSt.get(pair[0]), predSt.get(pair[1])});
            }
        }
        return pairs;
    }

    private static double same(Object a, Object b) {
        return Objects.equals(a, b) ? 1.0 : 0.0;
    }

    /** {@code codes}: speaker or body codes with aliases folded, as a set. */
    private static Set<String> codes(JsonNode value) {
        Set<String> set = new HashSet<>();
        asList(value).forEach(x -> set.add(Py.code(x)));
        return set;
    }

    /** {@code labels}: theme or group labels as a set of keys. */
    private static Set<String> labels(JsonNode value) {
        Set<String> set = new HashSet<>();
        asList(value).forEach(x -> set.add(key(x)));
        return set;
    }

    /** Footnote references as a set of scalars. */
    private static Set<Object> scalars(JsonNode value) {
        Set<Object> set = new HashSet<>();
        asList(value).forEach(x -> set.add(scalar(x)));
        return set;
    }
}
