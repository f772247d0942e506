package org.upright.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import org.upright.ingest.text.DocLine;
import org.upright.ingest.text.FootnoteRef;
import org.upright.ingest.text.LineStyle;
import org.upright.ingest.text.LineStyle.Segment;

/** Builds and edits document lines through their segments, so that text, references and segments always agree. */
final class Lines {
    private Lines() {
    }

    /** A line made of segments: their texts joined with single spaces, their references moved to the line. */
    static DocLine of(List<Segment> segments, float y, float size, boolean bold, boolean italic, int page,
                      boolean pageBreak) {
        StringBuilder text = new StringBuilder();
        List<FootnoteRef> refs = new ArrayList<>();
        for (Segment s : segments) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            int base = text.length();
            text.append(s.text());
            for (FootnoteRef r : s.refs()) {
                refs.add(new FootnoteRef(r.number(), base + r.offset()));
            }
        }
        float x = segments.isEmpty() ? 0 : segments.get(0).x();
        return new DocLine(text.toString(), refs, page, pageBreak, new LineStyle(x, y, size, bold, italic, segments));
    }

    /** The same line with other segments (empty ones dropped). */
    static DocLine withSegments(DocLine line, List<Segment> segments) {
        List<Segment> kept = segments.stream().filter(s -> !s.text().isEmpty() || !s.refs().isEmpty()).toList();
        LineStyle st = line.style();
        return of(kept, st.y(), st.fontSize(), st.bold(), st.italic(), line.page(), line.pageBreak());
    }

    /** The same line on the given page, beginning the page or not. */
    static DocLine onPage(DocLine line, int page, boolean pageBreak) {
        return new DocLine(line.text(), line.refs(), page, pageBreak, line.style());
    }

    /** A segment with the characters [from, to) of its text replaced, references after the edit moved along. */
    static Segment replace(Segment s, int from, int to, String with) {
        String text = s.text().substring(0, from) + with + s.text().substring(to);
        int shift = with.length() - (to - from);
        List<FootnoteRef> refs = new ArrayList<>();
        for (FootnoteRef r : s.refs()) {
            int at = r.offset() <= from ? r.offset() : r.offset() >= to ? r.offset() + shift : from + with.length();
            refs.add(new FootnoteRef(r.number(), at));
        }
        return new Segment(s.x(), s.xEnd(), text, refs);
    }
}
