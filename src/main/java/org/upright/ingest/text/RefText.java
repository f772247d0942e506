package org.upright.ingest.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Clean text with the footnote references that stood in it, each at its offset: what a line, a cell, a heading or a
 * paragraph is once footnote numbers are taken out.
 */
public record RefText(String text, List<FootnoteRef> refs) {

    public RefText {
        refs = List.copyOf(refs);
    }

    /** Text without references. */
    public static RefText of(String text) {
        return new RefText(text, List.of());
    }

    /** The reference numbers in order. */
    public List<Integer> numbers() {
        return refs.stream().map(FootnoteRef::number).toList();
    }

    /** The references that stand in [from, to) of this text, the end inclusive so that "word.12" keeps its 12. */
    public List<Integer> numbersIn(int from, int to) {
        return refs.stream().filter(r -> r.offset() >= from && r.offset() <= to).map(FootnoteRef::number).toList();
    }

    /** A part of the text with its references, offsets moved to the part. */
    public RefText slice(int from, int to) {
        List<FootnoteRef> inside = new ArrayList<>();
        for (FootnoteRef r : refs) {
            if (r.offset() >= from && r.offset() <= to) {
                inside.add(new FootnoteRef(r.number(), r.offset() - from));
            }
        }
        return new RefText(text.substring(from, to), inside);
    }

    /** The text with white space at both ends removed, references kept in place. */
    public RefText strip() {
        int from = 0;
        int to = text.length();
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return from == 0 && to == text.length() ? this : slice(from, to);
    }

    /**
     * The text with words replaced by the given spellings (keys in lower case), references moved with the text.
     * Used to put back hyphens that text extraction dropped when it joined a line-end compound ("illtreatment").
     */
    public RefText respell(java.util.Map<String, String> spellings) {
        if (spellings.isEmpty()) {
            return this;
        }
        java.util.regex.Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        List<int[]> shifts = new ArrayList<>();
        int from = 0;
        while (m.find()) {
            String replacement = spellings.get(m.group().toLowerCase(java.util.Locale.ROOT));
            if (replacement == null) {
                continue;
            }
            out.append(text, from, m.start());
            String cased = Character.isUpperCase(m.group().charAt(0))
                    ? Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1) : replacement;
            out.append(cased);
            shifts.add(new int[] {m.end(), cased.length() - m.group().length()});
            from = m.end();
        }
        if (shifts.isEmpty()) {
            return this;
        }
        out.append(text, from, text.length());
        List<FootnoteRef> moved = new ArrayList<>();
        for (FootnoteRef r : refs) {
            int shift = 0;
            for (int[] s : shifts) {
                if (s[0] <= r.offset()) {
                    shift += s[1];
                }
            }
            moved.add(new FootnoteRef(r.number(), r.offset() + shift));
        }
        return new RefText(out.toString(), moved);
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[A-Za-z]+(?:-[A-Za-z]+)*");

    /** Joins lines as a reader would: one space between them, none after a line-end hyphen. */
    public static RefText join(List<RefText> parts) {
        StringBuilder text = new StringBuilder();
        List<FootnoteRef> refs = new ArrayList<>();
        for (RefText part : parts) {
            if (part.text.isEmpty() && part.refs.isEmpty()) {
                continue;
            }
            if (!text.isEmpty() && !endsWithJoiningHyphen(text, part.text)) {
                text.append(' ');
            }
            int base = text.length();
            text.append(part.text);
            for (FootnoteRef r : part.refs) {
                refs.add(new FootnoteRef(r.number(), base + r.offset()));
            }
        }
        return new RefText(text.toString(), refs);
    }

    private static boolean endsWithJoiningHyphen(StringBuilder text, String next) {
        // UN documents do not hyphenate words at line ends, so a line-end hyphen belongs to a compound
        // ("law-" + "enforcement"): keep it and add no space.
        int n = text.length();
        return n >= 2 && text.charAt(n - 1) == '-' && Character.isLetter(text.charAt(n - 2))
                && !next.isEmpty() && Character.isLowerCase(next.charAt(0));
    }
}
