package org.upright.ingest.text;

import java.util.List;

/**
 * What a reader delivers for one file, whatever its format: the body's lines in reading order, the notes printed at
 * page bottoms (PDF footnotes; empty for plain text, whose notes stay in the body after a "Notes" heading), whether
 * the reader found footnote references itself (PDF superscripts) or they must be found in the text, and the number of
 * pages.
 */
public record ReadDocument(String name, List<DocLine> lines, List<DocLine> notes, boolean referencesFound,
                           int pages) {

    public ReadDocument {
        lines = List.copyOf(lines);
        notes = List.copyOf(notes);
    }

    /** The body's text, one line per line, for recognising the document. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (DocLine line : lines) {
            text.append(line.text()).append('\n');
        }
        return text.toString();
    }

    /** The text of the first page, where UN documents print their symbol and title. */
    public String firstPage() {
        StringBuilder text = new StringBuilder();
        for (DocLine line : lines) {
            if (line.page() > 1) {
                break;
            }
            text.append(line.text()).append('\n');
        }
        return text.toString();
    }
}
