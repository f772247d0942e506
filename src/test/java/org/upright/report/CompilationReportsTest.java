package org.upright.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.upright.common.BadInputException;
import org.upright.common.UsageException;
import org.upright.ingest.Extractor;
import org.upright.ingest.store.DocumentStore;
import org.upright.ingest.store.ReferenceTables;
import org.upright.ingest.store.SourceFile;
import org.upright.reference.ReferenceData;
import org.upright.storage.Database;
import org.upright.storage.DatabaseConfig;

/** The Kazakhstan compilation, ingested, written back as HTML and read with jsoup against the gold. */
class CompilationReportsTest {
    private static final Path SAMPLE = Path.of("samples/A_HRC_WG.6_7_KAZ_2.txt");
    private static final Path GOLD = Path.of("/work/shared/corpus/gold/A_HRC_WG.6_7_KAZ_2.gold.json");

    private static Path dir;
    private static Database database;
    private static ReferenceData reference;
    private static CompilationReports reports;
    private static Document html;
    private static JsonNode gold;
    private static List<org.upright.ingest.model.Endnote> storedEndnotes;

    @BeforeAll
    static void writeTheCompilation() throws IOException {
        dir = Files.createTempDirectory("compilation-report");
        reference = ReferenceData.load();
        database = Database.open(DatabaseConfig.forDataDir(dir.resolve("data")));
        ReferenceTables.sync(database, reference);
        DocumentStore store = new DocumentStore(database);
        long id = store.store(new SourceFile(SAMPLE.getFileName().toString(), Files.readAllBytes(SAMPLE)),
                new Extractor(reference).extract(SAMPLE).document()).documentId();
        storedEndnotes = store.load(id).endnotes();
        reports = new CompilationReports(store, reference);
        Path file = dir.resolve("kaz.html");
        reports.write(reference.countries().byAlpha3("KAZ").orElseThrow(), null, CompilationFormat.HTML, file);
        html = Jsoup.parse(file.toFile(), "UTF-8");
        gold = new ObjectMapper().readTree(GOLD.toFile());
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static List<String> rows(String tableClass) {
        List<String> rows = new ArrayList<>();
        for (Element row : html.select("table." + tableClass + " tbody tr")) {
            rows.add(String.join(" | ", row.select("td").eachText()));
        }
        return rows;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "-" : node.asText();
    }

    @Test
    void everyRowOfTheGoldRatificationTableIsATableRow() {
        List<String> rows = rows("ratifications");
        assertThat(rows).hasSize(gold.get("ratifications").size());
        for (JsonNode r : gold.get("ratifications")) {
            List<String> competences = new ArrayList<>();
            r.path("competences").forEach(c -> competences.add(c.get("text").asText()));
            String expected = text(r.get("instrument")) + " | " + text(r.get("dateText")) + " | "
                    + text(r.get("declarationsText")) + " | " + (competences.isEmpty() ? "-"
                    : String.join(" ", competences));
            assertThat(rows).contains(expected);
        }
    }

    @Test
    void everyRowOfTheGoldReportingTableIsATableRow() {
        List<String> rows = rows("reporting");
        assertThat(rows).hasSize(gold.get("treatyBodyReporting").size());
        for (JsonNode r : gold.get("treatyBodyReporting")) {
            String body = r.get("body").asText();
            assertThat(rows).anySatisfy(row -> assertThat(row).startsWith(body + " | ")
                    .contains(text(r.get("reportingStatusText"))));
        }
    }

    @Test
    void theOtherTablesHoldTheStatesNotPartyAndTheOtherInstruments() {
        assertThat(html.select("table.not-party td").eachText()).contains("CRPD", "ICRMW");
        assertThat(html.select("table.other-instruments tbody tr")).hasSize(gold.get("otherInstruments").size());
        assertThat(html.select("table.special-procedures").text()).contains("Standing invitation", "Yes");
    }

    @Test
    void theTitleBlockNamesTheSymbolTheSessionAndTheState() {
        assertThat(html.select("header").text()).contains("A/HRC/WG.6/7/KAZ/2", "session 7", "Kazakhstan");
        assertThat(html.title()).contains("Kazakhstan");
    }

    @Test
    void theParagraphsAreThereInOrderWithTheirTexts() {
        List<Element> paragraphs = html.select("p.para");
        List<Integer> numbers = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Element p : paragraphs) {
            Element copy = p.clone();
            copy.select("sup, span.number").remove();
            numbers.add(Integer.parseInt(p.id().substring("para-".length())));
            texts.add(copy.text());
        }
        GoldParagraphs.assertWrittenAsGold(gold, numbers, texts);
    }

