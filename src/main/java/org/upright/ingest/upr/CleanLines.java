package org.upright.ingest.upr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.upright.ingest.text.DocLine;
import org.upright.ingest.text.FootnoteRef;
import org.upright.ingest.text.ReadDocument;

/**
 * The printed lines of a UPR document that carry its content, whatever reader produced them: white space collapsed,
 * the table of contents, running headers, page numbers and job numbers dropped, footnotes of plain text cut out, and
 * a number printed on a line of its own ("95.", "95.1", "II.") joined to the text that follows it, as a PDF line
 * gives it.
 */
final class CleanLines {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern COLUMN_GAP = Pattern.compile("\\s{3,}");
    private static final Pattern SYMBOL = Pattern.compile("[A-Z]{1,6}(?:\\.\\d+)?(?:/[A-Za-z0-9.\\-]+){2,}");
    private static final Pattern JOB_NUMBER = Pattern.compile(
            "(?i)GE\\.\\d{2}-\\d{4,6}.*|please recycle.*|page \\d{1,3}");
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,3}");
    private static final Pattern LEADERS = Pattern.compile("(?:\\.\\s?){6,}|…{2,}");
    /** A line holding only numbers: a heading's ("II.", "A."), a paragraph's, or recommendations' ("5., 6.,"). */
    static final Pattern NUMBERS_ONLY = Pattern.compile(
            "(?:[IVX]{1,4}|[A-Z])\\.|" + RecommendationNumbers.KEY_LIST + ",?");
    /** How many pages may hold the front matter and the table of contents. */
    private static final int FRONT_PAGES = 3;

    private CleanLines() {
    }

    /** The content lines and the footnote references in reading order. */
    record Cleaned(List<Line> lines, List<Integer> footnoteOrder) {
    }

    static Cleaned of(ReadDocument document) {
        List<Line> lines = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (DocLine line : document.lines()) {
            lines.add(new Line(collapse(line.text()), line.page(), cells(line)));
            line.refs().stream().map(FootnoteRef::number).forEach(order::add);
        }
        lines = dropFurniture(lines);
        if (!document.referencesFound()) {
            PlainTextNotes.Result notes = PlainTextNotes.cut(lines);
            lines = new ArrayList<>();
            for (Line line : notes.lines()) {
                lines.add(line.withText(PlainTextNotes.stripReferences(line.text(), notes.notes(), order)));
            }
        }
        return new Cleaned(joinNumbers(afterContents(lines)), order);
    }

    private static String collapse(String text) {
        return PlainTextNotes.stripStars(SPACES.matcher(text).replaceAll(" ").strip());
    }

    /**
     * The pieces of a line that stand apart: the reader's segments for a PDF, else the runs of text that wide gaps
     * separate in a text laid out in columns; none for a line of one piece.
     */
    private static List<String> cells(DocLine line) {
        List<String> cells = new ArrayList<>();
        if (line.style() != null) {
            line.style().segments().forEach(s -> cells.add(collapse(s.text())));
        } else {
            for (String piece : COLUMN_GAP.split(line.text().strip())) {
                cells.add(collapse(piece));
            }
        }
        return cells.size() > 1 ? cells : List.of();
    }

    /** Running headers (the symbol), job numbers, and page numbers at the top or bottom of a page. */
    private static List<Line> dropFurniture(List<Line> lines) {
        List<Line> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            boolean furniture = SYMBOL.matcher(text).matches() || JOB_NUMBER.matcher(text).matches()
                    || (BARE_NUMBER.matcher(text).matches() && atPageEdge(lines, i));
            kept.add(furniture ? new Line("", lines.get(i).page()) : lines.get(i));
        }
        return kept;
    }

    private static boolean atPageEdge(List<Line> lines, int at) {
        int page = lines.get(at).page();
        return edge(lines, at, page, -1) || edge(lines, at, page, 1);
    }

    /** Whether nothing but blank lines and furniture lies between the line and its page's end in one direction. */
    private static boolean edge(List<Line> lines, int at, int page, int step) {
        for (int j = at + step; j >= 0 && j < lines.size() && lines.get(j).page() == page; j += step) {
            String text = lines.get(j).text();
            if (!text.isEmpty() && !SYMBOL.matcher(text).matches() && !JOB_NUMBER.matcher(text).matches()) {
                return false;
            }
        }
        return true;
    }

    /** The lines after the table of contents, whose entries end in dot leaders; all lines when there is none. */
    private static List<Line> afterContents(List<Line> lines) {
        int last = -1;
        for (int i = 0; i < lines.size() && lines.get(i).page() <= FRONT_PAGES; i++) {
            if (LEADERS.matcher(lines.get(i).text()).find()) {
                last = i;
            }
        }
        return lines.subList(last + 1, lines.size());
    }

    /**
     * Drops blank lines and joins a line of numbers only to the next line. A line of recommendation numbers that
     * continues the list of the line before ("40., 41., 42.," then "43., 44."; "..., 95.17-18," then "95.22,
     * 95.27.") is left as it is.
     */
    private static List<Line> joinNumbers(List<Line> lines) {
        List<Line> out = new ArrayList<>();
        Line pending = null;
        for (Line line : lines) {
            if (line.blank()) {
                continue;
            }
            if (pending != null) {
                if (BARE_NUMBER.matcher(line.text()).matches()) {
                    continue; // a page number that plain text put between a number and its text
                }
                line = pending.append(line);
                pending = null;
            }
            String before = out.isEmpty() ? "" : out.get(out.size() - 1).text();
            boolean continues = RecommendationNumbers.opensList(before) || RecommendationNumbers.leavesListOpen(before);
            if (NUMBERS_ONLY.matcher(line.text()).matches() && !continues) {
                pending = line;
                continue;
            }
            out.add(line);
        }
        if (pending != null) {
            out.add(pending);
        }
        return out;
    }
}
