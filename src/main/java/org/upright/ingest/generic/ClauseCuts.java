package org.upright.ingest.generic;

import org.upright.ingest.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a sentence divides into statements of its own: after a leading "While noting ...," or "Recalling ...,"
 * clause (it stands alone, as the exchange format asks), and before a joined clause that changes the kind ("welcomes
 * ..., but is concerned that ...", "noted ... and recommended ...", "..., while noting ...").
 */
public final class ClauseCuts {
    private static final Pattern LEADING = Pattern.compile(
            "^(?:[^,]{0,80},\\s*)?(?:(?:[Ww]hile|[Ww]hilst|[Aa]lthough|[Tt]hough)\\s+(?:\\w+ly\\s+)?\\w+(?:ing|ed)\\b"
            + "|(?:Noting|Welcoming|Acknowledging|Recognizing|Recognising|Appreciating|Recalling|Bearing in mind"
            + "|Taking note|Taking into account|Mindful)\\b)");
    /** What may open the main clause after a leading one: a subject (a pronoun, "the ...", a name) or its verb. */
    private static final Pattern SUBJECT = Pattern.compile(
            "^(?:the\\s+\\S|it\\b|he\\b|she\\b|they\\b|we\\b|[A-Z]|(?:is|are|was|were|remains?|recommends?|urges?"
            + "|encourages?|regrets?|welcomes?|notes?)\\b)");
    private static final Pattern JOINER = Pattern.compile(
            "(?:,\\s*|\\s+)(but|and|while|whilst|whereas)\\s+(?:(?:also|further|however,?|it|the Committee|is|are|was"
            + "|were|remains|remained|still|further)\\s+)*");
    private static final Pattern VERB_COMPLEMENT = Pattern.compile("\\s+(?:that|with|the|its|their|his|her|on|of)\\b");
    private static final int MAX_SUBJECT = 80;

    /**
     * A clause: its span, and whether it is conceded rather than asserted ("While noting ...,", "..., while noting
     * ...", "welcomes X," before ", but is concerned ...").
     */
    public record Clause(Span span, boolean subordinate) {
    }

    /** Where a joined clause starts, and whether "but" or "while" joins it. */
    private record Cut(int at, boolean but, boolean whileClause) {
    }

    private ClauseCuts() {
    }

    /** The clauses of a sentence, in order; they tile it, spaces between them left out. */
    public static List<Clause> split(String text, Span sentence) {
        List<Clause> clauses = new ArrayList<>();
        int from = sentence.start();
        int leadEnd = leadingClauseEnd(text, sentence);
        if (leadEnd > 0) {
            clauses.add(new Clause(new Span(from, leadEnd).trim(text), true));
            from = leadEnd;
        }
        boolean concessive = false;
        while (true) {
            Cut cut = kindChange(text, from, sentence.end());
            if (cut == null) {
                break;
            }
            // "welcomes X, but regrets Y": what "but" answers is conceded, as a "while" clause is
            clauses.add(new Clause(new Span(from, cut.at()).trim(text), concessive || cut.but()));
            concessive = cut.whileClause();
            from = cut.at();
        }
        clauses.add(new Clause(new Span(from, sentence.end()).trim(text), concessive));
        clauses.removeIf(c -> c.span().start() == c.span().end());
        return clauses;
    }

    /** The end (after its comma) of a leading concessive or participial clause, or -1. */
    private static int leadingClauseEnd(String text, Span sentence) {
        String own = sentence.of(text);
        Matcher lead = LEADING.matcher(own);
        if (!lead.find()) {
            return -1;
        }
        int depth = 0;
        for (int i = lead.end(); i < own.length(); i++) {
            char c = own.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0 && opensMainClause(own.substring(i + 1).stripLeading())) {
                return sentence.start() + i + 1;
            }
        }
        return -1;
    }

    private static boolean opensMainClause(String rest) {
        if (!SUBJECT.matcher(rest).find()) {
            return false;
        }
        Optional<StatementKinds.Cue> cue = StatementKinds.firstCueBefore(rest, MAX_SUBJECT + 1);
        return cue.isPresent() && cue.get().start() <= MAX_SUBJECT && rest.substring(0, cue.get().start()).indexOf(',') < 0;
    }

    /** Where, after {@code from}, a joined clause with a kind other than the clause's own begins; null if nowhere. */
    private static Cut kindChange(String text, int from, int end) {
        String own = text.substring(from, end);
        Optional<StatementKinds.Cue> main = StatementKinds.firstCue(own);
        if (main.isEmpty()) {
            return null;
        }
        Matcher joiner = JOINER.matcher(own);
        joiner.region(main.get().end(), own.length());
        while (joiner.find()) {
            if (depth(own, joiner.start()) != 0) {
                continue;
            }
            String right = own.substring(joiner.end());
            Optional<StatementKinds.Cue> next = StatementKinds.firstCueBefore(right, 1);
            if (next.isEmpty() || next.get().start() != 0 || !takesComplement(right, next.get())) {
                continue;
            }
            String word = joiner.group(1);
            boolean whileClause = word.startsWith("whil") || word.equals("whereas");
            String leftKind = StatementKinds.of(own.substring(0, joiner.start())).orElse(null);
            String rightKind = StatementKinds.of(right).orElse(null);
            if (whileClause || (leftKind != null && !leftKind.equals(rightKind))) {
                return new Cut(from + joiner.start(1), word.equals("but"), whileClause);
            }
        }
        return null;
    }

    /**
     * A reporting verb only opens a clause when a complement follows it ("and noted that", "and informed the
     * Committee"); "and informed consent" is an adjective. Verbs of the other kinds open one in any case.
     */
    private static boolean takesComplement(String right, StatementKinds.Cue cue) {
        return !cue.neutral() || VERB_COMPLEMENT.matcher(right.substring(cue.end())).lookingAt();
    }

    private static int depth(String text, int to) {
        int d = 0;
        for (int i = 0; i < to; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                d++;
            } else if (c == ')') {
                d--;
            }
        }
        return d;
    }
}
