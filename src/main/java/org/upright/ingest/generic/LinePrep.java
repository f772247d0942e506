package org.upright.ingest.generic;

import org.upright.ingest.text.LineShapes;
import java.util.ArrayList;
import java.util.List;
import org.upright.ingest.text.DocLine;
import org.upright.ingest.text.ReadDocument;
import org.upright.ingest.text.RefText;

/**
 * Readies a reader's lines for the layout parser where text extraction leaves blocks run together: what is
 * printed at the foot of a page (the job number and the notes after it, the title's "*" note, the page number) goes
 * to the notes or away, blank lines at page edges go (a page break does not end a paragraph), and a blank line is
 * put before a heading that directly follows a paragraph's last sentence (else the parser reads the heading as
 * part of that paragraph).
 *
 * <p>A paragraph whose first printed line is short and does not end a sentence ("1. The Committee considered the
 * report of X" + a line break) gets its continuation lines joined to it: the layout parser would otherwise take it
 * for a numbered sub-heading when its number matches the sub-heading count. Lines a PDF reader gives pass through
 * the same steps unchanged where they are already clean.
 */
public final class LinePrep {
    private static final int MAX_RUN = 8;
    private static final int SMALL_NUMBERS = 9;

    private LinePrep() {
    }

    /** The document with its lines readied; notes found at page feet are added to its notes. */
    public static ReadDocument prepare(ReadDocument document) {
        List<DocLine> notes = new ArrayList<>(document.notes());
        List<DocLine> body = pageFeet(document.lines(), notes);
        body = headingBreaks(body);
        body = joinShortFirstLines(body);
        return new ReadDocument(document.name(), body, notes, document.referencesFound(), document.pages());
    }

    /** Moves foot-of-page matter to the notes and drops page furniture and blank lines at page edges. */
    static List<DocLine> pageFeet(List<DocLine> lines, List<DocLine> notes) {
        List<DocLine> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int end = i + 1;
            while (end < lines.size() && lines.get(end).page() == lines.get(i).page()) {
                end++;
            }
            page(lines.subList(i, end), out, notes);
            i = end;
        }
        return out;
    }

    private static void page(List<DocLine> page, List<DocLine> out, List<DocLine> notes) {
        int pageNumber = page.get(0).page();
        int top = 0;
        int bottom = page.size();
        if (pageNumber > 1) {
            while (top < bottom && (page.get(top).blank() || LineShapes.isRunningHeader(page.get(top).text())
                    || LineShapes.isPageNumber(page.get(top).text()))) {
                top++;
            }
        }
        for (int k = top; k < bottom; k++) {
            if (LineShapes.isJobNumber(page.get(k).text()) || LineShapes.isNoteSeparator(page.get(k).text())) {
                // Below the job number or a notes rule a page holds only its notes ("The resolutions ... will be contained in ...").
                page.subList(k + 1, bottom).stream().filter(l -> !l.blank()).forEach(notes::add);
                bottom = k;
                break;
            }
        }
        while (bottom > top && (page.get(bottom - 1).blank() || LineShapes.isPageNumber(page.get(bottom - 1).text())
                || LineShapes.isRunningHeader(page.get(bottom - 1).text()))) {
            bottom--;
        }
        boolean carryBreak = top > 0 && page.get(0).pageBreak();
        boolean inNote = false;
        for (int k = top; k < bottom; k++) {
            DocLine line = page.get(k);
            if (LineShapes.opensStarNote(line.text())) {
                inNote = true;
            } else if (line.blank()) {
                inNote = false;
            }
            if (inNote) {
                notes.add(line);
                continue;
            }
            if (carryBreak) {
                line = new DocLine(line.text(), line.refs(), line.page(), true, line.style());
                carryBreak = false;
            }
            out.add(line);
        }
    }

    /** Puts a blank line before a run of heading lines that follows a finished sentence and precedes a paragraph. */
    static List<DocLine> headingBreaks(List<DocLine> lines) {
        List<DocLine> out = new ArrayList<>(lines);
        List<Integer> breaks = new ArrayList<>();
        int expected = 1;
        for (int j = 0; j < lines.size(); j++) {
            int n = LineShapes.paragraphNumber(lines.get(j).text());
            if (n != expected) {
                continue;
            }
            expected = n + 1;
            int start = runStart(lines, j);
            if (start > 0 && !lines.get(start - 1).blank() && LineShapes.endsSentence(lines.get(start - 1).text())) {
                breaks.add(start);
            }
        }
        for (int k = breaks.size() - 1; k >= 0; k--) {
            DocLine at = out.get(breaks.get(k));
            out.add(breaks.get(k), DocLine.plain("", at.page(), false));
        }
        return out;
    }

    /** The first line of the heading lines right above line {@code j}, or -1 if there are none. */
    private static int runStart(List<DocLine> lines, int j) {
        int start = -1;
        int seen = 0;
        for (int k = j - 1; k >= 0 && seen < MAX_RUN; k--) {
            String text = lines.get(k).text();
            if (text.isEmpty()) {
                continue;
            }
            seen++;
            // a line that ends a sentence closes the paragraph above the headings; a heading never ends one
            if (LineShapes.isLabelOnly(text) || (!LineShapes.endsSentence(text)
                    && (LineShapes.isTitle(text) || LineShapes.startsLowerCase(text)))) {
                start = k;
                continue;
            }
            break;
        }
        // a title's wrapped lines start in lower case; the run itself must start with a label or a capital
        while (start >= 0 && start < j && (lines.get(start).blank() || LineShapes.startsLowerCase(lines.get(start).text()))) {
            start++;
        }
        return start >= 0 && start < j ? start : -1;
    }

    /** Joins the continuation of a short first line of paragraphs 1 to 9 (see the class comment). */
    static List<DocLine> joinShortFirstLines(List<DocLine> lines) {
        List<DocLine> out = new ArrayList<>();
        int expected = 1;
        for (int i = 0; i < lines.size(); i++) {
            DocLine line = lines.get(i);
            int n = LineShapes.paragraphNumber(line.text());
            if (n != expected) {
                out.add(line);
                continue;
            }
            expected = n + 1;
            String rest = line.text().substring(line.text().indexOf('.') + 1).strip();
            if (n > SMALL_NUMBERS || rest.isEmpty()) {
                out.add(line);
                continue;
            }
            List<RefText> parts = new ArrayList<>(List.of(line.refText()));
            int length = line.text().length();
            while (length <= LineShapes.TITLE_MAX && !LineShapes.endsSentence(parts.get(parts.size() - 1).text())
                    && i + 1 < lines.size() && continues(lines.get(i + 1).text(), expected)) {
                i++;
                parts.add(lines.get(i).refText());
                length += lines.get(i).text().length() + 1;
            }
            RefText joined = RefText.join(parts);
            out.add(new DocLine(joined.text(), joined.refs(), line.page(), line.pageBreak(), line.style()));
        }
        return out;
    }

    private static boolean continues(String next, int expectedParagraph) {
        return !next.isEmpty() && !next.matches("\\([a-z]\\)\\s.*") && LineShapes.paragraphNumber(next) != expectedParagraph;
    }
}
