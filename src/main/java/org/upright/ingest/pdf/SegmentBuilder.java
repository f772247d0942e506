package org.upright.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import org.upright.ingest.text.FootnoteRef;
import org.upright.ingest.text.LineStyle;

/** Collects the text and references of one segment of a line, left to right. */
final class SegmentBuilder {
    private final StringBuilder text = new StringBuilder();
    private final List<FootnoteRef> refs = new ArrayList<>();
    private float x;
    private float xEnd;
    private boolean started;

    SegmentBuilder(float x) {
        this.x = x;
        this.xEnd = x;
    }

    boolean isEmpty() {
        return text.isEmpty() && refs.isEmpty();
    }

    void glyph(Glyph g) {
        extend(g.x(), g.xEnd());
        text.append(g.text());
    }

    /** A word break; never two spaces, never a leading one. */
    void space() {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
            text.append(' ');
        }
    }

    /**
     * A superscript: footnote numbers glued to the text before them become references; a superscript that starts the
     * segment is a note's own number (or mark) and stays as text with a space after it; other raised text stays text.
     */
    void superscript(Superscript s) {
        extend(s.x(), s.xEnd());
        if (text.isEmpty() && refs.isEmpty()) {
            text.append(s.text()).append(' ');
        } else if (s.isReference()) {
            int at = text.length();
            for (int n : s.numbers()) {
                refs.add(new FootnoteRef(n, at));
            }
        } else {
            text.append(s.text());
        }
    }

    private void extend(float from, float to) {
        if (!started) {
            x = from;
            xEnd = to;
            started = true;
        }
        x = Math.min(x, from);
        xEnd = Math.max(xEnd, to);
    }

    LineStyle.Segment build() {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        List<FootnoteRef> kept = new ArrayList<>();
        for (FootnoteRef r : refs) {
            kept.add(new FootnoteRef(r.number(), Math.min(r.offset(), end)));
        }
        return new LineStyle.Segment(x, xEnd, text.substring(0, end), kept);
    }
}
