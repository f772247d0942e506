package org.upright.ingest.text;

import java.util.List;

/**
 * How a PDF line was printed: where it starts (points from the page's left edge), its main font size, whether it is
 * bold or italic, and its pieces as the page sets them apart horizontally (table cells, a paragraph number and its
 * text), each with its left and right edges.
 */
public record LineStyle(float x, float y, float fontSize, boolean bold, boolean italic, List<Segment> segments) {

    public LineStyle {
        segments = List.copyOf(segments);
    }

    /** A horizontally separate piece of a line: its text (references taken out), references and extent. */
    public record Segment(float x, float xEnd, String text, List<FootnoteRef> refs) {
        public Segment {
            refs = List.copyOf(refs);
        }
    }
}
