package org.upright.ingest.compilation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.upright.ingest.compilation.Mentions.Mention;

/**
 * Splits a sentence where its speaker or its kind changes: a leading "while noting/welcoming ..." clause stands
 * alone; so does "..., which was highlighted by UNICEF"; "X urged ..., and Y recommended ..." gives two; "welcomed
 * ... and encouraged ..." gives two because the kind changes; and a list "by: UNESCO on ...; UNICEF on ..." gives
 * one clause per speaker.
 */
final class ClauseSplitter {
    private static final Pattern WHILE = Pattern.compile("\\b[Ww]hile\\s+(?:\\w+ly\\s+)?\\w+ing\\b");
    private static final Pattern WHICH_BY = Pattern.compile(
            ",\\s+(which\\s+(?:was|were|has been|had been|is|are)\\s+(?:also\\s+)?\\w+ed\\s+by)\\b");
    private static final Pattern AND = Pattern.compile(",?\\s+and\\s+(?:also\\s+|further\\s+)?");
    private static final Pattern ADVERBS = Pattern.compile(
            "(?:\\s*,?\\s*(?:also|further|furthermore|in \\d{4}|again|similarly|likewise|equally|in particular)\\s*,?)*\\s*");
    private static final int MAX_WHILE_PREFIX = 80;
    /** "was prevented, detected and reported": participles in a list, not a second verb of the speaker. */
    private static final Pattern PARTICIPLE_LIST = Pattern.compile("\\b\\w+ed,\\s+\\w+ed,?$");

    /** A clause: its span in the paragraph text and whether it is a "while ..." clause. */
    record Clause(int start, int end, boolean whileClause, boolean firstInSentence) {
    }

    private ClauseSplitter() {
    }

    /** The clauses of the sentence [start, end) of {@code text}; {@code mentions} are the paragraph's. */
    static List<Clause> split(String text, int start, int end, List<Mention> mentions) {
        List<Clause> clauses = new ArrayList<>();
        int from = start;
        int whileEnd = whileClauseEnd(text, start, end, mentions);
        if (whileEnd > 0) {
            clauses.add(new Clause(start, whileEnd, true, true));
            from = skipSpace(text, whileEnd);
        }
        List<int[]> rest = new ArrayList<>();
        splitMain(text, from, end, mentions, rest);
        for (int[] span : rest) {
            clauses.add(new Clause(span[0], span[1], false, clauses.isEmpty()));
        }
        return clauses;
    }

    private static int skipSpace(String text, int at) {
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        return at;
    }

    /** The end (after its comma) of a leading "while ..." clause, or -1. */
    private static int whileClauseEnd(String text, int start, int end, List<Mention> mentions) {
        Matcher w = WHILE.matcher(text);
        w.region(start, end);
        if (!w.find()) {
            return -1;
        }
        String prefix = text.substring(start, w.start());
        if (w.start() != start && (prefix.length() > MAX_WHILE_PREFIX || !prefix.strip().endsWith(","))) {
            return -1;
        }
        int depth = 0;
        for (int i = w.end(); i < end; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                int next = skipSpace(text, i + 1);
                if (startsMainClause(text, next, end, mentions)) {
                    return i + 1;
                }
            }
        }
        return -1;
    }

    /** Whether a main clause starts here: a speaker, or a verb directly (the subject came before "while"). */
    private static boolean startsMainClause(String text, int at, int end, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.start() == at || (m.start() > at && text.substring(at, m.start()).matches("(?i)the\\s+"))) {
                return m.speaks();
            }
        }
        Matcher adverbs = ADVERBS.matcher(text);
        adverbs.region(at, end);
        int verbAt = adverbs.lookingAt() ? adverbs.end() : at;
        return Lexicon.predicateAtStart(text.substring(verbAt, end)).isPresent();
    }

    private static void splitMain(String text, int start, int end, List<Mention> mentions, List<int[]> out) {
        int from = start;
        int searchFrom = start;
        while (true) {
            int cut = nextCut(text, from, searchFrom, end, mentions);
            if (cut < 0) {
                break;
            }
            // The cut position is where the new clause begins; the text before keeps its comma or semicolon.
            int before = cut;
            while (before > from && text.charAt(before - 1) == ' ') {
                before--;
            }
            out.add(new int[] {from, before});
            from = cut;
            searchFrom = cut + 1;
        }
        out.add(new int[] {from, end});
    }

    /** The start of the next clause after {@code searchFrom}, or -1. */
    private static int nextCut(String text, int clauseStart, int searchFrom, int end, List<Mention> mentions) {
        int best = -1;
        Matcher which = WHICH_BY.matcher(text);
        which.region(searchFrom, end);
        if (which.find()) {
            int afterBy = skipSpace(text, which.end());
            if (speakerAt(text, afterBy, mentions)) {
                best = which.start(1);
            }
        }
        for (int i = text.indexOf(';', searchFrom); i >= 0 && i < end; i = text.indexOf(';', i + 1)) {
            int next = skipSpace(text, i + 1);
            if (text.startsWith("and ", next)) {
                next = skipSpace(text, next + 4);
            }
            if (speakerAt(text, next, mentions)) {
                int cut = skipSpace(text, i + 1);
                if (best < 0 || cut < best) {
                    best = cut;
                }
                break;
            }
        }
        Matcher and = AND.matcher(text);
        and.region(searchFrom, end);
        // The clause's own main verb, found once: an "and" after it may start a new clause.
        Optional<Lexicon.Predicate> main = Lexicon.predicate(text.substring(clauseStart, end), 0);
        while (and.find()) {
            if (best >= 0 && and.start() >= best) {
                break;
            }
            if (depth(text, clauseStart, and.start()) != 0) {
                continue;
            }
            if (main.isEmpty() || clauseStart + main.get().end() > and.start()) {
                continue; // "X, Y and Z noted": a list of subjects, not a new clause
            }
            int after = and.end();
            int andWord = text.indexOf("and", and.start());
            if (newSubjectWithVerb(text, after, end, mentions)) {
                return andWord;
            }
            Optional<Lexicon.Predicate> verb = Lexicon.predicateAtStart(text.substring(after, end));
            if (verb.isPresent() && !verb.get().modal()
                    && Lexicon.isSpeechVerb(firstWord(text, after))
                    && !verb.get().kind().equals(main.get().kind())
                    && !PARTICIPLE_LIST.matcher(text.substring(clauseStart, and.start())).find()) {
                return andWord;
            }
        }
        return best;
    }

    private static String firstWord(String text, int at) {
        int e = at;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(at, e);
    }

    /** A speaker named here ("the Special Rapporteur ...", "CERD") followed by its own verb. */
    private static boolean newSubjectWithVerb(String text, int at, int end, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.speaks() && (m.start() == at || (m.start() > at
                    && text.substring(at, m.start()).matches("(?i)the\\s+")))) {
                Matcher adverbs = ADVERBS.matcher(text);
                adverbs.region(m.end(), end);
                int verbAt = adverbs.lookingAt() ? adverbs.end() : m.end();
                Optional<Lexicon.Predicate> p = Lexicon.predicateAtStart(text.substring(verbAt, end));
                return p.isPresent() && !p.get().modal();
            }
        }
        return false;
    }

    private static boolean speakerAt(String text, int at, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.speaks() && (m.start() == at || (m.start() > at
                    && text.substring(at, m.start()).matches("(?i)the\\s+")))) {
                return true;
            }
        }
        return false;
    }

    private static int depth(String text, int from, int to) {
        int d = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '(') {
                d++;
            } else if (text.charAt(i) == ')') {
                d--;
            }
        }
        return d;
    }
}
