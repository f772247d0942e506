package org.upright.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.upright.ingest.Extractor;
import org.upright.ingest.store.DocumentStore;
import org.upright.ingest.store.ReferenceTables;
import org.upright.ingest.store.SourceFile;
import org.upright.reference.ReferenceData;
import org.upright.storage.Database;
import org.upright.storage.DatabaseConfig;

/**
 * Issue 8's round trip: the Kazakhstan compilation ingested, written as HTML, and that HTML extracted again gives
 * the gold's tables, footnote order, sections and paragraphs.
 */
class CompilationRoundTripTest {
    private static final Path SAMPLE = Path.of("samples/A_HRC_WG.6_7_KAZ_2.txt");
    private static final Path GOLD = Path.of("/work/shared/corpus/gold/A_HRC_WG.6_7_KAZ_2.gold.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path dir;
    private static Database database;
    private static JsonNode gold;
    private static JsonNode again;

    @BeforeAll
    static void writeAndReadAgain() throws IOException {
        dir = Files.createTempDirectory("round-trip");
        ReferenceData reference = ReferenceData.load();
        database = Database.open(DatabaseConfig.forDataDir(dir.resolve("data")));
        ReferenceTables.sync(database, reference);
        DocumentStore store = new DocumentStore(database);
        Extractor extractor = new Extractor(reference);
        store.store(new SourceFile(SAMPLE.getFileName().toString(), Files.readAllBytes(SAMPLE)),
                extractor.extract(SAMPLE).document());
        Path html = dir.resolve("kaz.html");
        new CompilationReports(store, reference).write(reference.countries().byAlpha3("KAZ").orElseThrow(), null,
                CompilationFormat.HTML, html);
        again = JSON.valueToTree(extractor.extract(html).document());
        gold = JSON.readTree(GOLD.toFile());
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void theHtmlIsReadAsTheSameCompilation() {
        assertThat(again.at("/document/symbol").asText()).isEqualTo("A/HRC/WG.6/7/KAZ/2");
        assertThat(again.at("/document/kind").asText()).isEqualTo("upr-compilation");
        assertThat(again.at("/document/country").asText()).isEqualTo("KAZ");
    }

    @Test
    void theRatificationsAreTheGolds() {
        assertThat(again.get("ratifications")).hasSize(gold.get("ratifications").size());
        for (int i = 0; i < gold.get("ratifications").size(); i++) {
            JsonNode g = gold.get("ratifications").get(i);
            JsonNode p = again.get("ratifications").get(i);
            assertThat(p.get("instrument").asText()).isEqualTo(g.get("instrument").asText());
            assertThat(p.path("date").asText()).isEqualTo(g.path("date").asText());
            assertThat(p.path("declarationsText").asText()).isEqualTo(g.path("declarationsText").asText());
            assertThat(competences(p)).isEqualTo(competences(g));
        }
    }

    private static List<String> competences(JsonNode ratification) {
        List<String> found = new ArrayList<>();
        ratification.path("competences").forEach(c -> found.add(c.get("procedure").asText() + " "
                + c.get("articles").asText() + " " + c.get("accepted").asBoolean()));
        return found;
    }

    @Test
    void theNotPartyListAndTheOtherInstrumentsAreTheGolds() {
        assertThat(fields(again.get("notParty"), "instrument", "signedOnly", "signatureYear"))
                .isEqualTo(fields(gold.get("notParty"), "instrument", "signedOnly", "signatureYear"));
        assertThat(fields(again.get("otherInstruments"), "instrument", "footnote", "party"))
                .isEqualTo(fields(gold.get("otherInstruments"), "instrument", "footnote", "party"));
    }

    @Test
    void theReportingTableIsTheGolds() {
        String[] cells = {"body", "latestReportSubmittedAndConsidered", "latestConcludingObservations",
            "followUpResponse", "status", "statusDate"};
        assertThat(fields(again.get("treatyBodyReporting"), cells))
                .isEqualTo(fields(gold.get("treatyBodyReporting"), cells));
    }

    @Test
    void theSpecialProceduresAreTheGolds() {
        JsonNode g = gold.get("specialProcedures");
        JsonNode p = again.get("specialProcedures");
        assertThat(p.get("standingInvitation").asBoolean()).isEqualTo(g.get("standingInvitation").asBoolean());
        assertThat(fields(p.get("visits"), "mandate", "start", "end", "footnote"))
                .isEqualTo(fields(g.get("visits"), "mandate", "start", "end", "footnote"));
        assertThat(fields(p.get("visitsAgreedInPrinciple"), "mandate", "date"))
                .isEqualTo(fields(g.get("visitsAgreedInPrinciple"), "mandate", "date"));
        assertThat(p.get("visitsRequested")).isEmpty();
        assertThat(p.at("/communications/sent").asInt()).isEqualTo(g.at("/communications/sent").asInt());
        assertThat(p.at("/communications/replied").asInt()).isEqualTo(g.at("/communications/replied").asInt());
        assertThat(p.at("/questionnaires/sent").asInt()).isEqualTo(g.at("/questionnaires/sent").asInt());
        assertThat(p.at("/questionnaires/answeredInTime").asInt())
                .isEqualTo(g.at("/questionnaires/answeredInTime").asInt());
        assertThat(p.get("footnotes")).isEqualTo(g.get("footnotes"));
    }

    @Test
    void everyFootnoteReferenceComesBackInTheGoldsReadingOrder() {
        assertThat(again.get("footnoteOrder")).isEqualTo(gold.get("footnoteOrder"));
    }

    @Test
    void theParagraphsComeBackAsTheGolds() {
        List<Integer> numbers = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        again.get("paragraphs").forEach(p -> {
            numbers.add(p.get("number").asInt());
            texts.add(p.get("text").asText());
        });
        GoldParagraphs.assertWrittenAsGold(gold, numbers, texts);
        for (JsonNode p : gold.get("paragraphs")) {
            JsonNode read = again.get("paragraphs").get(numbers.indexOf(p.get("number").asInt()));
            assertThat(read.get("sectionPath")).as("paragraph %s", p.get("number")).isEqualTo(p.get("sectionPath"));
        }
    }

    @Test
    void theNumberedSectionsAreTheGolds() {
        assertThat(headings(again.get("sections"), "")).containsAll(headings(gold.get("sections"), "").stream()
                .filter(h -> !h.contains("null")).toList());
    }

    private static List<String> headings(JsonNode sections, String parent) {
        List<String> found = new ArrayList<>();
        for (JsonNode s : sections) {
            String path = parent + "/" + s.get("number").asText();
            found.add(path + " " + s.get("title").asText() + " " + s.get("footnote").asText());
            found.addAll(headings(s.path("children"), path));
        }
        return found;
    }

    private static List<String> fields(JsonNode rows, String... names) {
        List<String> found = new ArrayList<>();
        for (JsonNode row : rows) {
            List<String> cells = new ArrayList<>();
            for (String name : names) {
                cells.add(row.path(name).isMissingNode() || row.path(name).isNull() ? "-" : row.get(name).asText());
            }
            found.add(String.join(" | ", cells));
        }
        return found;
    }
}
