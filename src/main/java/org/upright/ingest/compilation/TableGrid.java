package org.upright.ingest.compilation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.upright.ingest.text.DocLine;
import org.upright.ingest.text.LineStyle;
import org.upright.ingest.text.RefText;

/**
 * A table rebuilt from positions: columns from where the headers stand (x), rows from where the row labels stand
 * (the labels' lines; UN tables align cells to the top of their row), each cell the text of the pieces that fall in
 * its column and row band, lines joined in reading order.
 */
final class TableGrid {
    /** A column: the header it was found under and its horizontal extent. */
    record Column(int header, float x, float xEnd) {
        float centre() {
            return (x + xEnd) / 2;
        }
    }

    private final List<Column> columns;
    private final List<String> labels;
    private final List<List<RefText>> cells;
    private final List<List<List<RefText>>> pieces;

    private TableGrid(List<Column> columns, List<String> labels, List<List<List<RefText>>> pieces) {
        this.columns = columns;
        this.labels = labels;
        this.pieces = pieces;
        this.cells = new ArrayList<>();
        for (List<List<RefText>> row : pieces) {
            List<RefText> joined = new ArrayList<>();
            for (List<RefText> cell : row) {
                joined.add(RefText.join(cell));
            }
            cells.add(joined);
        }
    }

    /** Whether lines carry positions (PDF), so that a grid can be built. */
    static boolean positioned(List<DocLine> lines) {
        return lines.stream().anyMatch(l -> l.style() != null && !l.style().segments().isEmpty());
    }

    /** The header index that stands for the unheaded label column left of all headed ones. */
    static final int UNHEADED = -1;

    /**
     * Builds the grid of a region. Columns are the headers of {@code headers} found in the lines; the label column is
     * the leftmost (when the labels have no header, pieces left of every header form it); a row starts at each line
     * whose piece in the label column passes {@code rowLabel}.
     */
    static TableGrid build(List<DocLine> lines, HeaderSet headers, Predicate<String> rowLabel) {
        return build(lines, headers, rowLabel, false);
    }

    /**
     * As {@link #build(List, HeaderSet, Predicate)}; with {@code labelsWrap}, a line that holds only a label piece
     * continues the label of a row that already has cells, for labels that are free text and wrap.
     */
    static TableGrid build(List<DocLine> lines, HeaderSet headers, Predicate<String> rowLabel, boolean labelsWrap) {
        List<Column> columns = new ArrayList<>(columns(lines, headers));
        if (!columns.isEmpty() && leftOfHeaders(lines, headers, columns.get(0).x())) {
            columns.add(0, new Column(UNHEADED, 0, columns.get(0).x() - 1));
        }
        List<String> labels = new ArrayList<>();
        List<List<List<RefText>>> parts = new ArrayList<>();
        int labelColumn = 0;
        for (DocLine line : lines) {
            if (line.style() == null || isHeaderLine(line, headers)) {
                continue;
            }
            boolean labelOnly = labelsWrap && line.style().segments().size() == 1;
            for (LineStyle.Segment segment : line.style().segments()) {
                int column = columnOf(segment, columns);
                String text = segment.text().strip();
                boolean continuesLabel = labelOnly && !parts.isEmpty() && rowHasValues(parts.get(parts.size() - 1));
                if (column == labelColumn && rowLabel.test(text) && !continuesLabel) {
                    labels.add(text);
                    List<List<RefText>> row = new ArrayList<>();
                    for (int c = 0; c < columns.size(); c++) {
                        row.add(new ArrayList<>());
                    }
                    parts.add(row);
                    row.get(column).add(new RefText(text, segment.refs()));
                } else if (!parts.isEmpty() && column >= 0) {
                    parts.get(parts.size() - 1).get(column).add(new RefText(text, segment.refs()));
                }
            }
        }
        return new TableGrid(columns, labels, parts);
    }

    /**
     * Whether a row already has cells beside its label: then a line holding only a label piece continues the label
     * ("Rome Statute of the International Criminal" / "Court"), for cells are aligned to the top of their row.
     */
    private static boolean rowHasValues(List<List<RefText>> row) {
        for (int c = 1; c < row.size(); c++) {
            if (!row.get(c).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Whether some data piece ends before the first header begins: a label column without a header. */
    private static boolean leftOfHeaders(List<DocLine> lines, HeaderSet headers, float firstHeaderX) {
        for (DocLine line : lines) {
            if (line.style() != null && !isHeaderLine(line, headers)) {
                for (LineStyle.Segment segment : line.style().segments()) {
                    if (segment.xEnd() < firstHeaderX) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isHeaderLine(DocLine line, HeaderSet headers) {
        List<LineStyle.Segment> segments = line.style().segments();
        return !segments.isEmpty() && segments.stream().allMatch(s -> headers.fragmentOf(s.text()) >= 0);
    }

    /** Each header's extent over all the lines its fragments stand on, left to right. */
    private static List<Column> columns(List<DocLine> lines, HeaderSet headers) {
        List<Column> found = new ArrayList<>();
        for (DocLine line : lines) {
            if (line.style() == null || !isHeaderLine(line, headers)) {
                continue;
            }
            for (LineStyle.Segment segment : line.style().segments()) {
                int header = headers.fragmentOf(segment.text());
                int at = -1;
                for (int i = 0; i < found.size(); i++) {
                    if (found.get(i).header() == header) {
                        at = i;
                    }
                }
                if (at < 0) {
                    found.add(new Column(header, segment.x(), segment.xEnd()));
                } else {
                    Column c = found.get(at);
                    found.set(at, new Column(header, Math.min(c.x(), segment.x()), Math.max(c.xEnd(), segment.xEnd())));
                }
            }
        }
        found.sort((a, b) -> Float.compare(a.x(), b.x()));
        return found;
    }

    /** The column a piece falls in: the one it overlaps most, else the one whose centre is nearest. */
    private static int columnOf(LineStyle.Segment segment, List<Column> columns) {
        int best = -1;
        float bestOverlap = 0;
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            float overlap = Math.min(c.xEnd(), segment.xEnd()) - Math.max(c.x(), segment.x());
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                best = i;
            }
        }
        if (best >= 0) {
            return best;
        }
        float centre = (segment.x() + segment.xEnd()) / 2;
        float nearest = Float.MAX_VALUE;
        for (int i = 0; i < columns.size(); i++) {
            float distance = Math.abs(columns.get(i).centre() - centre);
            if (distance < nearest) {
                nearest = distance;
                best = i;
            }
        }
        return best;
    }

    int rows() {
        return labels.size();
    }

    String label(int row) {
        return labels.get(row);
    }

    /** The cell of a row under the given header (its index in the header set); empty when the table lacks it. */
    RefText cell(int row, int header) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).header() == header) {
                return cells.get(row).get(c);
            }
        }
        return RefText.of("");
    }

    /** The lines of a cell as printed, for cells that list one item a line. */
    List<RefText> lines(int row, int header) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).header() == header) {
                return pieces.get(row).get(c);
            }
        }
        return List.of();
    }

    /** Whether the grid has a column under the given header. */
    boolean hasColumn(int header) {
        return columns.stream().anyMatch(c -> c.header() == header);
    }
}