    @Test
    void everyFootnoteLinkResolvesToAnEndnoteAndTheSourcesShowTheirSymbols() {
        List<Element> links = html.select("sup.ref a[href^=#fn-]");
        assertThat(links).isNotEmpty();
        for (Element link : links) {
            Element note = html.getElementById(link.attr("href").substring(1));
            assertThat(note).as(link.attr("href")).isNotNull();
            assertThat(note.parent().hasClass("endnotes")).isTrue();
        }
        // the plain-text sample carries few notes with symbols: each stored note shows exactly the symbols stored
        List<org.upright.ingest.model.Endnote> stored = storedEndnotes;
        assertThat(html.select("ol.endnotes li")).hasSize(stored.size());
        for (var note : stored) {
            assertThat(html.select("#fn-" + note.number() + " cite").eachText()).as("endnote " + note.number())
                    .containsExactlyElementsOf(note.symbols() == null ? List.of() : note.symbols());
        }
        assertThat(html.select("ol.endnotes cite")).isNotEmpty();
        for (JsonNode p : gold.get("paragraphs")) {
            List<String> expected = new ArrayList<>();
            p.path("footnotes").forEach(f -> expected.add(f.asText()));
            assertThat(html.select("#para-" + p.get("number").asInt() + " sup.ref").eachText())
                    .as("references of paragraph " + p.get("number")).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void theDocumentIsSelfContainedAndEscapesItsText() {
        assertThat(html.select("link, script, img, [src]")).isEmpty();
        assertThat(html.select("style")).hasSize(1);
        assertThat(CompilationMarkup.escape("<b>\"A&B\"</b>'")).isEqualTo(
                "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;&#39;");
    }

    @Test
    void aStateWithoutACompilationIsAnErrorAndNoFileIsWritten() {
        Path file = dir.resolve("nam.html");
        assertThatThrownBy(() -> reports.write(reference.countries().byAlpha3("NAM").orElseThrow(), null,
                CompilationFormat.HTML, file)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("no UPR compilation of Namibia");
        assertThat(file).doesNotExist();
    }

    @Test
    void aDayBeforeTheCompilationFindsNone() {
        assertThatThrownBy(() -> reports.write(reference.countries().byAlpha3("KAZ").orElseThrow(),
                LocalDate.of(2008, 1, 1), CompilationFormat.HTML, dir.resolve("early.html")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("on or before 2008-01-01");
        assertThat(dir.resolve("early.html")).doesNotExist();
    }

    @Test
    void aSectionWithoutANumberIsHeadedByItsTitleAlone() {
        assertThat(html.select("h2, h3, h4, h5, h6").eachText()).isNotEmpty()
                .noneMatch(heading -> heading.startsWith("null"));
        assertThat(html.select("h2, h3, h4, h5, h6").eachText()).contains("Specific recommendations for follow-up");
    }

    @Test
    void unknownFormatsListTheFormats() {
        assertThatThrownBy(() -> CompilationFormat.parse("odt")).isInstanceOf(UsageException.class)
                .hasMessageContaining("html, pdf or docx");
        assertThat(CompilationFormat.parse(" HTML ")).isEqualTo(CompilationFormat.HTML);
        assertThat(CompilationFormat.parse("Pdf")).isEqualTo(CompilationFormat.PDF);
        assertThat(CompilationFormat.parse("docx")).isEqualTo(CompilationFormat.DOCX);
    }
}
