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
