package org.upright.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.upright.ingest.pdf.SyntheticPdf.Face;
import org.upright.ingest.text.DocLine;
import org.upright.ingest.text.FootnoteRef;
import org.upright.ingest.text.LineStyle;
import org.upright.ingest.text.ReadDocument;

/** How the reader turns positioned glyphs into lines, references, notes and pages (on PDFs written for the test). */
class PdfReaderTest {
    private static final float LEFT = 113.4f;

    private static ReadDocument read(SyntheticPdf pdf) {
        try (pdf) {
            return new PdfReader().read("test.pdf", pdf.bytes());
        }
    }

    private static DocLine line(ReadDocument document, String start) {
        return document.lines().stream().filter(l -> l.text().startsWith(start)).findFirst().orElseThrow(
                () -> new AssertionError("no line starting with " + start + " in " + document.text()));
    }

    @Test
    void superscriptNumberBecomesAReferenceAtItsOffset() {
        SyntheticPdf pdf = new SyntheticPdf().page();
        pdf.line(LEFT, 100, 10).text("the Convention on the Rights,").sup("7").text(" the Committee said");
        ReadDocument document = read(pdf);

        DocLine line = line(document, "the Convention");
        assertThat(line.text()).isEqualTo("the Convention on the Rights, the Committee said");
        assertThat(line.refs()).containsExactly(new FootnoteRef(7, "the Convention on the Rights,".length()));
        assertThat(document.referencesFound()).isTrue();
    }

    @Test
    void referenceAfterAnInstrumentNumberIsTakenOnlyFromTheSuperscript() {
        SyntheticPdf pdf = new SyntheticPdf().page();
        pdf.line(LEFT, 100, 10).text("ratify ICCPR-OP 2.").sup("12").text(" and 147 children in 2009-2012");
        DocLine line = line(read(pdf), "ratify");

        assertThat(line.text()).isEqualTo("ratify ICCPR-OP 2. and 147 children in 2009-2012");
        assertThat(line.refs()).containsExactly(new FootnoteRef(12, "ratify ICCPR-OP 2.".length()));
    }

    @Test
    void severalReferencesInOneSuperscriptRun() {
        SyntheticPdf pdf = new SyntheticPdf().page();
        pdf.line(LEFT, 100, 14).text("human rights mechanisms and bodies", Face.BOLD).sup("1, 2");
        DocLine line = line(read(pdf), "human rights");

        assertThat(line.text()).isEqualTo("human rights mechanisms and bodies");
        assertThat(line.refText().numbers()).containsExactly(1, 2);
        assertThat(line.refs()).allSatisfy(r -> assertThat(r.offset()).isEqualTo(line.text().length()));
        assertThat(line.style().bold()).isTrue();
        assertThat(line.style().fontSize()).isEqualTo(14f);
    }

    @Test
    void raisedTextThatIsNotANumberStaysText() {
        SyntheticPdf pdf = new SyntheticPdf().page();
        pdf.line(LEFT, 100, 10).text("the 20").sup("th").text(" session of the Review").sup("*");
        DocLine line = line(read(pdf), "the 20");

        assertThat(line.text()).isEqualTo("the 20th session of the Review*");
        assertThat(line.refs()).isEmpty();
    }

    @Test
    void paragraphNumberInTheMarginStartsTheLineAsItsOwnSegment() {
        SyntheticPdf pdf = new SyntheticPdf().page();
        pdf.line(LEFT, 100, 10).text("12.").at(141.7f).text("The Special Rapporteur on torture noted that");
        pdf.text(LEFT, 112, 10, "the practice continued.");
        ReadDocument document = read(pdf);

        DocLine line = line(document, "12.");
        assertThat(line.text()).isEqualTo("12. The Special Rapporteur on torture noted that");
        assertThat(line.style().segments()).extracting(LineStyle.Segment::text)
                .containsExactly("12.", "The Special Rapporteur on torture noted that");
        assertThat(line.style().segments().get(1).x()).isCloseTo(141.7f, org.assertj.core.data.Offset.offset(0.2f));
        assertThat(line.style().x()).isCloseTo(LEFT, org.assertj.core.data.Offset.offset(0.2f));
        assertThat(document.lines()).extracting(DocLine::text)
                .containsExactly("12. The Special Rapporteur on torture noted that", "the practice continued.");
    }

