package org.upright.ingest.score;

import static org.upright.ingest.score.Py.get;
import static org.upright.ingest.score.Py.key;
import static org.upright.ingest.score.Py.rows;
import static org.upright.ingest.score.Py.scalar;
import static org.upright.ingest.score.Py.toBool;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The {@code tables.*} metrics of {@code score_extraction.py} and their mean, {@code tables}. */
final class TableScores {
    static final List<String> TABLE_METRICS = List.of("tables.ratifications", "tables.notParty",
            "tables.otherInstruments", "tables.treatyBodyReporting", "tables.specialProcedures", "tables.treatyStatus");
    static final List<String> SPECIAL_PROCEDURE_PARTS = List.of("standingInvitation", "visits",
            "visitsAgreedInPrinciple", "visitsRequested", "communications", "questionnaires");
    private static final Set<String> STOP_WORDS = Set.of(("a an the of on and or in to for with by at as from into its "
            + "their this that these those other all any such").split(" "));
    private static final Map<String, String> MANDATE_ABBREVIATIONS =
            Map.of("sr", "special rapporteur", "ie", "independent expert", "wg", "working group");
    private static final double MANDATE_MIN_JACCARD = 0.6;
    private static final Pattern ASCII_WORD = Pattern.compile("[a-z0-9]+");
    /** Python's \d in a str pattern: any Unicode decimal digit. */
    private static final Pattern DIGITS = Pattern.compile("\\p{Nd}+");

    /** Ratification cells (field -> normaliser), in the Python's order. */
    private static final Map<String, Function<JsonNode, Object>> RATIFICATION_CELLS = new LinkedHashMap<>();
    /** Treaty-body reporting cells, all compared by scalar(). */
    private static final Map<String, Function<JsonNode, Object>> TREATY_BODY_CELLS = new LinkedHashMap<>();

    static {
        RATIFICATION_CELLS.put("date", Py::scalar);
        RATIFICATION_CELLS.put("declarationsText", Py::scalar);
        RATIFICATION_CELLS.put("competences", TableScores::competenceSet);
        for (String field : List.of("latestReportSubmittedAndConsidered", "latestConcludingObservations",
                "followUpResponse", "status", "statusDate")) {
            TREATY_BODY_CELLS.put(field, Py::scalar);
        }
    }

    private TableScores() {
    }

    /** {@code score_tables}: adds every tables.* metric (sub-metrics after their parent's slot) and 'tables'. */
    static void score(JsonNode gold, JsonNode pred, Map<String, Double> out) {
        table(out, "tables.ratifications", gold, pred, "ratifications",
                (g, p) -> tableCells(g, p, "instrument", TableScores::nameScore, RATIFICATION_CELLS));
        table(out, "tables.notParty", gold, pred, "notParty", (g, p) -> instrumentFlags(g, p, "signedOnly"));
        table(out, "tables.otherInstruments", gold, pred, "otherInstruments", (g, p) -> instrumentFlags(g, p, "party"));
        table(out, "tables.treatyBodyReporting", gold, pred, "treatyBodyReporting",
                (g, p) -> tableCells(g, p, "body", TableScores::bodyScore, TREATY_BODY_CELLS));
        out.put("tables.specialProcedures", null); // keeps the display order when the parts are added
        if (Py.truthy(get(gold, "specialProcedures"))) {
            out.put("tables.specialProcedures", specialProcedures(get(gold, "specialProcedures"),
                    get(pred, "specialProcedures"), out));
        } else {
            specialProcedures(null, null, out);
        }
        table(out, "tables.treatyStatus", gold, pred, "treatyStatus", TableScores::treatyStatus);
        out.put("tables", Measures.mean(TABLE_METRICS.stream().map(out::get).toList()));
    }

    /** Scores one table part: the gold part (truthy) against the prediction's part (anything). */
    private interface TableScorer {
        double score(JsonNode gold, JsonNode pred);
    }

    /** One table metric: scored when the gold part is truthy, else null. */
    private static void table(Map<String, Double> out, String metric, JsonNode gold, JsonNode pred, String field,
                              TableScorer scorer) {
        JsonNode goldPart = get(gold, field);
        out.put(metric, Py.truthy(goldPart) ? scorer.score(goldPart, get(pred, field)) : null);
    }

