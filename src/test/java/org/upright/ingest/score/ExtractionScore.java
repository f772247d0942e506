package org.upright.ingest.score;

import static org.upright.ingest.score.Py.asList;
import static org.upright.ingest.score.Py.get;
import static org.upright.ingest.score.Py.key;
import static org.upright.ingest.score.Py.prose;
import static org.upright.ingest.score.Py.rows;
import static org.upright.ingest.score.Py.scalar;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Java port of {@code tools/score_extraction.py}: scores an extraction in the exchange format of
 * {@code corpus/GOLD.md} against a gold annotation with the same metrics, names and numbers as the Python
 * (it agrees to about 1e-15, see ExtractionScoreTest), so the golden test needs neither Python nor the shared
 * corpus.
 *
 * <p>Every metric lies in 0..1; a metric whose gold part is absent or empty is null (n/a) and is left out of
 * the means; a part that is missing, null or malformed in the prediction scores 0.
 */
public final class ExtractionScore {
    private static final List<String> OVERALL_PARTS = List.of("tables", "footnotes", "sections", "paragraphs.text",
            "statements.speakers", "statements.kind", "statements.year", "statements.segmentation", "recommendations");
    private static final List<String> SUMMARY_PARTS = List.of("tables", "footnotes", "sections", "paragraphs",
            "statements", "endnotes", "recommendations");
    /** Python's \s in a str pattern: Java's Unicode White_Space plus the ASCII separators U+001C..U+001F. */
    private static final Pattern WHITESPACE_RUN = Pattern.compile("[\\s\\x1c-\\x1f]+", Pattern.UNICODE_CHARACTER_CLASS);

    private ExtractionScore() {
    }

    /**
     * All metrics of a predicted document against its gold, in the Python's order; a null value means n/a.
     *
     * @throws IllegalArgumentException when either side is not a JSON object (the Python exits with status 2)
     */
    public static Map<String, Double> score(JsonNode gold, JsonNode pred) {
        if (gold == null || !gold.isObject() || pred == null || !pred.isObject()) {
            throw new IllegalArgumentException("gold and prediction must both be JSON objects");
        }
        Map<String, Double> out = new LinkedHashMap<>();
        TableScores.score(gold, pred, out);
        scoreFootnotes(gold, pred, out);
        scoreSections(gold, pred, out);
        scoreParagraphs(gold, pred, out);
        scoreEndnotes(gold, pred, out);
        StatementScores.score(gold, pred, out);
        scoreRecommendations(gold, pred, out);
        out.put("overall", Measures.mean(OVERALL_PARTS.stream().map(out::get).toList()));
        return out;
    }

    /** The Python's last line, e.g. {@code overall=0.93 tables=1.00 footnotes=0.98 ...}; n/a parts left out. */
    public static String summary(Map<String, Double> metrics) {
        List<String> parts = new ArrayList<>();
        parts.add("overall=" + fmt(metrics.get("overall")));
        for (String name : SUMMARY_PARTS) {
            if (metrics.get(name) != null) {
                parts.add(name + "=" + fmt(metrics.get(name)));
            }
        }
        return String.join(" ", parts);
    }

