package org.upright.ingest.generic;

import org.upright.ingest.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a paragraph at its lettered sub-paragraphs: a list opens with "(a)" right after a colon ("The State party
 * should: (a) ...") and goes on with "(b)", "(c)" ... each after a semicolon, full stop or colon (an "and" or "or"
 * between allowed). Letters met out of sequence are left in place: "(i)", "(ii)" inside an item are roman
 * sub-items, and "(a)" and "(b)" inside a sentence ("relating to (a) ... and (b) ...") are not sub-paragraphs.
 */
public final class SubParagraphs {
    private static final Pattern MARK = Pattern.compile("\\(([a-z])\\)(?=\\s)");
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("(?:[;:.]|[;,]\\s*(?:and|or)|\\band|\\bor)$");

    /** A piece of a paragraph: the lead-in (or text outside any list) or a lettered item with its letter. */
    public record Piece(Span span, char letter) {
        /** Whether the piece is a lettered sub-paragraph. */
        public boolean item() {
            return letter != 0;
        }
    }

    private SubParagraphs() {
    }

    /** The pieces of the text, in order; they tile it, the spaces between them left out. */
    public static List<Piece> split(String text) {
        List<Integer> cuts = new ArrayList<>();
        List<Character> letters = new ArrayList<>();
        char expected = 0;
        Matcher m = MARK.matcher(text);
        while (m.find()) {
            char letter = m.group(1).charAt(0);
            String before = text.substring(0, m.start()).stripTrailing();
            if (letter == 'a' && before.endsWith(":")) {
                expected = 'b';
            } else if (expected != 0 && letter == expected && ITEM_SEPARATOR.matcher(before).find()) {
                expected++;
            } else {
                continue;
            }
            cuts.add(m.start());
            letters.add(letter);
        }
        List<Piece> pieces = new ArrayList<>();
        int from = 0;
        char letter = 0;
        for (int i = 0; i < cuts.size(); i++) {
            add(pieces, text, from, cuts.get(i), letter);
            from = cuts.get(i);
            letter = letters.get(i);
        }
        add(pieces, text, from, text.length(), letter);
        return pieces;
    }

    private static void add(List<Piece> pieces, String text, int from, int to, char letter) {
        Span span = new Span(from, to).trim(text);
        if (span.end() > span.start()) {
            pieces.add(new Piece(span, letter));
        }
    }
}
