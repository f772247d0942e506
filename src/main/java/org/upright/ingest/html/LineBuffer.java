package org.upright.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.upright.ingest.text.FootnoteRef;
import org.upright.ingest.text.RefText;

/**
 * Gathers the inline text of HTML into lines as a browser would show it: white space collapsed to single spaces,
 * none at a line's ends, footnote references kept at the offset where they stood; a line ends at every block
 * boundary and {@code <br>}.
 */
final class LineBuffer {
    /** A line and whether it was set as a heading (h1-h6). */
    record Piece(RefText text, boolean heading) {
    }

    private final List<Piece> lines = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final List<FootnoteRef> refs = new ArrayList<>();
    private boolean space;
    private int headingDepth;

    void append(String chunk) {
        for (int i = 0; i < chunk.length(); i++) {
            char c = chunk.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = !text.isEmpty();
            } else if (!Character.isISOControl(c)) {
                if (space) {
                    text.append(' ');
                    space = false;
                }
                text.append(c);
            }
        }
    }

    /** A reference at the current end of the line, before any space that follows it. */
    void reference(int number) {
        refs.add(new FootnoteRef(number, text.length()));
    }

    void enterHeading() {
        headingDepth++;
    }

    void leaveHeading() {
        headingDepth = Math.max(0, headingDepth - 1);
    }

    /** Ends the current line; a line with neither text nor references is dropped. */
    void flush() {
        if (!text.isEmpty() || !refs.isEmpty()) {
            lines.add(new Piece(new RefText(text.toString(), List.copyOf(refs)), headingDepth > 0));
        }
        text.setLength(0);
        refs.clear();
        space = false;
    }

    /** The lines so far, the current one ended; the buffer starts again empty. */
    List<Piece> take() {
        flush();
        List<Piece> taken = List.copyOf(lines);
        lines.clear();
        return taken;
    }
}
