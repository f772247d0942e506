package org.upright.ingest.upr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Footnotes of a document given as plain text (a PDF reader hands them over apart from the body): their texts,
 * printed at page bottoms, are cut out of the body, and their reference marks are taken out of the body's lines.
 */
final class PlainTextNotes {
    /** A note starts with its mark alone on a line or before its text: "2", "2 The original ...", "**". */
    private static final Pattern MARK = Pattern.compile("(\\*{1,3}|\\d{1,2})(?:\\s+(\\S.*))?");
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,3}");
    /** Asterisk references glued to a word: "Review*", "recommendations**". */
    private static final Pattern STAR_REF = Pattern.compile("(?<=[\\p{L}.,;:)\\]”’\"])\\*{1,3}(?=\\s|$)");
    /** A reference number glued to the punctuation before it: "(Chile);2", but not "95.1". */
    private static final Pattern GLUED_REF = Pattern.compile("(?<=[^\\d\\s][.,;:)\\]”’\"])(\\d{1,2})(?=\\s|$)");
    /** A reference number set apart before the recommending States: "employment 1 (Chile);". */
    private static final Pattern SPACED_REF = Pattern.compile("(?<=\\p{L}) (\\d{1,2})(?= \\()");

    private PlainTextNotes() {
    }

    /** The body without its footnotes, and the numbers of the notes found, in order. */
    record Result(List<Line> lines, Set<Integer> notes) {
    }

    static Result cut(List<Line> lines) {
        List<Line> kept = new ArrayList<>();
        Set<Integer> notes = new LinkedHashSet<>();
        int next = 1;
        int start = 0;
        while (start < lines.size()) {
            int end = start;
            while (end < lines.size() && lines.get(end).page() == lines.get(start).page()) {
                end++;
            }
            int cut = firstMark(lines, start, end, next);
            kept.addAll(lines.subList(start, cut));
            // Notes run in sequence down the page: "3 ...", "4 ...".
            for (int j = cut; j < end; j++) {
                Matcher m = MARK.matcher(lines.get(j).text());
                if (m.matches() && m.group(1).equals(Integer.toString(next))) {
                    notes.add(next++);
                }
            }
            start = end;
        }
        return new Result(kept, notes);
    }

    /** Where the notes of a page begin: the next expected mark (or asterisks) with note text after it. */
    private static int firstMark(List<Line> lines, int start, int end, int next) {
        for (int j = start; j < end; j++) {
            Matcher m = MARK.matcher(lines.get(j).text());
            if (!m.matches()) {
                continue;
            }
            boolean expected = m.group(1).startsWith("*") || m.group(1).equals(Integer.toString(next));
            if (expected && (m.group(2) != null || textFollows(lines, j + 1, end))) {
                return j;
            }
        }
        return end;
    }

    private static boolean textFollows(List<Line> lines, int from, int end) {
        for (int j = from; j < end; j++) {
            String text = lines.get(j).text();
            if (!text.isEmpty() && !BARE_NUMBER.matcher(text).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The line without asterisk references, which mark notes on titles in any format ("Review*"). */
    static String stripStars(String text) {
        return text.indexOf('*') < 0 ? text : STAR_REF.matcher(text).replaceAll("");
    }

    /** The line without the marks of the given notes, adding the numbers taken out to {@code order}. */
    static String stripReferences(String text, Set<Integer> notes, List<Integer> order) {
        if (notes.isEmpty()) {
            return text;
        }
        return strip(SPACED_REF, strip(GLUED_REF, text, notes, order), notes, order);
    }

    private static String strip(Pattern pattern, String text, Set<Integer> notes, List<Integer> order) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int number = Integer.parseInt(m.group(1));
            if (notes.contains(number)) {
                order.add(number);
                m.appendReplacement(out, "");
            }
        }
        m.appendTail(out);
        return out.toString();
    }
}
