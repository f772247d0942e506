package org.upright.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.upright.reference.ReferenceData;

/** Headings and paragraphs told apart, in plain text by their numbering and wording, in PDFs also by their print. */
class LayoutParserTest {
    private final LayoutParser parser = LayoutParser.using(ReferenceData.load().instruments());

    private static DocLine pdfLine(String text, boolean bold) {
        return new DocLine(text, List.of(), 1, false,
                new LineStyle(72, 700, 10, bold, false, List.of(new LineStyle.Segment(72, 500, text, List.of()))));
    }

    private static List<String> shape(Layout layout) {
        List<String> shape = new ArrayList<>();
        for (Layout.Block block : layout.blocks()) {
            switch (block) {
                case Layout.Heading h -> shape.add("H" + (h.number() == null ? "" : h.number()));
                case Layout.Paragraph p -> shape.add("P" + p.number());
                case Layout.Region r -> shape.add("R");
            }
        }
        return shape;
    }

    @Test
    void aNumberedLineThatCouldBeEitherIsAHeadingWhenBoldAndAParagraphWhenNot() {
        List<DocLine> lines = List.of(
                pdfLine("I. Introduction", true),
                pdfLine("1. The Committee considered the second periodic report of", false),
                pdfLine("Namibia at its 1500th and 1501st meetings.", false),
                pdfLine("II. Positive aspects", true),
                pdfLine("1. Legislation", true),
                pdfLine("2. The Committee welcomes the adoption of the Child Care and Protection", false),
                pdfLine("Act in 2015.", false),
                pdfLine("2. Policies", true),
                pdfLine("3. Institutional framework", true),
                pdfLine("3. The Committee notes the establishment of the Ombudsman", false),
                pdfLine("office in 2016.", false));
        assertThat(shape(parser.parse(lines, false)))
                .containsExactly("HI", "P1", "HII", "H1", "P2", "H2", "H3", "P3");
    }

    @Test
    void inPlainTextASentenceThatRunsOnIsAParagraphAndAShortTitleAHeading() {
        List<DocLine> lines = new ArrayList<>();
        for (String text : List.of("I. BACKGROUND", "1. Equality and non-discrimination", "1.",
                "In 2007, CRC noted progress.", "2. Right to life", "2. In 2008, CAT recommended",
                "that the State act.")) {
            lines.add(DocLine.plain(text, 1, false));
        }
        assertThat(shape(parser.parse(lines, true))).containsExactly("HI", "H1", "P1", "H2", "P2");
    }
}
