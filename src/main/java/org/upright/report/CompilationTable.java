package org.upright.report;

import java.util.List;

/**
 * One table of a compilation as every writer lays it out: its name (the HTML class), an optional header row and the
 * rows; a cell holds lines, each with an optional footnote reference after its text.
 */
record CompilationTable(String name, List<Cell> head, List<List<Cell>> rows) {

    /** A cell; a header cell is a row title ({@code th}) when it stands in a body row. */
    record Cell(boolean header, List<Line> lines) {
        static Cell data(String text) {
            return new Cell(false, List.of(new Line(text, null)));
        }

        static Cell header(String text) {
            return new Cell(true, List.of(new Line(text, null)));
        }

        static Cell data(List<Line> lines) {
            return new Cell(false, lines);
        }
    }

    /** A line of text within a cell, followed by its footnote reference when it has one. */
    record Line(String text, Integer footnote) {
    }
}