    /** {@code table_cells}: cell-level F1 of a table whose rows are matched by name. */
    private static double tableCells(JsonNode gold, JsonNode pred, String nameField, RowScore rowScore,
                                     Map<String, Function<JsonNode, Object>> cells) {
        List<JsonNode> goldRows = rows(gold);
        List<JsonNode> predRows = rows(pred);
        List<int[]> pairs = Measures.greedyMatch(goldRows.size(), predRows.size(),
                (g, p) -> rowScore.score(get(goldRows.get(g), nameField), get(predRows.get(p), nameField)));
        long tp = 0;
        for (int[] pair : pairs) {
            for (Map.Entry<String, Function<JsonNode, Object>> cell : cells.entrySet()) {
                Object goldCell = cell.getValue().apply(get(goldRows.get(pair[0]), cell.getKey()));
                Object predCell = cell.getValue().apply(get(predRows.get(pair[1]), cell.getKey()));
                tp += Objects.equals(goldCell, predCell) ? 1 : 0;
            }
        }
        return Measures.f1(tp, (long) cells.size() * goldRows.size(), (long) cells.size() * predRows.size()).f1();
    }

    /** How well a predicted row name matches a gold one; 0 means no match. */
    private interface RowScore {
        double score(JsonNode goldName, JsonNode predName);
    }

    /** Competences as a set of [procedure key, article numbers, accepted]; null counts as none. */
    private static Object competenceSet(JsonNode value) {
        Set<List<Object>> set = new HashSet<>();
        for (JsonNode c : rows(value)) {
            JsonNode articles = get(c, "articles");
            List<String> numbers = Py.findAll(DIGITS, Py.truthy(articles) ? Py.str(articles) : "");
            set.add(Arrays.asList(key(get(c, "procedure")), numbers, toBool(get(c, "accepted"))));
        }
        return set;
    }

    /** {@code name_score}: 1 for the same key; 0.5 when the prediction only adds up to 3 footnote digits. */
    static double nameScore(JsonNode goldName, JsonNode predName) {
        String g = key(goldName);
        String p = key(predName);
        if (g.isEmpty()) {
            return 0.0;
        }
        if (p.equals(g)) {
            return 1.0;
        }
        if (p.startsWith(g)) {
            String rest = p.substring(g.length());
            // str.isdigit(); Character.isDigit (Nd) misses only the few No digits such as Ethiopic ones.
            boolean digits = rest.codePoints().allMatch(Character::isDigit);
            return digits && rest.codePointCount(0, rest.length()) <= 3 ? 0.5 : 0.0;
        }
        return 0.0;
    }

    /** {@code body_score}: 1 when both name the same body once aliases are folded. */
    private static double bodyScore(JsonNode goldName, JsonNode predName) {
        String g = Py.code(goldName);
        return !g.isEmpty() && g.equals(Py.code(predName)) ? 1.0 : 0.0;
    }

    /** {@code instrument_flags(flag)}: F1 over (instrument, flag) pairs, footnote digits after names ignored. */
    private static double instrumentFlags(JsonNode gold, JsonNode pred, String flag) {
        List<JsonNode> goldRows = rows(gold);
        List<JsonNode> predRows = rows(pred);
        List<int[]> pairs = Measures.greedyMatch(goldRows.size(), predRows.size(), (g, p) ->
                Objects.equals(toBool(get(goldRows.get(g), flag)), toBool(get(predRows.get(p), flag)))
                        ? nameScore(get(goldRows.get(g), "instrument"), get(predRows.get(p), "instrument")) : 0.0);
        return Measures.f1(pairs.size(), goldRows.size(), predRows.size()).f1();
    }

    /** {@code treaty_status}: F1 over (instrument, row, column, year). */
    private static double treatyStatus(JsonNode gold, JsonNode pred) {
        return Measures.counterF1(treatyCells(gold), treatyCells(pred)).f1();
    }

