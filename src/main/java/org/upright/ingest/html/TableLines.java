package org.upright.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jsoup.nodes.Element;
import org.upright.ingest.text.DocLine;
import org.upright.ingest.text.FootnoteRef;
import org.upright.ingest.text.LineStyle;
import org.upright.ingest.text.RefText;

/**
 * An HTML table as the positioned lines a PDF table gives: each row one line per line of its tallest cell, each
 * cell a segment at a synthetic x of its column (spanning cells span their columns), so that the compilation's
 * table readers rebuild the grid from where the pieces stand, as they do for PDFs.
 */
final class TableLines {
    /** Points per column: wide enough that cells never touch. */
    private static final float COLUMN = 100;
    private static final float GAP = 10;
    private static final float LEADING = 12;
    private static final float FONT_SIZE = 10;
    /** Columns beyond this are not a table a document prints; a hostile span is capped. */
    private static final int MAX_SPAN = 64;

    private final Function<Element, List<RefText>> cellLines;

    TableLines(Function<Element, List<RefText>> cellLines) {
        this.cellLines = cellLines;
    }

    /** The table's rows as lines, the first at {@code y}; rows of nested tables are not this table's. */
    List<DocLine> lines(Element table, float y) {
        List<DocLine> lines = new ArrayList<>();
        for (Element row : table.select("tr")) {
            if (row.closest("table") != table) {
                continue;
            }
            List<List<RefText>> cells = new ArrayList<>();
            List<float[]> extents = new ArrayList<>();
            int column = 0;
            for (Element cell : row.children()) {
                String tag = cell.normalName();
                if (!"td".equals(tag) && !"th".equals(tag)) {
                    continue;
                }
                int span = Math.clamp(parse(cell.attr("colspan")), 1, MAX_SPAN);
                cells.add(cellLines.apply(cell).stream().filter(l -> !l.text().isBlank() || !l.refs().isEmpty())
                        .toList());
                extents.add(new float[] {column * COLUMN, (column + span) * COLUMN - GAP});
                column += span;
            }
            int height = cells.stream().mapToInt(List::size).max().orElse(0);
            for (int k = 0; k < height; k++) {
                List<LineStyle.Segment> segments = new ArrayList<>();
                StringBuilder text = new StringBuilder();
                List<FootnoteRef> refs = new ArrayList<>();
                for (int c = 0; c < cells.size(); c++) {
                    if (k >= cells.get(c).size()) {
                        continue;
                    }
                    RefText piece = cells.get(c).get(k);
                    segments.add(new LineStyle.Segment(extents.get(c)[0], extents.get(c)[1], piece.text(),
                            piece.refs()));
                    if (!text.isEmpty()) {
                        text.append(' ');
                    }
                    int offset = text.length();
                    piece.refs().forEach(r -> refs.add(new FootnoteRef(r.number(), r.offset() + offset)));
                    text.append(piece.text());
                }
                float at = y + lines.size() * LEADING;
                LineStyle style = new LineStyle(segments.get(0).x(), at, FONT_SIZE, false, false, segments);
                lines.add(new DocLine(text.toString(), refs, 1, false, style));
            }
        }
        return lines;
    }

    private static int parse(String number) {
        try {
            return Integer.parseInt(number.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
