package org.upright.ingest.generic;

import org.upright.ingest.text.NoteReader;
import org.upright.ingest.text.Outline;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.upright.ingest.model.Endnote;
import org.upright.ingest.model.Section;
import org.upright.ingest.text.DocLine;
import org.upright.ingest.text.Layout;
import org.upright.ingest.text.ReadDocument;
import org.upright.ingest.text.TextDecoder;
import org.upright.reference.ReferenceData;

/** Headings, paragraphs and notes of UN documents printed as a PDF reader or pdftotext gives their lines. */
class LayoutsTest {
    private static Layouts layouts;
    private static ReferenceData reference;

    @BeforeAll
    static void load() {
        reference = ReferenceData.load();
        layouts = new Layouts(reference);
    }

    private static Layout parse(String text) {
        List<DocLine> lines = TextDecoder.lines("test.txt", text.getBytes(StandardCharsets.UTF_8));
        return layouts.parse(new ReadDocument("test.txt", lines, List.of(), false, lines.get(lines.size() - 1).page()));
    }

    private static List<String> outline(Layout layout) {
        return layout.blocks().stream().map(b -> switch (b) {
            case Layout.Heading h -> h.level() + " " + (h.number() == null ? "" : h.number() + ". ") + h.title().text();
            case Layout.Paragraph p -> "P" + p.number();
            case Layout.Region r -> "R";
        }).toList();
    }

    private static String paragraph(Layout layout, int number) {
        return layout.blocks().stream().filter(b -> b instanceof Layout.Paragraph p && p.number() == number)
                .map(b -> ((Layout.Paragraph) b).text().text()).findFirst().orElseThrow();
    }

    @Test
    void lettersWithoutRomanNumeralsAndThematicHeadingsAfterAParagraphAreHeadings() {
        Layout layout = parse("""
                Committee against Torture
                Concluding observations on the second periodic report of X
                A. Introduction
                1. The Committee welcomes the report.
                B. Principal subjects of concern and recommendations
                Definition of torture
                2. The Committee is concerned that the definition
                is incomplete.
                Conditions of detention
                3. The Committee regrets the overcrowding.
                """);
        assertThat(outline(layout)).containsExactly("R", "LETTER A. Introduction", "P1",
                "LETTER B. Principal subjects of concern and recommendations", "UNNUMBERED Definition of torture", "P2",
                "UNNUMBERED Conditions of detention", "P3");
        assertThat(paragraph(layout, 2)).isEqualTo("The Committee is concerned that the definition is incomplete.");
    }

    @Test
    void aLabelPrintedApartFromItsTitleStillNumbersTheHeading() {
        Layout layout = parse("""
                United Nations
                Title page
                1.
                The Committee considered the report.

                A.

                Introduction

                2.
                The Committee welcomes the report.
                C.

                Implementation of international human rights obligations, taking into
                account applicable international humanitarian law

                1.

                Cross-cutting issues
                Equality and non-discrimination
                3.
                JS1 noted the law.
                """);
        assertThat(outline(layout)).containsExactly("R", "P1", "LETTER A. Introduction", "P2",
                "LETTER C. Implementation of international human rights obligations, taking into account applicable "
                        + "international humanitarian law",
                "NUMBER 1. Cross-cutting issues", "UNNUMBERED Equality and non-discrimination", "P3");
    }

    @Test
    void theLetterAfterHIsAnIAndARomanOneOpensADocument() {
        Layout layout = parse("""
                I. Introduction
                1. The Committee considered the report.
                H. Follow-up to the concluding observations
                2. The Committee requests information.
                I. Preparation of the next report
                3. The Committee requests the next report.
                """);
        assertThat(outline(layout)).containsExactly("ROMAN I. Introduction", "P1",
                "LETTER H. Follow-up to the concluding observations", "P2", "LETTER I. Preparation of the next report",
                "P3");
    }

    @Test
    void aParagraphsShortFirstLineUnderARomanHeadingIsNotASubHeading() {
        Layout layout = parse("""
                I. Introduction
                1. The Committee considered the combined reports of X
                (CRC/C/X/3-4) at its 1710th meeting, held on 30 May 2012.
                2. The Committee welcomes the submission of the reports and the written replies
                (CRC/C/X/Q/3-4/Add.1), which allowed for a better understanding.
                II. Main areas of concern
                3. The Committee is concerned about disparities.
                """);
        assertThat(outline(layout)).containsExactly("ROMAN I. Introduction", "P1", "P2",
                "ROMAN II. Main areas of concern", "P3");
        assertThat(paragraph(layout, 2)).endsWith("(CRC/C/X/Q/3-4/Add.1), which allowed for a better understanding.");
        assertThat(layout.footnoteOrder()).isEmpty();
    }

    @Test
    void whatAPageFootHoldsGoesToTheNotesAndThePageBreakKeepsTheParagraph() {
        Layout layout = parse("""
                United Nations
                Title page
                1.
                The Committee is concerned about:
                (a)
                The lack of shelters;

                * Adopted by the Committee at its fifty-first session (28 October–22 November 2013).

                GE.13-49837
                \fCAT/C/PRY/CO/2

                (b)
                The lack of data.

                2

                \fCAT/C/PRY/CO/2
                2.
                The State party should act.
                """);
        assertThat(outline(layout)).containsExactly("R", "P1", "P2");
        assertThat(paragraph(layout, 1)).isEqualTo("The Committee is concerned about: (a) The lack of shelters; (b) The lack of data.");
        assertThat(layout.endMatter()).extracting(DocLine::text)
                .containsExactly("* Adopted by the Committee at its fifty-first session (28 October–22 November 2013).");
    }

    @Test
    void theOutlineNestsThematicHeadingsUnderTheirLetterAndGivesParagraphsTheirPath() {
        Layout layout = parse("""
                I. Introduction
                1. The Committee considered the report.
                II. Concerns
                A. General measures
                Legislation
                2. The Committee is concerned about the law.
                B. Principles
                3. The Committee notes the principles.
                """);
        Outline outline = new Outline();
        List<List<String>> paths = new java.util.ArrayList<>();
        for (Layout.Block block : layout.blocks()) {
            if (block instanceof Layout.Heading h) {
                outline.add(h);
            } else if (block instanceof Layout.Paragraph) {
                paths.add(outline.path());
            }
        }
        assertThat(paths).containsExactly(List.of("I"), List.of("II", "A"), List.of("II", "B"));
        List<Section> sections = outline.sections();
        assertThat(sections).extracting(Section::number).containsExactly("I", "II");
        assertThat(sections.get(1).children().get(0).children()).extracting(Section::title).containsExactly("Legislation");
    }

    @Test
    void notesAreNumberedUpwardWithTheirSymbolsAndMechanisms() {
        List<DocLine> lines = TextDecoder.lines("notes.txt", """
                1
                The stakeholders listed below have contributed information.
                2 CAT/C/PRY/CO/2, para. 12.
                4 E/C.12/BOL/CO/3, paras. 7 and 9.
                5
                See the report of the Special Rapporteur on the right to food.
                """.getBytes(StandardCharsets.UTF_8));
        List<Endnote> notes = new NoteReader(reference.mechanisms()).read(lines);
        assertThat(notes).extracting(Endnote::number).containsExactly(1, 2, 4, 5);
        assertThat(notes.get(1).symbols()).containsExactly("CAT/C/PRY/CO/2");
        assertThat(notes.get(1).mechanisms()).containsExactly("CAT");
        assertThat(notes.get(2).paras()).containsExactly("7", "9");
        assertThat(notes.get(3).mechanisms()).containsExactly("SR-food");
    }
}