    private static List<List<Object>> treatyCells(JsonNode value) {
        List<List<Object>> cells = new ArrayList<>();
        for (JsonNode r : rows(value)) {
            cells.add(Arrays.asList(key(get(r, "instrument")), key(get(r, "row")), key(get(r, "column")),
                    scalar(get(r, "year"))));
        }
        return cells;
    }

    /** {@code special_procedures}: mean of the parts, each also reported as tables.specialProcedures.(part). */
    private static Double specialProcedures(JsonNode gold, JsonNode pred, Map<String, Double> out) {
        Map<String, Double> parts = specialProcedureParts(Py.asDict(gold), pred);
        for (String name : SPECIAL_PROCEDURE_PARTS) {
            out.put("tables.specialProcedures." + name, parts.get(name));
        }
        return Measures.mean(parts.values());
    }

    /** Scores of the parts that gold has; all 0 when pred is not a non-empty object. */
    private static Map<String, Double> specialProcedureParts(JsonNode gold, JsonNode predValue) {
        boolean given = Py.truthy(Py.asDict(predValue));
        JsonNode pred = Py.asDict(predValue);
        Map<String, Double> parts = new LinkedHashMap<>();
        if (get(gold, "standingInvitation") != null) {
            boolean invited = Objects.equals(toBool(get(gold, "standingInvitation")),
                    toBool(get(pred, "standingInvitation")));
            parts.put("standingInvitation", invited ? 1.0 : 0.0);
        }
        for (String name : List.of("visits", "visitsAgreedInPrinciple", "visitsRequested")) {
            JsonNode goldList = get(gold, name);
            if (goldList != null && goldList.isArray()) {
                parts.put(name, mandateListF1(goldList, get(pred, name), name.equals("visits")));
            }
        }
        Map<String, List<String>> counted = new LinkedHashMap<>();
        counted.put("communications", List.of("sent", "replied"));
        counted.put("questionnaires", List.of("sent", "answeredInTime"));
        counted.forEach((name, fields) -> {
            JsonNode goldPart = Py.asDict(get(gold, name));
            JsonNode predPart = Py.asDict(get(pred, name));
            List<Double> present = fields.stream().filter(f -> get(goldPart, f) != null)
                    .map(f -> Objects.equals(scalar(get(goldPart, f)), scalar(get(predPart, f))) ? 1.0 : 0.0)
                    .toList();
            if (!present.isEmpty()) {
                parts.put(name, Measures.mean(present));
            }
        });
        if (!given) {
            parts.replaceAll((name, value) -> 0.0);
        }
        return parts;
    }

    /** {@code mandate_list_f1}: mandates matched by word Jaccard at least 0.6 (and the same start when dated). */
    private static double mandateListF1(JsonNode gold, JsonNode pred, boolean dated) {
        List<JsonNode> goldRows = rows(gold);
        List<JsonNode> predRows = rows(pred);
        List<Set<String>> goldWords = goldRows.stream().map(r -> mandateWords(get(r, "mandate"))).toList();
        List<Set<String>> predWords = predRows.stream().map(r -> mandateWords(get(r, "mandate"))).toList();
        List<int[]> pairs = Measures.greedyMatch(goldRows.size(), predRows.size(), (g, p) -> {
            double overlap = Measures.jaccard(goldWords.get(g), predWords.get(p));
            if (overlap < MANDATE_MIN_JACCARD) {
                return 0.0;
            }
            boolean sameStart = Objects.equals(scalar(get(goldRows.get(g), "start")),
                    scalar(get(predRows.get(p), "start")));
            if (dated && !sameStart) {
                return 0.0;
            }
            return overlap;
        });
        return Measures.f1(pairs.size(), goldRows.size(), predRows.size()).f1();
    }

    /** {@code mandate_words}: content words of a mandate title, abbreviations (SR, IE, WG) spelt out. */
    static Set<String> mandateWords(JsonNode text) {
        Set<String> words = new HashSet<>();
        String lower = Py.truthy(text) ? Py.str(text).toLowerCase(Locale.ROOT) : "";
        for (String word : Py.findAll(ASCII_WORD, lower)) {
            words.addAll(Arrays.asList(MANDATE_ABBREVIATIONS.getOrDefault(word, word).split(" ")));
        }
        words.removeAll(STOP_WORDS);
        return words;
    }
}