    @Test
    void justifiedSpacesDoNotSplitALineButTableColumnsDo() {
        SyntheticPdf pdf = new SyntheticPdf().page();
        // A justified line: every space stretched to more than three spaces.
        pdf.line(LEFT, 100, 10).text("comprehensive").skip(8.5f).text("anti-discrimination").skip(8.5f)
                .text("strategy,").skip(8.5f).text("in").skip(8.5f).text("consultation");
        pdf.line(LEFT, 120, 10).text("ICERD").at(200).text("26 Aug 1998").at(320).text("None");
        ReadDocument document = read(pdf);

        assertThat(line(document, "comprehensive").style().segments()).hasSize(1);
        assertThat(line(document, "comprehensive").text())
                .isEqualTo("comprehensive anti-discrimination strategy, in consultation");
        assertThat(line(document, "ICERD").style().segments()).extracting(LineStyle.Segment::text)
                .containsExactly("ICERD", "26 Aug 1998", "None");
    }

    @Test
    void landscapePageReadsUpright() {
        SyntheticPdf pdf = new SyntheticPdf().landscapePage();
        pdf.text(LEFT, 100, 10, "Recommendation");
        pdf.text(600, 100, 10, "Position");
        pdf.text(LEFT, 120, 10, "Ratify the Convention");
        pdf.text(600, 120, 10, "Supported");
        ReadDocument document = read(pdf);

        assertThat(document.lines()).extracting(DocLine::text)
                .containsExactly("Recommendation Position", "Ratify the Convention Supported");
        assertThat(document.lines().get(1).style().segments()).extracting(LineStyle.Segment::text)
                .containsExactly("Ratify the Convention", "Supported");
    }

    @Test
    void linesComeTopToBottomWhateverTheOrderTheyWereDrawnIn() {
        SyntheticPdf pdf = new SyntheticPdf().page();
        pdf.text(LEFT, 300, 10, "third");
        pdf.text(LEFT, 100, 10, "first");
        pdf.text(LEFT, 200, 10, "second");
        assertThat(read(pdf).lines()).extracting(DocLine::text).containsExactly("first", "second", "third");
    }

    @Test
    void pageFurnitureIsRemovedAndEachPageBeginsWithAPageBreak() {
        SyntheticPdf pdf = new SyntheticPdf();
        pdf.page();
        pdf.line(119.7f, 50, 14).text("United Nations").at(430).text("A/HRC/WG.6/34/SVN/2");
        pdf.text(56.7f, 200, 14, Face.BOLD, "Compilation on Slovenia");
        pdf.text(LEFT, 400, 10, "1. The present report was prepared pursuant to resolutions.");
        pdf.text(56.7f, 783, 9, "GE.19-14870(E)");
        pdf.text(56.7f, 800, 9, "*1914870*");
        pdf.text(440, 815, 7, "Please recycle");
        pdf.page();
        pdf.text(56.7f, 51, 9, Face.BOLD, "A/HRC/WG.6/34/SVN/2");
        pdf.text(LEFT, 80, 10, "2. Slovenia contributed to OHCHR.");
        pdf.text(56.7f, 811, 9, Face.BOLD, "2");
        pdf.page();
        pdf.text(486, 51, 9, Face.BOLD, "A/HRC/WG.6/34/SVN/2");
        pdf.text(LEFT, 80, 10, "3. The Committee recommended action.");
        pdf.text(520, 811, 9, Face.BOLD, "3");
        ReadDocument document = read(pdf);

        assertThat(document.pages()).isEqualTo(3);
        assertThat(document.lines()).extracting(DocLine::text).containsExactly(
                "United Nations", "A/HRC/WG.6/34/SVN/2", "Compilation on Slovenia",
                "1. The present report was prepared pursuant to resolutions.",
                "2. Slovenia contributed to OHCHR.", "3. The Committee recommended action.");
        assertThat(document.lines()).extracting(DocLine::page).containsExactly(1, 1, 1, 1, 2, 3);
        assertThat(document.lines()).extracting(DocLine::pageBreak)
                .containsExactly(true, false, false, false, true, true);
    }

    @Test
    void footnotesBelowTheSeparatorAreNotesAndANoteGoesOnOverThePage() {
        SyntheticPdf pdf = new SyntheticPdf();
        pdf.page();
        pdf.line(LEFT, 100, 10).text("CAT was concerned about torture.").sup("1")
                .text(" It recommended an inquiry.").sup("2");
        pdf.rule(56.7f, 700, 72);
        pdf.line(LEFT, 715, 9).sup("1").at(LEFT + 10).text("CAT/C/KAZ/CO/2, para. 5.");
        pdf.line(LEFT, 726, 9).sup("2").at(LEFT + 10).text("A note that is long enough to go on");
        pdf.text(56.7f, 811, 9, Face.BOLD, "1");
        pdf.page();
        pdf.text(LEFT, 80, 10, "The body goes on.");
        pdf.rule(56.7f, 700, 480);
        pdf.text(LEFT, 715, 9, "on the next page.");
        ReadDocument document = read(pdf);

        assertThat(document.lines()).extracting(DocLine::text).containsExactly(
                "CAT was concerned about torture. It recommended an inquiry.", "The body goes on.");
        assertThat(document.lines().get(0).refText().numbers()).containsExactly(1, 2);
        assertThat(document.notes()).extracting(DocLine::text).containsExactly(
                "1 CAT/C/KAZ/CO/2, para. 5.", "2 A note that is long enough to go on", "on the next page.");
        assertThat(document.notes()).extracting(DocLine::page).containsExactly(1, 1, 2);
        assertThat(document.notes()).allSatisfy(n -> assertThat(n.refs()).isEmpty());
    }

