package org.upright.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import org.upright.ingest.text.DocLine;
import org.upright.ingest.text.LineStyle.Segment;
import org.upright.ingest.text.ReadDocument;

/**
 * Turns each page, as soon as it is read, into body lines and footnote lines without page furniture, and keeps only
 * those: the glyphs of a page are dropped when the next page begins.
 */
final class DocumentBuilder implements PageStripper.PageSink {
    private final List<DocLine> body = new ArrayList<>();
    private final List<DocLine> notes = new ArrayList<>();
    private String ownSymbol;
    private long inked;

    @Override
    public void page(int number, float width, float height, List<Glyph> glyphs, List<Rule> rules) {
        for (Glyph g : glyphs) {
            inked += g.blank() ? 0 : 1;
        }
        List<DocLine> lines = new ArrayList<>();
        for (LineGrouper.RawLine raw : LineGrouper.group(glyphs)) {
            DocLine line = LineWriter.write(raw);
            if (!line.text().isBlank()) {
                lines.add(line);
            }
        }
        removeFurniture(lines, height, number);
        boolean continuing = !notes.isEmpty() && notes.get(notes.size() - 1).page() == number - 1;
        PageNotes.Split split = PageNotes.split(lines, rules, height, continuing);
        boolean first = true;
        for (DocLine line : split.body()) {
            body.add(Lines.onPage(line, number, first));
            first = false;
        }
        for (DocLine line : split.notes()) {
            notes.add(Lines.onPage(line, number, false));
        }
    }

    /** Characters with ink the document printed, over all pages. */
    long inkedGlyphs() {
        return inked;
    }

    /** The document read: body and notes with words broken at line ends joined again. */
    ReadDocument finish(String name, int pages) {
        return new ReadDocument(name, Hyphens.repair(body), Hyphens.repair(notes), true, pages);
    }

    private void removeFurniture(List<DocLine> lines, float height, int page) {
        lines.removeIf(l -> Furniture.isJobLine(l, height));
        if (page == 1) {
            splitMasthead(lines, height);
        } else {
            while (!lines.isEmpty() && isRunning(lines, 0, height)) {
                lines.remove(0);
            }
        }
        while (!lines.isEmpty() && isRunning(lines, lines.size() - 1, height)) {
            lines.remove(lines.size() - 1);
        }
    }

    /**
     * A running header or footer at an edge of the page. A page number must stand apart from the text next to it,
     * so that a table's last row of figures is not taken for one.
     */
    private boolean isRunning(List<DocLine> lines, int at, float height) {
        DocLine line = lines.get(at);
        if (!Furniture.isRunningLine(line, height)) {
            return false;
        }
        int neighbour = at == 0 ? 1 : at - 1;
        if (line.text().contains("/") || neighbour >= lines.size()) {
            return true;
        }
        float gap = Math.abs(lines.get(neighbour).style().y() - line.style().y());
        return gap > 1.6f * Math.max(line.style().fontSize(), lines.get(neighbour).style().fontSize());
    }

    /**
     * The first page's masthead prints the document's own symbol beside "United Nations"; it becomes a line of its
     * own (where the document's symbol is looked for), and later copies of it on the title page are dropped.
     */
    private void splitMasthead(List<DocLine> lines, float height) {
        for (int i = 0; i < lines.size(); i++) {
            DocLine line = lines.get(i);
            if (line.style().y() > 0.3f * height) {
                break;
            }
            List<Segment> segments = line.style().segments();
            for (int s = 0; s < segments.size(); s++) {
                String text = segments.get(s).text().strip();
                if (!Furniture.isSymbol(text)) {
                    continue;
                }
                if (ownSymbol == null) {
                    ownSymbol = text;
                    if (segments.size() > 1) {
                        List<Segment> rest = new ArrayList<>(segments);
                        rest.remove(s);
                        lines.set(i, Lines.withSegments(line, rest));
                        lines.add(i + 1, Lines.withSegments(line, List.of(segments.get(s))));
                        i++;
                    }
                } else if (text.equals(ownSymbol) && segments.size() == 1) {
                    lines.remove(i--);
                }
                break;
            }
        }
    }
}
