package org.upright.ingest.upr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Positions that sentences give to the recommendations they list: "Recommendations 95.1, 95.3-95.7 and 95.9 enjoy
 * the support of X", "The Government accepts the following recommendations 95.1, ...", "X supports 95.1 and notes
 * 95.2". Within a clause, numbers take the position stated before them, or, when none precedes, the one after them.
 */
final class PositionStatements {
    /** Clause ends: sentence ends (not after abbreviations such as "No."), semicolons, and contrasts. */
    private static final Pattern CLAUSE_END = Pattern.compile(
            "(?<!\\b(?:No|Nos|para|paras|art|arts|e\\.g|i\\.e|Mr|Ms|Mrs|Dr|St))[.!?](?=\\s+[\\p{Lu}(“\"‘])|;"
            + "|,?\\s+(?=(?:while|whereas|but)\\s)");

    private PositionStatements() {
    }

    /** A text cut into clauses, each with its offset in the text. */
    record Clause(int start, String text) {
    }

    static List<Clause> clauses(String text) {
        List<Clause> clauses = new ArrayList<>();
        Matcher m = CLAUSE_END.matcher(text);
        int start = 0;
        while (m.find()) {
            clauses.add(new Clause(start, text.substring(start, m.end())));
            start = m.end();
        }
        if (start < text.length()) {
            clauses.add(new Clause(start, text.substring(start)));
        }
        return clauses;
    }

    /** The position each listed number gets from the text; {@code numbers} finds the numbers of a clause. */
    static Map<String, Position> read(String text,
                                      Function<String, List<RecommendationNumbers.Found>> numbers) {
        Map<String, Position> positions = new LinkedHashMap<>();
        for (Clause clause : clauses(text)) {
            List<PositionPhrases.Hit> hits = PositionPhrases.find(clause.text());
            if (hits.isEmpty()) {
                continue;
            }
            for (RecommendationNumbers.Found found : numbers.apply(clause.text())) {
                Position position = governing(hits, found.start());
                found.numbers().forEach(n -> positions.putIfAbsent(n, position));
            }
        }
        return positions;
    }

    /** Whether any clause of the text lists a number that {@code numbers} finds. */
    static boolean lists(String text, Function<String, List<RecommendationNumbers.Found>> numbers) {
        return clauses(text).stream().anyMatch(c -> !numbers.apply(c.text()).isEmpty());
    }

    /** The text without its clauses that list numbers, which speak of other recommendations. */
    static String withoutListing(String text, Function<String, List<RecommendationNumbers.Found>> numbers) {
        StringBuilder kept = new StringBuilder();
        for (Clause clause : clauses(text)) {
            if (numbers.apply(clause.text()).isEmpty()) {
                kept.append(clause.text());
            }
        }
        return kept.toString();
    }

    private static Position governing(List<PositionPhrases.Hit> hits, int at) {
        PositionPhrases.Hit before = null;
        for (PositionPhrases.Hit hit : hits) {
            if (hit.start() <= at) {
                before = hit;
            }
        }
        return (before != null ? before : hits.get(0)).position();
    }
}