    /** Python's {@code f"{value:.2f}"}: the exact binary value rounded half-even (String.format rounds half-up). */
    private static String fmt(Double value) {
        return value == null ? "n/a" : new BigDecimal(value).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** {@code by_number}: paragraphs (or any rows) indexed by scalar number, the first one winning, no null key. */
    static Map<Object, JsonNode> byNumber(List<JsonNode> paragraphs) {
        Map<Object, JsonNode> index = new HashMap<>();
        for (JsonNode para : paragraphs) {
            index.putIfAbsent(scalar(get(para, "number")), para);
        }
        index.remove(null);
        return index;
    }

    // ---------------------------------------------------------------- footnotes, sections

    /** footnotes (LCS F1 of footnoteOrder), footnotes.precision, footnotes.recall and footnotes.perParagraph. */
    private static void scoreFootnotes(JsonNode gold, JsonNode pred, Map<String, Double> out) {
        List<Object> goldOrder = asList(get(gold, "footnoteOrder")).stream().map(Py::scalar).toList();
        List<Object> predOrder = asList(get(pred, "footnoteOrder")).stream().map(Py::scalar).toList();
        if (!goldOrder.isEmpty()) {
            Measures.F1 result = Measures.f1(Measures.lcsLength(goldOrder, predOrder), goldOrder.size(),
                    predOrder.size());
            out.put("footnotes", result.f1());
            out.put("footnotes.precision", result.precision());
            out.put("footnotes.recall", result.recall());
        } else {
            out.put("footnotes", null);
            out.put("footnotes.precision", null);
            out.put("footnotes.recall", null);
        }
        List<List<Object>> goldPairs = paragraphFootnotes(rows(get(gold, "paragraphs")));
        List<List<Object>> predPairs = paragraphFootnotes(rows(get(pred, "paragraphs")));
        out.put("footnotes.perParagraph", goldPairs.isEmpty() ? null : Measures.counterF1(goldPairs, predPairs).f1());
    }

    private static List<List<Object>> paragraphFootnotes(List<JsonNode> paragraphs) {
        List<List<Object>> pairs = new ArrayList<>();
        for (JsonNode p : paragraphs) {
            for (JsonNode f : asList(get(p, "footnotes"))) {
                pairs.add(Arrays.asList(scalar(get(p, "number")), scalar(f)));
            }
        }
        return pairs;
    }

    /** sections: F1 over (number path, title key) of every heading. */
    private static void scoreSections(JsonNode gold, JsonNode pred, Map<String, Double> out) {
        List<List<Object>> goldPairs = headingPairs(get(gold, "sections"), List.of());
        List<List<Object>> predPairs = headingPairs(get(pred, "sections"), List.of());
        out.put("sections", goldPairs.isEmpty() ? null : Measures.counterF1(goldPairs, predPairs).f1());
    }

    private static List<List<Object>> headingPairs(JsonNode nodes, List<String> path) {
        List<List<Object>> pairs = new ArrayList<>();
        for (JsonNode node : rows(nodes)) {
            List<String> here = new ArrayList<>(path);
            here.add(key(get(node, "number")));
            pairs.add(Arrays.asList(here, key(get(node, "title"))));
            pairs.addAll(headingPairs(get(node, "children"), here));
        }
        return pairs;
    }

    // ---------------------------------------------------------------- paragraphs

    /** paragraphs.count, .text, .sectionPath, .kind and their mean, 'paragraphs'. */
    private static void scoreParagraphs(JsonNode gold, JsonNode pred, Map<String, Double> out) {
        List<JsonNode> goldParas = rows(get(gold, "paragraphs"));
        List<JsonNode> predParas = rows(get(pred, "paragraphs"));
        List<String> names = List.of("paragraphs.count", "paragraphs.text", "paragraphs.sectionPath",
                "paragraphs.kind");
        if (goldParas.isEmpty()) {
            names.forEach(name -> out.put(name, null));
            out.put("paragraphs", null);
            return;
        }
        Map<Object, JsonNode> index = byNumber(predParas);
        List<JsonNode[]> pairs = goldParas.stream()
                .map(g -> new JsonNode[] {g, index.get(scalar(get(g, "number")))}).toList();
        out.put(names.get(0), (double) Math.min(goldParas.size(), predParas.size())
                / Math.max(goldParas.size(), predParas.size()));
        out.put(names.get(1), Measures.mean(pairs.stream().map(pair -> pair[1] != null && !pair[1].isEmpty()
                ? Similarity.similarity(prose(get(pair[0], "text")), prose(get(pair[1], "text")), 0.0)
                : 0.0).toList()));
        out.put(names.get(2), Measures.mean(pairs.stream().map(pair -> pair[1] != null
                && keys(get(pair[0], "sectionPath")).equals(keys(get(pair[1], "sectionPath"))) ? 1.0 : 0.0).toList()));
        // Scored when some gold paragraph sets a kind; a gold kind present as null then expects null.
        List<JsonNode[]> kinds = pairs.stream().filter(pair -> pair[0].has("kind")).toList();
        boolean anyKind = kinds.stream().anyMatch(pair -> get(pair[0], "kind") != null);
        out.put(names.get(3), anyKind ? Measures.mean(kinds.stream().map(pair -> pair[1] != null
                && key(get(pair[0], "kind")).equals(key(get(pair[1], "kind"))) ? 1.0 : 0.0).toList()) : null);
        out.put("paragraphs", Measures.mean(names.stream().map(out::get).toList()));
    }

    private static List<String> keys(JsonNode value) {
        return asList(value).stream().map(Py::key).toList();
    }

    // ---------------------------------------------------------------- endnotes

    /** endnotes.symbols (first symbol per note), endnotes.mechanisms and their mean, 'endnotes'. */
    private static void scoreEndnotes(JsonNode gold, JsonNode pred, Map<String, Double> out) {
        List<JsonNode> goldNotes = rows(get(gold, "endnotes"));
        List<JsonNode> predNotes = rows(get(pred, "endnotes"));
        if (goldNotes.isEmpty()) {
            out.put("endnotes.symbols", null);
            out.put("endnotes.mechanisms", null);
            out.put("endnotes", null);
            return;
        }
        out.put("endnotes.symbols", Measures.counterF1(firstSymbols(goldNotes), firstSymbols(predNotes)).f1());
        out.put("endnotes.mechanisms", Measures.counterF1(mechanisms(goldNotes), mechanisms(predNotes)).f1());
        out.put("endnotes", Measures.mean(Arrays.asList(out.get("endnotes.symbols"), out.get("endnotes.mechanisms"))));
    }

    private static List<List<Object>> firstSymbols(List<JsonNode> notes) {
        List<List<Object>> pairs = new ArrayList<>();
        for (JsonNode n : notes) {
            List<JsonNode> symbols = asList(get(n, "symbols"));
            pairs.add(Arrays.asList(scalar(get(n, "number")), symbolKey(symbols.isEmpty() ? null : symbols.get(0))));
        }
        return pairs;
    }

    private static List<List<Object>> mechanisms(List<JsonNode> notes) {
        List<List<Object>> pairs = new ArrayList<>();
        for (JsonNode n : notes) {
            Set<String> codes = new HashSet<>();
            asList(get(n, "mechanisms")).forEach(m -> codes.add(Py.code(m)));
            pairs.add(Arrays.asList(scalar(get(n, "number")), codes));
        }
        return pairs;
    }

    /** {@code symbol_key}: a UN symbol without whitespace, upper case, outer {@code .,;:()} stripped. */
    static String symbolKey(JsonNode value) {
        if (value == null) {
            return null;
        }
        String text = WHITESPACE_RUN.matcher(Py.str(value)).replaceAll("").toUpperCase(Locale.ROOT);
        int start = 0;
        int end = text.length();
        while (start < end && ".,;:()".indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && ".,;:()".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(start, end);
    }

    // ---------------------------------------------------------------- UPR recommendations

    /** recommendations.found (F1 over numbers), .text, .states, .position and their mean. */
    private static void scoreRecommendations(JsonNode gold, JsonNode pred, Map<String, Double> out) {
        List<String> names = List.of("recommendations.found", "recommendations.text", "recommendations.states",
                "recommendations.position");
        List<JsonNode> goldRecs = rows(get(gold, "recommendations"));
        List<JsonNode> predRecs = rows(get(pred, "recommendations"));
        if (goldRecs.isEmpty()) {
            names.forEach(name -> out.put(name, null));
            out.put("recommendations", null);
            return;
        }
        // Unlike by_number, a null number is a key here, as in the Python.
        Map<Object, JsonNode> index = new HashMap<>();
        predRecs.forEach(rec -> index.putIfAbsent(scalar(get(rec, "number")), rec));
        List<JsonNode[]> pairs = goldRecs.stream()
                .map(g -> new JsonNode[] {g, index.get(scalar(get(g, "number")))}).toList();
        long found = pairs.stream().filter(pair -> pair[1] != null).count();
        out.put(names.get(0), Measures.f1(found, goldRecs.size(), predRecs.size()).f1());
        out.put(names.get(1), Measures.mean(pairs.stream().map(pair -> pair[1] != null && !pair[1].isEmpty()
                ? Similarity.similarity(prose(get(pair[0], "text")), prose(get(pair[1], "text")), 0.0)
                : 0.0).toList()));
        out.put(names.get(2), Measures.mean(pairs.stream().map(pair -> pair[1] != null
                && stateKeys(get(pair[0], "recommendingStates")).equals(stateKeys(get(pair[1], "recommendingStates")))
                ? 1.0 : 0.0).toList()));
        List<JsonNode[]> positioned = pairs.stream().filter(pair -> Py.truthy(get(pair[0], "position"))).toList();
        out.put(names.get(3), positioned.isEmpty() ? null : Measures.mean(positioned.stream().map(pair ->
                pair[1] != null && key(get(pair[0], "position")).equals(key(get(pair[1], "position")))
                        ? 1.0 : 0.0).toList()));
        out.put("recommendations", Measures.mean(names.stream().map(out::get).toList()));
    }

    /** {@code state_keys}: recommending States as a set of keys. */
    private static Set<String> stateKeys(JsonNode value) {
        Set<String> set = new HashSet<>();
        asList(value).forEach(x -> set.add(key(x)));
        return set;
    }
}
