package org.upright.ingest.text;

import java.util.List;

/**
 * The structure of a document's body: headings, numbered paragraphs and the other lines between them (tables,
 * mostly), in reading order, with footnote references taken out; then the end matter (notes) as printed.
 */
public record Layout(List<Block> blocks, List<Integer> footnoteOrder, List<DocLine> endMatter,
                     boolean endsInsideSentence) {

    /** A part of the body. */
    public sealed interface Block permits Heading, Paragraph, Region {
    }

    /** How a heading is numbered: I., A., 1. or not at all. */
    public enum Level {
        ROMAN, LETTER, NUMBER, UNNUMBERED
    }

    /** A heading: its level, its number as printed (null when unnumbered) and its title. */
    public record Heading(Level level, String number, RefText title) implements Block {
    }

    /** A numbered paragraph with its lines joined, and the page it starts on. */
    public record Paragraph(int number, RefText text, int page) implements Block {
    }

    /**
     * Lines that are neither headings nor paragraphs, blank lines kept as empty texts (they separate cells), with the
     * lines as the reader gave them (for PDFs, with positions for rebuilding tables).
     */
    public record Region(List<RefText> lines, List<DocLine> source) implements Block {
    }
}
