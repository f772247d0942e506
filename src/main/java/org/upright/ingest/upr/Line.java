package org.upright.ingest.upr;

import java.util.List;

/**
 * A printed line of a UPR document without page furniture and footnotes, white space collapsed, with its page and
 * the pieces the page sets apart on it (table cells; empty when the reader tells none).
 */
record Line(String text, int page, List<String> cells) {

    Line {
        cells = List.copyOf(cells);
    }

    Line(String text, int page) {
        this(text, page, List.of());
    }

    boolean blank() {
        return text.isEmpty();
    }

    /** The same line with another text (cells kept). */
    Line withText(String other) {
        return new Line(other, page, cells);
    }

    /** This line with the next one after it, as one line. */
    Line append(Line next) {
        List<String> all = new java.util.ArrayList<>(cells);
        all.addAll(next.cells);
        return new Line(text + " " + next.text, page, all);
    }
}
