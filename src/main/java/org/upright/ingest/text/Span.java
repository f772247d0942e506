package org.upright.ingest.text;

import java.util.List;
import org.upright.ingest.text.FootnoteRef;
import org.upright.ingest.text.RefText;

/** A part [start, end) of a paragraph's text: a sentence, a lettered sub-paragraph or a clause. */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a span: [" + start + ", " + end + ")");
        }
    }

    /** The part of the text this span covers. */
    public String of(String text) {
        return text.substring(start, end);
    }

    /** The span with white space at both ends left out. */
    public Span trim(String text) {
        int from = start;
        int to = end;
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return new Span(from, to);
    }

    /**
     * The footnotes of a statement over this span, as the exchange format has them: the references inside it, else
     * the next one in the paragraph (a source note closes the passage it covers).
     */
    public List<Integer> footnotes(RefText paragraph) {
        List<Integer> inside = paragraph.numbersIn(start, end);
        if (!inside.isEmpty()) {
            return inside;
        }
        for (FootnoteRef ref : paragraph.refs()) {
            if (ref.offset() > end) {
                return List.of(ref.number());
            }
        }
        return List.of();
    }
}
