package org.upright.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;
import org.upright.common.BadInputException;
import org.upright.ingest.Extractor;
import org.upright.ingest.model.Endnote;
import org.upright.ingest.model.Section;
import org.upright.ingest.store.DocumentStore;
import org.upright.ingest.store.ReferenceTables;
import org.upright.ingest.store.SourceFile;
import org.upright.reference.ReferenceData;
import org.upright.storage.Database;
import org.upright.storage.DatabaseConfig;

/** The Kazakhstan compilation, ingested, written as DOCX and opened again with POI against the gold. */
class CompilationDocxTest {
    private static final Path SAMPLE = Path.of("samples/A_HRC_WG.6_7_KAZ_2.txt");
    private static final Path GOLD = Path.of("/work/shared/corpus/gold/A_HRC_WG.6_7_KAZ_2.gold.json");

    private static Path dir;
    private static Database database;
    private static ReferenceData reference;
    private static CompilationReports reports;
    private static XWPFDocument docx;
    private static JsonNode gold;
    private static List<Section> storedSections;
    private static List<Endnote> storedEndnotes;

    @BeforeAll
    static void writeTheCompilation() throws IOException {
        dir = Files.createTempDirectory("compilation-docx");
        reference = ReferenceData.load();
        database = Database.open(DatabaseConfig.forDataDir(dir.resolve("data")));
        ReferenceTables.sync(database, reference);
        DocumentStore store = new DocumentStore(database);
        long id = store.store(new SourceFile(SAMPLE.getFileName().toString(), Files.readAllBytes(SAMPLE)),
                new Extractor(reference).extract(SAMPLE).document()).documentId();
        storedSections = store.load(id).sections();
        storedEndnotes = store.load(id).endnotes();
        reports = new CompilationReports(store, reference);
        Path file = dir.resolve("kaz.docx");
        reports.write(reference.countries().byAlpha3("KAZ").orElseThrow(), null, CompilationFormat.DOCX, file);
        try (InputStream in = Files.newInputStream(file)) {
            docx = new XWPFDocument(in);
        }
        gold = new ObjectMapper().readTree(GOLD.toFile());
    }

    @AfterAll
    static void close() throws IOException {
        docx.close();
        database.close();
    }

    private static boolean superscript(XWPFRun run) {
        return run.getVerticalAlignment() != null
                && run.getVerticalAlignment().toString().equals("superscript");
    }

    /** The paragraph's text without its references (the superscript runs). */
    private static String plain(XWPFParagraph paragraph) {
        StringBuilder text = new StringBuilder();
        for (XWPFRun run : paragraph.getRuns()) {
            if (!superscript(run)) {
                text.append(run.text());
            }
        }
        return text.toString();
    }

    private static List<String> references(XWPFParagraph paragraph) {
        return paragraph.getRuns().stream().filter(CompilationDocxTest::superscript).map(CompilationDocxTest::mark)
                .toList();
    }

    /** The run's own text: POI's {@code text()} also names the footnote reference, "[footnoteRef:id]". */
    private static String mark(XWPFRun run) {
        StringBuilder text = new StringBuilder();
        run.getCTR().getTList().forEach(t -> text.append(t.getStringValue()));
        return text.toString();
    }

    private static List<XWPFParagraph> numbered() {
        return docx.getParagraphs().stream().filter(p -> plain(p).matches("\\d+\\.\\t.*")).toList();
    }

    private static void flatten(List<Section> sections, List<String> into) {
        for (Section s : sections == null ? List.<Section>of() : sections) {
            into.add(s.number() == null ? s.title() : s.number() + ". " + s.title());
            flatten(s.children(), into);
        }
    }

