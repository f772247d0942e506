package org.upright.ingest.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.upright.ingest.text.DocLine;
import org.upright.ingest.text.LineStyle;

/**
 * Writes a grouped line as text: words joined by single spaces, horizontally separate pieces (table cells, a
 * paragraph number in the margin and its text) kept apart as segments, superscript numbers taken out of the text
 * and kept as footnote references at the offset where they stood.
 *
 * <p>Justified lines stretch every space of the line by the same amount, sometimes to three spaces and more; a gap
 * that occurs again and again on the line is therefore a stretched space, and only a wider gap (a tab to the text
 * after a paragraph number, a table column) separates segments.
 */
final class LineWriter {
    /** A gap wider than this many spaces may separate segments. */
    static final float SEGMENT_GAP_SPACES = 3f;
    /** A gap wider than this share of a space separates words (kerning moves letters by much less). */
    private static final float WORD_GAP_SPACES = 0.4f;
    /** Stretched spaces of one line are equal within this many points. */
    private static final float SAME_GAP = 0.6f;

    private LineWriter() {
    }

    /** One thing printed on the line, left to right: a glyph or a superscript run. */
    private record Item(float x, float xEnd, Glyph glyph, Superscript superscript) {
    }

    /** The line as a document line (page 0: the caller knows the page). */
    static DocLine write(LineGrouper.RawLine line) {
        List<Item> items = items(line);
        List<Glyph> blanks = new ArrayList<>(line.blanks);
        blanks.sort(Comparator.comparingDouble(Glyph::x));
        float[] gaps = new float[items.size()];
        int[] spaces = new int[items.size()];
        measureGaps(items, blanks, gaps, spaces);
        float stretched = stretchedSpace(items, gaps, spaces);

        List<LineStyle.Segment> segments = new ArrayList<>();
        SegmentBuilder segment = null;
        float lastSpace = 0;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item.superscript() != null) {
                // References are glued to the word before them; only a wide gap puts one in a segment of its own.
                if (segment == null || gaps[i] > 2 * SEGMENT_GAP_SPACES * Math.max(lastSpace, 1f)) {
                    segment = flush(segments, segment, item.x());
                }
                segment.superscript(item.superscript());
                continue;
            }
            Glyph g = item.glyph();
            float space = lastSpace == 0 ? g.space() : Math.min(g.space(), lastSpace);
            if (segment == null || separates(perSpace(gaps[i], spaces[i]), space, stretched)) {
                segment = flush(segments, segment, g.x());
            } else if (spaces[i] > 0 || gaps[i] > WORD_GAP_SPACES * space) {
                segment.space();
            }
            segment.glyph(g);
            lastSpace = g.space();
        }
        flush(segments, segment, 0);
        return toLine(line, segments);
    }

    /** For each item, the gap before it and how many printed spaces stand in that gap. */
    private static void measureGaps(List<Item> items, List<Glyph> blanks, float[] gaps, int[] spaces) {
        float lastEnd = Float.NaN;
        int blank = 0;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            int count = 0;
            while (blank < blanks.size() && blanks.get(blank).x() < item.x() - 0.1f) {
                if (!Float.isNaN(lastEnd) && blanks.get(blank).xEnd() > lastEnd - 0.5f) {
                    count++;
                }
                blank++;
            }
            gaps[i] = Float.isNaN(lastEnd) ? 0 : item.x() - lastEnd;
            spaces[i] = count;
            lastEnd = Float.isNaN(lastEnd) ? item.xEnd() : Math.max(lastEnd, item.xEnd());
        }
    }

    /** The width a gap gives each space printed in it (several spaces in a row are one word break). */
    private static float perSpace(float gap, int spaces) {
        return gap / Math.max(1, spaces);
    }

    private static List<Item> items(LineGrouper.RawLine line) {
        List<Item> items = new ArrayList<>(line.glyphs.size() + line.raised.size());
        for (Glyph g : line.glyphs) {
            items.add(new Item(g.x(), g.xEnd(), g, null));
        }
        for (List<Glyph> run : line.raised) {
            Superscript s = Superscript.of(run);
            items.add(new Item(s.x(), s.xEnd(), null, s));
        }
        items.sort(Comparator.comparingDouble(Item::x));
        return items;
    }

    private static boolean separates(float gap, float space, float stretched) {
        if (gap <= SEGMENT_GAP_SPACES * space) {
            return false;
        }
        return Float.isNaN(stretched) || gap > stretched + SAME_GAP;
    }

    /**
     * The width of the line's stretched space: the commonest width per space of the gaps between words, as long as
     * it occurs at least twice; NaN when no gap repeats.
     */
    private static float stretchedSpace(List<Item> items, float[] gaps, int[] spaces) {
        float[] widths = new float[items.size()];
        int n = 0;
        for (int i = 1; i < items.size(); i++) {
            Item item = items.get(i);
            // The gap after a reference is not a space between words.
            if (item.glyph() != null && items.get(i - 1).glyph() != null
                    && gaps[i] > WORD_GAP_SPACES * item.glyph().space()) {
                widths[n++] = perSpace(gaps[i], spaces[i]);
            }
        }
        Arrays.sort(widths, 0, n);
        float best = Float.NaN;
        int bestCount = 1;
        for (int i = 0; i < n; i++) {
            int j = i;
            while (j + 1 < n && widths[j + 1] - widths[i] <= SAME_GAP) {
                j++;
            }
            if (j - i + 1 > bestCount) {
                bestCount = j - i + 1;
                best = widths[j];
            }
        }
        return best;
    }

    private static SegmentBuilder flush(List<LineStyle.Segment> segments, SegmentBuilder done, float nextX) {
        if (done != null && !done.isEmpty()) {
            segments.add(done.build());
        }
        return new SegmentBuilder(nextX);
    }

    private static DocLine toLine(LineGrouper.RawLine line, List<LineStyle.Segment> segments) {
        int bold = 0;
        int italic = 0;
        int all = 0;
        for (Glyph g : line.glyphs) {
            int n = g.text().length();
            all += n;
            bold += g.bold() ? n : 0;
            italic += g.italic() ? n : 0;
        }
        return Lines.of(segments, line.y, line.size, all > 0 && bold * 2 > all, all > 0 && italic * 2 > all, 0, false);
    }
}