    @Test
    void aRuleAboveTextOfTheBodySizeIsNoFootnoteSeparator() {
        SyntheticPdf pdf = new SyntheticPdf().page();
        pdf.text(LEFT, 500, 10, "Text above a table.");
        pdf.rule(LEFT, 600, 300);
        pdf.line(LEFT, 615, 10).text("1").at(200).text("Ratified in 2009");
        ReadDocument document = read(pdf);

        assertThat(document.notes()).isEmpty();
        assertThat(document.lines()).extracting(DocLine::text).containsExactly("Text above a table.",
                "1 Ratified in 2009");
    }

    @Test
    void smallTextWithoutASeparatorStaysInTheBody() {
        SyntheticPdf pdf = new SyntheticPdf().page();
        pdf.text(LEFT, 500, 10, "The body.");
        pdf.text(LEFT, 715, 9, "1 Looks like a note but no rule separates it.");
        ReadDocument document = read(pdf);

        assertThat(document.notes()).isEmpty();
        assertThat(document.lines()).hasSize(2);
    }

    @Test
    void softHyphenInsideALineIsRemoved() {
        SyntheticPdf pdf = new SyntheticPdf().page();
        pdf.text(LEFT, 100, 10, "the effective imple\u00ADmen");
        pdf.line(LEFT, 112, 10).text("tation,").sup("4").text(" of the plan");
        List<DocLine> lines = read(pdf).lines();

        // The break after "implemen" is not marked as a hyphenation: the lines stay as printed.
        assertThat(lines).extracting(DocLine::text).containsExactly("the effective implemen", "tation, of the plan");
    }

    @Test
    void softHyphenBreakMovesTheRestOfTheWordUpWithItsReference() {
        SyntheticPdf pdf = new SyntheticPdf().page();
        pdf.text(LEFT, 100, 10, "the effective imple\u00AD");
        pdf.line(LEFT, 112, 10).text("mentation,").sup("4").text(" of the plan");
        List<DocLine> lines = read(pdf).lines();

        assertThat(lines).extracting(DocLine::text).containsExactly("the effective implementation,", "of the plan");
        assertThat(lines.get(0).refs()).containsExactly(new FootnoteRef(4, "the effective implementation,".length()));
        assertThat(lines.get(1).refs()).isEmpty();
    }

    @Test
    void hyphenAtALineEndIsJoinedOnlyWhereTheDocumentSpellsTheWordWhole() {
        SyntheticPdf pdf = new SyntheticPdf().page();
        pdf.text(LEFT, 100, 10, "it promotes the well-");
        pdf.text(LEFT, 112, 10, "being of children and their imple-");
        pdf.text(LEFT, 124, 10, "mentation of the plan;");
        pdf.text(LEFT, 136, 10, "the implementation was slow.");
        assertThat(read(pdf).lines()).extracting(DocLine::text).containsExactly("it promotes the well-",
                "being of children and their implementation", "of the plan;", "the implementation was slow.");
    }

    @Test
    void styleGivesPositionSizeAndFace() {
        SyntheticPdf pdf = new SyntheticPdf().page();
        pdf.text(56.7f, 200, 12, Face.BOLD, "A. Scope of international obligations");
        pdf.text(LEFT, 220, 10, Face.ITALIC, "Note by the Secretariat");
        ReadDocument document = read(pdf);

        LineStyle heading = line(document, "A. Scope").style();
        assertThat(heading.bold()).isTrue();
        assertThat(heading.italic()).isFalse();
        assertThat(heading.fontSize()).isEqualTo(12f);
        assertThat(heading.y()).isCloseTo(200f, org.assertj.core.data.Offset.offset(0.2f));
        assertThat(heading.x()).isCloseTo(56.7f, org.assertj.core.data.Offset.offset(0.2f));
        assertThat(line(document, "Note by").style().italic()).isTrue();
    }
}
