package org.upright.ingest.text;

import java.util.List;

/**
 * A line of a document as a reader delivers it, whatever the format: its clean text, the footnote references a
 * reader found in it (PDF superscripts; none for plain text, where they are found later from the text), the page it
 * stands on, whether a page began with it, and how it was printed where the format says ({@code style} is null for
 * plain text).
 */
public record DocLine(String text, List<FootnoteRef> refs, int page, boolean pageBreak, LineStyle style) {

    public DocLine {
        refs = List.copyOf(refs);
    }

    /** A plain-text line: no references known, no style. */
    public static DocLine plain(String text, int page, boolean pageBreak) {
        return new DocLine(text, List.of(), page, pageBreak, null);
    }

    /** The text with its references. */
    public RefText refText() {
        return new RefText(text, refs);
    }

    /** Whether the line holds nothing. */
    public boolean blank() {
        return text.isEmpty();
    }
}
