package org.upright.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.upright.ingest.Extractor;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.ingest.model.Paragraph;
import org.upright.ingest.model.Ratification;
import org.upright.ingest.store.DocumentStore;
import org.upright.ingest.store.ReferenceTables;
import org.upright.ingest.store.SourceFile;
import org.upright.reference.ReferenceData;
import org.upright.storage.Database;
import org.upright.storage.DatabaseConfig;

/** The Kazakhstan compilation, ingested, written as PDF and read back with PDFBox. */
class CompilationPdfTest {
    private static final Path SAMPLE = Path.of("samples/A_HRC_WG.6_7_KAZ_2.txt");
    private static final String SYMBOL = "A/HRC/WG.6/7/KAZ/2";

    private static Path dir;
    private static Database database;
    private static ExtractedDocument stored;
    private static Path pdf;
    private static int pages;
    private static List<String> pageTexts;
    private static String text;

    @BeforeAll
    static void writeTheCompilationAsPdf() throws IOException {
        dir = Files.createTempDirectory("compilation-pdf");
        ReferenceData reference = ReferenceData.load();
        database = Database.open(DatabaseConfig.forDataDir(dir.resolve("data")));
        ReferenceTables.sync(database, reference);
        DocumentStore store = new DocumentStore(database);
        long id = store.store(new SourceFile(SAMPLE.getFileName().toString(), Files.readAllBytes(SAMPLE)),
                new Extractor(reference).extract(SAMPLE).document()).documentId();
        stored = store.load(id);
        pdf = dir.resolve("kaz.pdf");
        new CompilationReports(store, reference)
                .write(reference.countries().byAlpha3("KAZ").orElseThrow(), null, CompilationFormat.PDF, pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            pages = document.getNumberOfPages();
            PDFTextStripper stripper = new PDFTextStripper();
            pageTexts = new java.util.ArrayList<>();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pageTexts.add(stripper.getText(document));
            }
        }
        text = normalise(String.join("\n", pageTexts));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static String normalise(String s) {
        return s.replaceAll("\\s+", " ");
    }

    private static String openingWords(String s, int words) {
        String[] split = normalise(s).strip().split(" ");
        return String.join(" ", List.of(split).subList(0, Math.min(words, split.length)));
    }

    @Test
    void lettersBeyondWesternEuropeAreDrawnNotReplaced() throws IOException {
        // other States' compilations name people, places and laws in Cyrillic, Turkish, Baltic or Vietnamese letters
        String words = "Қазақстан Республикасы · Şırnak · Latvijā · Việt Nam · Łódź";
        byte[] pdf = CompilationPdf.render("<html><head><title>t</title></head><body><p class=\"para\">" + words
                + "</p></body></html>", "A/HRC/WG.6/99/XXX/2");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Қазақстан Республикасы", "Şırnak", "Latvijā", "Việt Nam", "Łódź")
                    .doesNotContain("#");
        }
    }

    @Test
    void theCompilationRunsOverSeveralA4Pages() throws IOException {
        assertThat(pages).isGreaterThan(1);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            var box = document.getPage(0).getMediaBox();
            // A4 is 595 x 842 points
            assertThat(Math.round(box.getWidth())).isEqualTo(595);
            assertThat(Math.round(box.getHeight())).isEqualTo(842);
        }
    }

    @Test
    void everyPageCarriesTheSymbolAndItsNumber() {
        for (int page = 1; page <= pages; page++) {
            assertThat(pageTexts.get(page - 1)).as("page " + page)
                    .contains(SYMBOL).contains(page + " / " + pages);
        }
    }

    @Test
    void theRatificationTableNamesEveryInstrument() {
        assertThat(stored.ratifications()).isNotEmpty();
        for (Ratification ratification : stored.ratifications()) {
            assertThat(text).contains(openingWords(ratification.instrument(), 3));
        }
    }

    @Test
    void theRatificationTableIsNotSplitAcrossPages() {
        List<String> instruments = stored.ratifications().stream().map(r -> openingWords(r.instrument(), 3)).toList();
        String first = instruments.get(0);
        String page = pageTexts.stream().map(CompilationPdfTest::normalise).filter(t -> t.contains(first))
                .findFirst().orElseThrow();
        assertThat(page).contains(instruments);
    }

    @Test
    void theParagraphsAreThere() {
        List<Paragraph> paragraphs = stored.paragraphs();
        assertThat(paragraphs).hasSizeGreaterThan(10);
        for (Paragraph paragraph : List.of(paragraphs.get(0), paragraphs.get(paragraphs.size() / 2),
                paragraphs.get(paragraphs.size() - 1))) {
            assertThat(text).contains(openingWords(paragraph.text(), 6));
        }
    }

    @Test
    void theBuiltInFontHasAGlyphForEveryCharacterOfTheSample() {
        // openhtmltopdf draws '#' for a character its font lacks; the sample itself has none
        assertThat(text).doesNotContain("#");
        assertThat(text).contains("’", "“");
    }

    @Test
    void theEndnotesShowTheirSymbols() {
        var cited = stored.endnotes().stream().flatMap(e -> e.symbols().stream()).limit(5).toList();
        assertThat(cited).isNotEmpty();
        assertThat(text).contains(cited);
    }

    @Test
    void theFirstPageRendersWithInk() throws IOException {
        BufferedImage image;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            image = new PDFRenderer(document).renderImageWithDPI(0, 60);
        }
        Path png = Path.of("target", "compilation-page-1.png");
        Files.createDirectories(png.getParent());
        ImageIO.write(image, "png", png.toFile());
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xff) < 128) {
                    dark++;
                }
            }
        }
        assertThat(dark).isGreaterThan(1000);
    }
}
