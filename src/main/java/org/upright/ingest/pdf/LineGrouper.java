package org.upright.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups a page's glyphs into lines by baseline, top to bottom, and hands the superscripts to the line they belong
 * to: a superscript is set smaller than its line and on a raised baseline of its own, glued to the word before it
 * (a footnote reference) or standing first (a note's number in the notes area).
 */
final class LineGrouper {
    /** A superscript is at most this much of its line's size... */
    private static final float SUPERSCRIPT_MAX_SIZE = 0.85f;
    /** ...and raised by this share of the line's size. */
    private static final float MIN_RAISE = 0.15f;
    private static final float MAX_RAISE = 0.7f;
    /** A note's number stands at most this far left of the note's text. */
    private static final float MAX_MARKER_GAP = 80f;
    /** References ("12", "1, 2, 3"), ordinals ("th") and note marks are short; longer raised text is a line. */
    private static final int MAX_SUPERSCRIPT_CHARS = 12;
    private static final int MAX_MARK_CHARS = 4;
    /** No body text is set larger than this; it bounds how far below a superscript its line is looked for. */
    private static final float LARGEST_TEXT = 40f;

    private LineGrouper() {
    }

    /** Glyphs of one baseline, with the superscripts that belong to the line. */
    static final class RawLine {
        final List<Glyph> glyphs = new ArrayList<>();
        final List<Glyph> blanks = new ArrayList<>();
        final List<List<Glyph>> raised = new ArrayList<>();
        float y;
        float size;
        float minX = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;

        boolean isEmpty() {
            return glyphs.isEmpty() && raised.isEmpty();
        }

        private void measure() {
            minX = Float.MAX_VALUE;
            maxX = -Float.MAX_VALUE;
            // A line is set in a few sizes at most: count characters per size in small arrays, no boxing.
            float[] sizes = new float[4];
            int[] counts = new int[4];
            int distinct = 0;
            double ySum = 0;
            for (Glyph g : glyphs) {
                minX = Math.min(minX, g.x());
                maxX = Math.max(maxX, g.xEnd());
                ySum += g.y();
                int k = 0;
                while (k < distinct && sizes[k] != g.size()) {
                    k++;
                }
                if (k == distinct) {
                    if (distinct == sizes.length) {
                        sizes = java.util.Arrays.copyOf(sizes, distinct * 2);
                        counts = java.util.Arrays.copyOf(counts, distinct * 2);
                    }
                    sizes[distinct++] = g.size();
                }
                counts[k] += g.text().length();
            }
            y = glyphs.isEmpty() ? y : (float) (ySum / glyphs.size());
            size = 0;
            int most = 0;
            for (int k = 0; k < distinct; k++) {
                if (counts[k] > most || (counts[k] == most && sizes[k] > size)) {
                    most = counts[k];
                    size = sizes[k];
                }
            }
        }
    }

    /** The page's lines, top to bottom; lines left without glyphs are dropped. */
    static List<RawLine> group(List<Glyph> glyphs) {
        List<Glyph> inked = new ArrayList<>();
        List<Glyph> blanks = new ArrayList<>();
        for (Glyph g : glyphs) {
            (g.blank() ? blanks : inked).add(g);
        }
        inked.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<RawLine> lines = new ArrayList<>();
        RawLine current = null;
        float first = 0;
        float smallest = 0;
        for (Glyph g : inked) {
            float tolerance = Math.clamp(0.2f * Math.min(g.size(), smallest), 0.5f, 2f);
            if (current == null || g.y() - first > tolerance) {
                current = new RawLine();
                lines.add(current);
                first = g.y();
                smallest = g.size();
            }
            smallest = Math.min(smallest, g.size());
            current.glyphs.add(g);
        }
        lines.forEach(LineGrouper::dropOverprints);
        lines.forEach(RawLine::measure);
        attachSuperscripts(lines);
        lines.removeIf(RawLine::isEmpty);
        for (RawLine line : lines) {
            line.measure();
        }
        placeBlanks(lines, blanks);
        return lines;
    }

    /**
     * Drops glyphs printed twice at almost the same place (old PDFs fake bold type so): a copy of the same text
     * within a third of its width of a glyph just before it on the line.
     */
    private static void dropOverprints(RawLine line) {
        List<Glyph> glyphs = line.glyphs;
        glyphs.sort(Comparator.comparingDouble(Glyph::x));
        List<Glyph> kept = new ArrayList<>(glyphs.size());
        for (Glyph g : glyphs) {
            boolean copy = false;
            for (int k = kept.size() - 1; k >= 0 && k >= kept.size() - 3 && !copy; k--) {
                Glyph before = kept.get(k);
                float tolerance = (before.xEnd() - before.x()) / Math.max(1, before.text().length()) / 3f;
                copy = before.text().equals(g.text()) && Math.abs(before.x() - g.x()) <= tolerance
                        && Math.abs(before.y() - g.y()) <= Math.max(tolerance, 0.1f);
            }
            if (!copy) {
                kept.add(g);
            }
        }
        if (kept.size() < glyphs.size()) {
            glyphs.clear();
            glyphs.addAll(kept);
        }
    }

    private static void attachSuperscripts(List<RawLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            RawLine candidate = lines.get(i);
            for (List<Glyph> run : runs(candidate.glyphs)) {
                RawLine owner = ownerOf(run, lines, i);
                if (owner != null) {
                    owner.raised.add(run);
                    candidate.glyphs.removeAll(run);
                }
            }
        }
    }

    /** Pieces of a line (its glyphs in order of x) with no gap wider than about a space between their glyphs. */
    private static List<List<Glyph>> runs(List<Glyph> glyphs) {
        List<List<Glyph>> runs = new ArrayList<>();
        List<Glyph> run = null;
        float end = 0;
        for (Glyph g : glyphs) {
            if (run == null || g.x() - end > 0.8f * g.size()) {
                run = new ArrayList<>();
                runs.add(run);
            }
            run.add(g);
            end = Math.max(end, g.xEnd());
        }
        return runs;
    }

    /** The line below that this run is a superscript of, or null. */
    private static RawLine ownerOf(List<Glyph> run, List<RawLine> lines, int at) {
        float runSize = 0;
        float runY = 0;
        float runX = Float.MAX_VALUE;
        float runEnd = -Float.MAX_VALUE;
        int chars = 0;
        for (Glyph g : run) {
            chars += g.text().length();
            runSize = Math.max(runSize, g.size());
            runY += g.y();
            runX = Math.min(runX, g.x());
            runEnd = Math.max(runEnd, g.xEnd());
        }
        runY /= run.size();
        if (chars > MAX_SUPERSCRIPT_CHARS) {
            return null;
        }
        for (int j = at + 1; j < lines.size(); j++) {
            RawLine line = lines.get(j);
            float raise = line.y - runY;
            if (raise > MAX_RAISE * LARGEST_TEXT) {
                break;
            }
            if (line.glyphs.isEmpty() || runSize > SUPERSCRIPT_MAX_SIZE * line.size
                    || raise < MIN_RAISE * line.size || raise > MAX_RAISE * line.size) {
                continue;
            }
            if (gluedAfterWord(line, runX) || (chars <= MAX_MARK_CHARS && leadsLine(line, runEnd))) {
                return line;
            }
        }
        return null;
    }

    private static boolean gluedAfterWord(RawLine line, float runX) {
        for (Glyph g : line.glyphs) {
            if (g.xEnd() >= runX - 0.6f * line.size && g.xEnd() <= runX + 0.3f * line.size) {
                return true;
            }
        }
        return false;
    }

    private static boolean leadsLine(RawLine line, float runEnd) {
        return runEnd <= line.minX + 0.3f * line.size && line.minX - runEnd <= MAX_MARKER_GAP;
    }

    /** Spaces the PDF printed go to the line on whose baseline they stand; they mark word breaks there. */
    private static void placeBlanks(List<RawLine> lines, List<Glyph> blanks) {
        if (lines.isEmpty()) {
            return;
        }
        lines.sort(Comparator.comparingDouble(l -> l.y));
        float[] ys = new float[lines.size()];
        for (int i = 0; i < ys.length; i++) {
            ys[i] = lines.get(i).y;
        }
        for (Glyph blank : blanks) {
            int at = java.util.Arrays.binarySearch(ys, blank.y());
            int insertion = at >= 0 ? at : -at - 1;
            RawLine nearest = null;
            float distance = Float.MAX_VALUE;
            for (int i = Math.max(0, insertion - 1); i <= Math.min(ys.length - 1, insertion); i++) {
                float d = Math.abs(ys[i] - blank.y());
                if (d < distance) {
                    distance = d;
                    nearest = lines.get(i);
                }
            }
            if (nearest != null && distance <= Math.max(1f, 0.2f * nearest.size)) {
                nearest.blanks.add(blank);
            }
        }
    }
}
