package org.upright.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.upright.ingest.text.DocLine;
import org.upright.ingest.text.Layout;
import org.upright.ingest.text.LayoutParser;
import org.upright.ingest.text.LineStyle;
import org.upright.ingest.text.ReadDocument;
import org.upright.reference.ReferenceData;

/** The reader on the UN's own PDFs in samples/. */
class PdfReaderSamplesTest {
    private static final Path SAMPLES = Path.of("samples");
    private static final Map<String, ReadDocument> READ = new HashMap<>();

    @BeforeAll
    static void readAll() throws IOException {
        PdfReader reader = new PdfReader();
        for (Path file : samples().toList()) {
            READ.put(file.getFileName().toString(), reader.read(file.getFileName().toString(), file));
        }
    }

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList().stream();
        }
    }

    private static ReadDocument read(String name) {
        return READ.get(name);
    }

    private static DocLine line(ReadDocument document, String start) {
        return document.lines().stream().filter(l -> l.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting with \"" + start + "\""));
    }

    private static List<Integer> references(List<DocLine> lines) {
        List<Integer> numbers = new ArrayList<>();
        lines.forEach(l -> numbers.addAll(l.refText().numbers()));
        return numbers;
    }

    @Test
    void compilationFirstPageGivesSymbolTitleHeadingAndFirstParagraph() {
        ReadDocument document = read("A_HRC_WG.6_34_SVN_2.pdf");
        List<String> firstPage = document.lines().stream().filter(l -> l.page() == 1).map(DocLine::text).toList();

        assertThat(firstPage).contains("A/HRC/WG.6/34/SVN/2", "Compilation on Slovenia", "I. Background");
        assertThat(firstPage.indexOf("A/HRC/WG.6/34/SVN/2")).isLessThan(firstPage.indexOf("Compilation on Slovenia"));
        DocLine first = line(document, "1. The present report");
        assertThat(first.text()).isEqualTo(
                "1. The present report was prepared pursuant to Human Rights Council resolutions 5/1");
        assertThat(first.style().segments()).extracting(LineStyle.Segment::text).first().isEqualTo("1.");
        DocLine bodies = line(document, "international human rights mechanisms and bodies");
        assertThat(bodies.text()).isEqualTo("international human rights mechanisms and bodies");
        assertThat(bodies.refText().numbers()).containsExactly(1, 2);
        assertThat(bodies.style().bold()).isTrue();
        assertThat(bodies.style().fontSize()).isEqualTo(14f);
    }

    @Test
    void referencesRiseOneByOneThroughTheCompilationAndMatchItsNotes() {
        ReadDocument document = read("A_HRC_WG.6_34_SVN_2.pdf");
        List<Integer> refs = references(document.lines());

        assertThat(refs).containsExactlyElementsOf(IntStream.rangeClosed(1, 144).boxed().toList());
        // The endnotes after the "Notes" heading stay in the body, numbered as text, with no references taken.
        int notes = document.lines().indexOf(line(document, "Notes"));
        List<DocLine> endnotes = document.lines().subList(notes + 1, document.lines().size());
        assertThat(endnotes.get(0).text()).startsWith("1 Tables containing information");
        assertThat(endnotes).anyMatch(l -> l.text().equals("144 CERD/C/SVN/CO/8-11, para. 13."));
        assertThat(references(endnotes)).isEmpty();
    }

    @Test
    void referencesRiseWithoutGapsInEveryDocumentThatHasThem() {
        Map<String, Integer> expected = Map.of("A_HRC_WG.6_34_SVN_1.pdf", 34, "A_HRC_WG.6_34_SVN_3.pdf", 144,
                "A_HRC_WG.6_7_SVN_1.pdf", 47, "A_HRC_WG.6_7_SVN_3.pdf", 75);
        expected.forEach((name, last) -> assertThat(references(read(name).lines())).as(name)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, last).boxed().toList()));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void noPageFurnitureIsLeftInTheBody(Path file) {
        ReadDocument document = read(file.getFileName().toString());
        String symbol = document.lines().stream().filter(l -> l.page() == 1).map(DocLine::text)
                .filter(Furniture::isSymbol).findFirst().orElseThrow();

        assertThat(document.lines()).noneMatch(l -> l.text().matches(".*GE\\.\\d\\d-\\d+.*"));
        assertThat(document.lines()).filteredOn(l -> l.page() > 1).noneMatch(l -> l.text().startsWith(symbol));
        assertThat(document.lines()).noneMatch(l -> l.text().matches("(?i)(page )?\\d{1,3}"));
        assertThat(document.lines().stream().filter(l -> l.page() == 1).map(DocLine::text))
                .containsOnlyOnce(symbol);
        assertThat(document.lines()).allMatch(l -> !l.text().isBlank() && l.text().equals(l.text().strip())
                && !l.text().contains("  ") && l.text().indexOf('\u00AD') < 0);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyPageBeginsWithAPageBreakAndLinesRunTopToBottom(Path file) {
        ReadDocument document = read(file.getFileName().toString());
        List<DocLine> lines = document.lines();

        assertThat(lines.get(0).pageBreak()).isTrue();
        for (int i = 1; i < lines.size(); i++) {
            DocLine before = lines.get(i - 1);
            DocLine line = lines.get(i);
            assertThat(line.pageBreak()).as(line.text()).isEqualTo(line.page() != before.page());
            if (line.page() == before.page()) {
                assertThat(line.style().y()).as(line.text()).isGreaterThanOrEqualTo(before.style().y());
            }
        }
        assertThat(lines.get(lines.size() - 1).page()).isLessThanOrEqualTo(document.pages());
    }

    @Test
    void workingGroupRecommendationsStartWithTheirNumber() {
        ReadDocument document = read("A_HRC_43_15.pdf");
        DocLine first = line(document, "121.1 ");

        assertThat(first.text())
                .isEqualTo("121.1 Ratify the International Convention for the Protection of All Persons");
        assertThat(first.style().segments()).extracting(LineStyle.Segment::text)
                .containsExactly("121.1", "Ratify the International Convention for the Protection of All Persons");
        assertThat(first.style().bold()).isTrue();
        assertThat(line(document, "122.7 ").text()).isEqualTo(
                "122.7 Ratify the 1961 Convention on the Reduction of Statelessness");
    }

    @Test
    void pageFootnotesOfAWorkingGroupReportComeAsNotesWithTheirNumbers() {
        ReadDocument document = read("A_HRC_14_10.pdf");

        assertThat(document.notes()).extracting(DocLine::text).contains(
                "* Previously issued under document symbol A/HRC/WG.6/7/L.9. The annex to the present report is",
                "circulated as received.");
        DocLine first = document.notes().stream().filter(n -> n.text().startsWith("1 ")).findFirst().orElseThrow();
        assertThat(first.text()).startsWith("1 Chile, Slovakia, Iraq, Italy");
        assertThat(first.page()).isEqualTo(6);
        assertThat(document.notes()).anyMatch(n -> n.text().startsWith("2 The original recommendation read")
                && n.page() == 17);
        assertThat(references(document.lines())).containsExactly(1, 2);
        assertThat(document.lines()).noneMatch(l -> l.text().startsWith("1 Chile"));
    }

    @Test
    void titlePageNoteOfTheNationalReportIsANoteAndItsMarkStaysOnTheTitle() {
        ReadDocument document = read("A_HRC_WG.6_34_SVN_1.pdf");

        assertThat(document.notes()).extracting(DocLine::text).containsExactly(
                "* The present document has been reproduced as received. Its content does not imply the expression of",
                "any opinion whatsoever on the part of the Secretariat of the United Nations.");
        assertThat(line(document, "the annex to Human Rights Council resolution").text())
                .isEqualTo("the annex to Human Rights Council resolution 16/21*");
    }

    @Test
    void boxedIntroductionIsBodyNotNotes() {
        ReadDocument document = read("A_HRC_WG.6_7_SVN_3.pdf");

        assertThat(line(document, "The present report is a summary of seven stakeholders").refText().numbers())
                .containsExactly(1);
        assertThat(document.notes()).extracting(DocLine::text).containsExactly(
                "* The present document was not edited before being sent to the United Nations translation services.");
    }

    @Test
    void layoutParserNumbersTheCompilationsParagraphsOneToN() {
        LayoutParser parser = LayoutParser.using(ReferenceData.load().instruments());
        Layout layout = parser.parse(read("A_HRC_WG.6_34_SVN_2.pdf"));
        List<Integer> paragraphs = layout.blocks().stream().filter(b -> b instanceof Layout.Paragraph)
                .map(b -> ((Layout.Paragraph) b).number()).toList();

        assertThat(paragraphs).containsExactlyElementsOf(IntStream.rangeClosed(1, 78).boxed().toList());
        assertThat(layout.footnoteOrder()).containsExactlyElementsOf(IntStream.rangeClosed(1, 144).boxed().toList());
        Layout.Paragraph first = (Layout.Paragraph) layout.blocks().stream()
                .filter(b -> b instanceof Layout.Paragraph).findFirst().orElseThrow();
        assertThat(first.text().text()).startsWith("The present report was prepared pursuant to Human Rights Council "
                + "resolutions 5/1 and 16/21, taking into consideration");
        assertThat(layout.endMatter()).anyMatch(l -> l.text().startsWith("144 "));
    }
}
