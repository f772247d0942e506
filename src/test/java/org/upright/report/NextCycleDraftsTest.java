package org.upright.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.upright.common.BadInputException;
import org.upright.ingest.Extractor;
import org.upright.ingest.store.DocumentStore;
import org.upright.ingest.store.ReferenceTables;
import org.upright.ingest.store.SourceFile;
import org.upright.obligation.ObligationService;
import org.upright.obligation.RatificationImport;
import org.upright.reference.Country;
import org.upright.reference.ReferenceData;
import org.upright.storage.Database;
import org.upright.storage.DatabaseConfig;

/** The next-cycle draft of Kazakhstan (from its compilation) and Paraguay (from CAT's concluding observations). */
class NextCycleDraftsTest {
    private static final Path COMPILATION = Path.of("samples/A_HRC_WG.6_7_KAZ_2.txt");
    private static final Path OBSERVATIONS = Path.of("src/test/resources/treaty/CAT_C_PRY_CO_2.txt");
    private static final LocalDate DAY = LocalDate.of(2025, 1, 1);

    private static Path dir;
    private static Database database;
    private static ReferenceData reference;
    private static NextCycleDrafts drafts;
    private static long compilationId;
    private static DocumentStore store;
    private static ObligationService obligations;

    @BeforeAll
    static void ingest() throws IOException {
        dir = Files.createTempDirectory("next-cycle-draft");
        reference = ReferenceData.load();
        database = Database.open(DatabaseConfig.forDataDir(dir.resolve("data")));
        ReferenceTables.sync(database, reference);
        store = new DocumentStore(database);
        Extractor extractor = new Extractor(reference);
        for (Path file : List.of(COMPILATION, OBSERVATIONS)) {
            long id = store.store(new SourceFile(file.getFileName().toString(), Files.readAllBytes(file)),
                    extractor.extract(file).document()).documentId();
            if (file == COMPILATION) {
                compilationId = id;
            }
        }
        RatificationImport datasets = new RatificationImport(database, reference);
        datasets.importDirectory(Path.of("src/test/resources/ratification"), "test dataset");
        Clock clock = Clock.fixed(DAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        obligations = new ObligationService(store, datasets, reference, clock);
        drafts = new NextCycleDrafts(store, reference, obligations);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static Country country(String iso3) {
        return reference.countries().byAlpha3(iso3).orElseThrow();
    }

    private static Document html(String iso3, LocalDate day, String name) throws IOException {
        Path file = dir.resolve(name);
        drafts.write(country(iso3), day, CompilationFormat.HTML, file);
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    @Test
    void concludingObservationsAreSaidInTheCompilationsVoiceWithTheStatesNameAndYear() throws IOException {
        List<String> sentences = html("PRY", DAY, "pry.html").select("span.statement").eachText();
        assertThat(sentences).isNotEmpty().allSatisfy(s -> assertThat(s).doesNotContain("State party"));
        assertThat(sentences).contains("In 2013, the Committee against Torture recommended that Paraguay take "
                + "effective measures to guarantee that all detained persons are afforded, in law and in practice, "
                + "all fundamental legal safeguards from the very outset of their deprivation of liberty.");
        assertThat(sentences).anySatisfy(s -> assertThat(s).startsWith(
                "In 2013, the Committee against Torture recommended that Paraguay bring the definition of torture"));
        assertThat(sentences).contains("In 2013, the Committee against Torture invited Paraguay to submit its next "
                + "report, which will be the third periodic report, by 22 November 2017.");
        assertThat(sentences).anySatisfy(s -> assertThat(s).startsWith(
                "In 2013, the Committee against Torture regretted that it was submitted four years late"));
    }

    @Test
    void everySentenceCitesItsSourceSymbolInItsEndnoteAndLinksToItsParagraph() throws IOException {
        Document html = html("KAZ", DAY, "kaz.html");
        List<Element> paragraphs = html.select("p.para");
        assertThat(paragraphs).isNotEmpty();
        for (Element p : paragraphs) {
            Element ref = p.selectFirst("sup.ref a");
            assertThat(ref).as(p.text()).isNotNull();
            Element note = html.getElementById(ref.attr("href").substring(1));
            assertThat(note.select("cite").eachText()).contains("A/HRC/WG.6/7/KAZ/2");
            Element source = p.selectFirst("a.source");
            assertThat(source.attr("href")).startsWith("/documents/" + compilationId + "#p");
            assertThat(source.text()).startsWith("[A/HRC/WG.6/7/KAZ/2, para. ");
        }
        assertThat(html.select("span.statement").eachText()).contains(
                "In 2007, CRC recommended that Kazakhstan take prompt measures to fully bring the juvenile justice "
                        + "system into line with the Convention.");
        assertThat(html.select("header h1").text()).isEqualTo(
                "Compilation on Kazakhstan \u2014 draft for the next review, as of 2025-01-01");
        assertThat(html.select("header .machine").text()).contains("Machine draft");
        assertThat(html.select("link, script, img, [src]")).isEmpty();
    }

    @Test
    void aTortureConcernGoesUnderTheTortureThemeAndWhatNoRulePlacesUnderOtherIssues() {
        NextCycleDraft draft = drafts.draft(country("PRY"), DAY);
        assertThat(draft.sentences()).anySatisfy(s -> {
            assertThat(s.text()).contains("was concerned that the definition of torture");
            assertThat(s.theme().title()).contains("freedom from torture");
        });
        KeywordDraftThemes rules = KeywordDraftThemes.load();
        assertThat(rules.themeOf(new DraftStatement("The Committee is concerned about the lack of zebras.",
                "concern", List.of("CAT"), "concluding-observations", "Quaggas"))).isEqualTo(DraftTheme.OTHER);
        assertThat(rules.themeOf(new DraftStatement("The Committee is concerned about the lack of zebras.",
                "concern", List.of("CAT"), "concluding-observations", "Torture and ill-treatment")).title())
                .contains("freedom from torture");
        // the seam a classifier plugs into: whatever it answers is where the sentence goes
        NextCycleDrafts unplaced = new NextCycleDrafts(store, reference, obligations, s -> DraftTheme.OTHER);
        assertThat(unplaced.draft(country("PRY"), DAY).sentences()).isNotEmpty()
                .allSatisfy(s -> assertThat(s.theme()).isEqualTo(DraftTheme.OTHER));
    }

    @Test
    void theSameDataGivesTheSameBytes() throws IOException {
        for (CompilationFormat format : List.of(CompilationFormat.HTML, CompilationFormat.DOCX)) {
            Path a = dir.resolve("a." + format);
            Path b = dir.resolve("b." + format);
            drafts.write(country("KAZ"), DAY, format, a);
            drafts.write(country("KAZ"), DAY, format, b);
            assertThat(Files.readAllBytes(a)).as(format.name()).isEqualTo(Files.readAllBytes(b));
        }
    }

    @Test
    void theTablesAreThoseOfTheDay() throws IOException {
        List<String> before = html("KAZ", LocalDate.of(2014, 1, 1), "before.html")
                .select("table.ratifications tbody tr td:first-child").eachText();
        List<String> after = html("KAZ", LocalDate.of(2016, 1, 1), "after.html")
                .select("table.ratifications tbody tr td:first-child").eachText();
        assertThat(before).doesNotContain("CRPD");
        assertThat(after).contains("CRPD");
    }

    @Test
    void thePdfHoldsASentenceAndATableRow() throws IOException {
        Path file = dir.resolve("kaz.pdf");
        drafts.write(country("KAZ"), DAY, CompilationFormat.PDF, file);
        try (var pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("In 2007, CRC recommended that Kazakhstan take prompt measures");
            assertThat(text).contains("CRPD").contains("Compilation on Kazakhstan");
        }
    }

    @Test
    void theDocxHasAFootnotePerSentence() throws IOException {
        Path file = dir.resolve("pry.docx");
        NextCycleDrafts.Written written = drafts.write(country("PRY"), DAY, CompilationFormat.DOCX, file);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            assertThat(docx.getFootnotes()).hasSizeGreaterThanOrEqualTo(written.sentences());
            assertThat(docx.getFootnotes()).anySatisfy(f -> assertThat(f.getParagraphs().getFirst().getText())
                    .contains("CAT/C/PRY/CO/2, para. 6"));
            assertThat(docx.getParagraphs()).anySatisfy(p -> assertThat(p.getText())
                    .contains("recommended that Paraguay").contains("[CAT/C/PRY/CO/2, para. "));
        }
    }

    @Test
    void aStateWithNothingIsAnErrorAndNoFileIsWritten() {
        Path file = dir.resolve("nam.html");
        assertThatThrownBy(() -> drafts.write(country("NAM"), DAY, CompilationFormat.HTML, file))
                .isInstanceOf(BadInputException.class).hasMessageContaining("Namibia");
        assertThat(file).doesNotExist();
        assertThatThrownBy(() -> drafts.write(country("KAZ"), LocalDate.of(2005, 1, 1), CompilationFormat.HTML,
                dir.resolve("early.html"))).isInstanceOf(BadInputException.class);
    }
}