    @Test
    void theSectionsAreHeadingsInOrderWithTheirNumbers() {
        List<String> expected = new ArrayList<>();
        flatten(storedSections, expected);
        List<String> headings = docx.getParagraphs().stream()
                .filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading")).map(CompilationDocxTest::plain)
                .toList();
        assertThat(headings).containsExactlyElementsOf(expected);
        assertThat(docx.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))).hasSize(
                gold.get("sections").size());
        assertThat(docx.getStyles().styleExist("Heading2")).isTrue();
        assertThat(docx.getParagraphs().stream().filter(p -> "Title".equals(p.getStyle())).map(XWPFParagraph::getText))
                .singleElement().asString().contains("Kazakhstan");
        assertThat(docx.getParagraphs().get(0).getText()).isEqualTo("A/HRC/WG.6/7/KAZ/2");
    }

    @Test
    void theRatificationTableHasAHeaderRowAndTheGoldsRows() {
        XWPFTable table = docx.getTables().stream()
                .filter(t -> t.getRow(0).getCell(0).getText().equals("Core universal human rights treaties"))
                .findFirst().orElseThrow();
        assertThat(table.getRow(0).isRepeatHeader()).isTrue();
        List<String> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows().subList(1, table.getRows().size())) {
            rows.add(String.join(" | ", row.getTableCells().stream().map(XWPFTableCell::getText)
                    .map(t -> t.replaceAll("\\s+", " ").strip()).toList()));
        }
        List<String> expected = new ArrayList<>();
        for (JsonNode r : gold.get("ratifications")) {
            List<String> competences = new ArrayList<>();
            r.path("competences").forEach(c -> competences.add(c.get("text").asText()));
            expected.add(text(r.get("instrument")) + " | " + text(r.get("dateText")) + " | "
                    + text(r.get("declarationsText")) + " | " + (competences.isEmpty() ? "-"
                    : String.join(" ", competences)));
        }
        assertThat(rows).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(docx.getTables().stream().map(t -> t.getRow(0).getCell(0).getText())).contains(
                "Treaty body", "Other main relevant international instruments", "Standing invitation");
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "-" : node.asText();
    }

    @Test
    void theParagraphsAreThereInOrderWithTheirTexts() {
        List<Integer> numbers = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (XWPFParagraph p : numbered()) {
            String[] parts = plain(p).split("\\.\\t", 2);
            numbers.add(Integer.parseInt(parts[0]));
            texts.add(parts[1]);
        }
        GoldParagraphs.assertWrittenAsGold(gold, numbers, texts);
    }

    @Test
    void everyParagraphCarriesTheGoldsReferences() {
        List<XWPFParagraph> paragraphs = numbered();
        for (JsonNode p : gold.get("paragraphs")) {
            List<String> expected = new ArrayList<>();
            p.path("footnotes").forEach(f -> expected.add(f.asText()));
            XWPFParagraph written = paragraphs.stream()
                    .filter(w -> plain(w).startsWith(p.get("number").asInt() + ".\t")).findFirst().orElseThrow();
            assertThat(references(written)).as("references of paragraph " + p.get("number"))
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void everyFootnoteReferenceResolvesToAFootnoteWithTheStoredTextAndSymbols() {
        List<XWPFParagraph> all = new ArrayList<>(docx.getParagraphs());
        docx.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells()
                .forEach(c -> all.addAll(c.getParagraphs()))));
        int resolved = 0;
        for (XWPFParagraph paragraph : all) {
            for (XWPFRun run : paragraph.getRuns()) {
                for (CTFtnEdnRef ref : run.getCTR().getFootnoteReferenceList()) {
                    XWPFFootnote footnote = docx.getFootnoteByID(ref.getId().intValue());
                    assertThat(footnote).as("footnote " + ref.getId()).isNotNull();
                    Endnote note = storedEndnotes.stream()
                            .filter(n -> String.valueOf(n.number()).equals(mark(run))).findFirst()
                            .orElseThrow(() -> new AssertionError("no note for " + mark(run)));
                    String text = footnote.getParagraphs().get(0).getText();
                    assertThat(text).startsWith(note.number() + " ").contains(note.text());
                    for (String symbol : note.symbols() == null ? List.<String>of() : note.symbols()) {
                        assertThat(text).contains(symbol);
                    }
                    resolved++;
                }
            }
        }
        assertThat(resolved).isEqualTo(docx.getFootnotes().size()).isPositive();
        List<String> symbols = storedEndnotes.stream().flatMap(n -> n.symbols() == null ? java.util.stream.Stream.of()
                : n.symbols().stream()).toList();
        assertThat(docx.getFootnotes().stream().map(f -> f.getParagraphs().get(0).getText()))
                .anySatisfy(text -> assertThat(symbols).anySatisfy(symbol -> assertThat(text).contains(symbol)));
    }

    @Test
    void aReferenceWhoseNoteIsNotStoredStaysAPlainSuperscript() {
        List<Integer> stored = storedEndnotes.stream().map(Endnote::number).toList();
        List<XWPFRun> plainReferences = numbered().stream().flatMap(p -> p.getRuns().stream())
                .filter(CompilationDocxTest::superscript)
                .filter(r -> !stored.contains(Integer.parseInt(mark(r)))).toList();
        for (XWPFRun run : plainReferences) {
            assertThat(run.getCTR().getFootnoteReferenceList()).isEmpty();
        }
        assertThat(numbered().stream().flatMap(p -> p.getRuns().stream()).filter(CompilationDocxTest::superscript)
                .filter(r -> stored.contains(Integer.parseInt(mark(r))))
                .allMatch(r -> r.getCTR().getFootnoteReferenceList().size() == 1)).isTrue();
    }

    @Test
    void aCompilationWithManyEndnotesHasAFootnoteForEveryReferenceWithItsSymbols() throws IOException {
        Path pdf = Path.of("samples/A_HRC_WG.6_34_SVN_2.pdf");
        DocumentStore store = new DocumentStore(database);
        long id = store.store(new SourceFile(pdf.getFileName().toString(), Files.readAllBytes(pdf)),
                new Extractor(reference).extract(pdf).document()).documentId();
        List<Endnote> endnotes = store.load(id).endnotes();
        Path file = dir.resolve("svn.docx");
        reports.write(reference.countries().byAlpha3("SVN").orElseThrow(), null, CompilationFormat.DOCX, file);
        try (InputStream in = Files.newInputStream(file); XWPFDocument svn = new XWPFDocument(in)) {
            List<XWPFRun> runs = new ArrayList<>();
            svn.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
            svn.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells()
                    .forEach(c -> c.getParagraphs().forEach(p -> runs.addAll(p.getRuns())))));
            List<XWPFRun> references = runs.stream()
                    .filter(r -> !r.getCTR().getFootnoteReferenceList().isEmpty()).toList();
            assertThat(endnotes).hasSizeGreaterThan(20);
            assertThat(references).hasSizeGreaterThanOrEqualTo(endnotes.size() / 2);
            assertThat(svn.getFootnotes()).hasSize(references.size());
            int withSymbols = 0;
            for (XWPFRun run : references) {
                int number = Integer.parseInt(mark(run));
                Endnote note = endnotes.stream().filter(n -> n.number() == number).findFirst().orElseThrow();
                String text = svn.getFootnoteByID(run.getCTR().getFootnoteReferenceArray(0).getId().intValue())
                        .getParagraphs().get(0).getText();
                assertThat(text).startsWith(number + " ");
                for (String symbol : note.symbols() == null ? List.<String>of() : note.symbols()) {
                    assertThat(text).contains(symbol);
                    withSymbols++;
                }
            }
            assertThat(withSymbols).isGreaterThan(10);
        }
    }

    @Test
    void aStateWithoutACompilationIsAnErrorAndNoDocxIsWritten() {
        Path file = dir.resolve("nam.docx");
        assertThatThrownBy(() -> reports.write(reference.countries().byAlpha3("NAM").orElseThrow(), null,
                CompilationFormat.DOCX, file)).isInstanceOf(BadInputException.class);
        assertThat(file).doesNotExist();
        assertThat(dir).isDirectoryNotContaining("glob:**.part");
    }
}
