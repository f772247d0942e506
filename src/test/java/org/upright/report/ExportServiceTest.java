package org.upright.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.common.BadInputException;
import org.upright.common.UsageException;
import org.upright.ingest.Extractor;
import org.upright.ingest.IndexEntries;
import org.upright.ingest.IngestService;
import org.upright.ingest.IngestedFile;
import org.upright.ingest.SearchSync;
import org.upright.ingest.store.DocumentStore;
import org.upright.ingest.store.ReferenceTables;
import org.upright.reference.ReferenceData;
import org.upright.search.SearchQuery;
import org.upright.search.lucene.LuceneSearchIndex;
import org.upright.storage.Database;
import org.upright.storage.DatabaseConfig;
import org.upright.tracking.TrackingService;

/** Exports of Kazakhstan's second review (compilation and Working Group report), read back as their readers would. */
class ExportServiceTest {
    @TempDir
    static Path dir;
    private static Database database;
    private static LuceneSearchIndex index;
    private static ExportService exports;
    private static final ExportRequest KAZ = new ExportRequest("kaz", Map.of(), "");

    @BeforeAll
    static void ingestKazakhstan() {
        ReferenceData reference = ReferenceData.load();
        database = Database.open(DatabaseConfig.forDataDir(dir.resolve("data")));
        ReferenceTables.sync(database, reference);
        DocumentStore store = new DocumentStore(database);
        index = LuceneSearchIndex.open(dir.resolve("index"));
        TrackingService tracking = new TrackingService(database, Clock.systemUTC());
        SearchSync sync = new SearchSync(store, index, new IndexEntries(reference, tracking));
        IngestService ingest = new IngestService(new Extractor(reference), store, 2, sync::indexed);
        ingest.ingest(List.of(Path.of("samples/A_HRC_WG.6_7_KAZ_2.txt"), Path.of("samples/A_HRC_28_10.pdf")),
                new IngestService.Listener() {
                    @Override
                    public void started(int count) {
                    }

                    @Override
                    public void done(IngestedFile file) {
                        assertThat(file.status()).isNotEqualTo(IngestedFile.Status.FAILED);
                    }
                });
        exports = new ExportService(index, tracking);
    }

    @AfterAll
    static void close() {
        index.close();
        database.close();
    }

    private static long matches(Map<String, List<String>> filters) {
        return index.search(new SearchQuery("", filters, SearchQuery.Sort.DATE, 0, 0, false, false)).total();
    }

    private static byte[] write(ExportRequest request, ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.write(request, format, out, ExportService.Progress.NONE);
        return out.toByteArray();
    }

    @Test
    void csvHoldsEveryStatementAndRecommendationOfTheStateWithItsMetadata() throws IOException {
        byte[] csv = write(KAZ, ExportFormat.CSV);
        assertThat(csv[0]).as("no byte order mark").isEqualTo((byte) 'i');
        long expected = matches(Map.of("country", List.of("KAZ"), "type", List.of("statement", "recommendation")));
        try (CSVParser parser = CSVParser.parse(new StringReader(new String(csv, StandardCharsets.UTF_8)),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertThat(parser.getHeaderNames()).isEqualTo(ExportRow.COLUMNS);
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).hasSize((int) expected).hasSizeGreaterThan(1_000 / 10);
            assertThat(records).extracting(r -> r.get("country")).containsOnly("KAZ");
            assertThat(records).extracting(r -> r.get("type")).contains("statement", "recommendation");
            CSVRecord recommendation = records.stream().filter(r -> r.get("type").equals("recommendation"))
                    .findFirst().orElseThrow();
            assertThat(recommendation.get("recommendation_number")).isNotBlank();
            assertThat(recommendation.get("document")).isEqualTo("A/HRC/28/10");
            assertThat(recommendation.get("tracking_status")).isEqualTo("not_started");
            assertThat(recommendation.get("speakers")).isNotBlank();
            assertThat(records).anySatisfy(r -> assertThat(r.get("position")).isNotBlank());
            assertThat(records).anySatisfy(r -> assertThat(r.get("mechanism")).isNotBlank());
        }
    }

    @Test
    void jsonIsAnArrayOfObjectsWithListsAsArrays() throws IOException {
        JsonNode json = new ObjectMapper().readTree(write(KAZ, ExportFormat.JSON));
        assertThat(json.isArray()).isTrue();
        assertThat(json.size()).isEqualTo(exports.rows(KAZ, ExportService.Progress.NONE).size());
        JsonNode first = json.get(0);
        assertThat(first.get("id").asText()).matches("[sr]:\\d+:\\d+");
        assertThat(first.get("speakers").isArray()).isTrue();
        assertThat(first.get("themes").isArray()).isTrue();
    }

    @Test
    void xlsxHasAFrozenFilteredHeaderAndARowPerEntry() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(write(KAZ, ExportFormat.XLSX)))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("id");
            assertThat(sheet.getRow(0).getCell(11).getStringCellValue()).isEqualTo("text");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(book.getSheetAt(0).getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(sheet.getColumnWidth(11)).isGreaterThan(sheet.getColumnWidth(0));
            assertThat(sheet.getLastRowNum()).isEqualTo(exports.rows(KAZ, ExportService.Progress.NONE).size());
        }
    }

    @Test
    void thematicListIsAWordTableOfTheRecommendationsWithTheirPositionsAndThemes() throws IOException {
        long recommendations = exports.rows(KAZ, ExportService.Progress.NONE).stream()
                .filter(r -> "recommendation".equals(r.kind())).count();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(write(KAZ, ExportFormat.DOCX)))) {
            XWPFTable table = doc.getTables().getFirst();
            assertThat(table.getRow(0).getTableCells()).extracting(c -> c.getText())
                    .isEqualTo(ThematicList.HEADINGS);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            List<XWPFTableRow> listed = table.getRows().subList(1, table.getNumberOfRows()).stream()
                    .filter(r -> r.getTableCells().size() == ThematicList.HEADINGS.size()).toList();
            assertThat(listed).hasSize((int) recommendations)
                    .anySatisfy(r -> assertThat(r.getCell(1).getText()).isNotBlank())
                    .allSatisfy(r -> assertThat(r.getCell(0).getText()).isNotBlank());
            // the samples' recommendations have no themes yet: one heading row says so, spanning the table
            assertThat(table.getRow(1).getTableCells()).hasSize(1);
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo(ThematicList.NO_THEME);
            assertThat(doc.getParagraphs().getFirst().getText()).contains("KAZ");
        }
        assertThatThrownBy(() -> write(new ExportRequest("KAZ", Map.of("kind", List.of("welcome")), ""),
                ExportFormat.DOCX)).isInstanceOf(BadInputException.class).hasMessageContaining("thematic list");
    }

    @Test
    void thematicListAsASpreadsheetListsEveryRecommendationWithTheThemeItIsFiledUnder() throws IOException {
        long recommendations = exports.rows(KAZ, ExportService.Progress.NONE).stream()
                .filter(r -> "recommendation".equals(r.kind())).count();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int written = exports.writeThematicList(KAZ, ExportFormat.XLSX, out, ExportService.Progress.NONE);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Theme");
            assertThat(sheet.getLastRowNum()).isEqualTo((int) recommendations).isEqualTo(written);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(ThematicList.NO_THEME);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isIn("Supported", "Noted", "supported",
                    "noted", "");
        }
        assertThatThrownBy(() -> exports.writeThematicList(KAZ, ExportFormat.CSV, new ByteArrayOutputStream(),
                ExportService.Progress.NONE)).isInstanceOf(UsageException.class).hasMessageContaining("docx or xlsx");
    }

    @Test
    void thematicListFilesEachRecommendationUnderItsFirstThemeInTheOrderOfTheCodes() {
        ExportRow torture = row("95.2", List.of("D25 Prohibition of torture and cruel, inhuman or degrading treatment",
                "A12 Acceptance of international norms"));
        ExportRow ratify = row("95.1", List.of("A12 Acceptance of international norms"));
        ExportRow none = row("95.3", List.of());

        Map<String, List<ExportRow>> groups = ThematicList.byTheme(List.of(torture, none, ratify));

        assertThat(groups.keySet()).containsExactly("A12 Acceptance of international norms",
                "D25 Prohibition of torture and cruel, inhuman or degrading treatment", ThematicList.NO_THEME);
        assertThat(groups.get("A12 Acceptance of international norms")).containsExactly(ratify);
        assertThat(groups.get(ThematicList.NO_THEME)).containsExactly(none);
    }

    private static ExportRow row(String number, List<String> themes) {
        return new ExportRow("r:1:" + number, "recommendation", "A/HRC/14/10", "KAZ", List.of("Algeria"),
                List.of("upr"), 2010, "recommendation", "Supported", number, null, "Text " + number, themes,
                List.of(), List.of(), null, List.of());
    }

    @Test
    void paragraphsAreNotExportedEvenWhenAskedFor() {
        List<ExportRow> rows = exports.rows(new ExportRequest("KAZ", Map.of("type", List.of("paragraph",
                "recommendation")), ""), ExportService.Progress.NONE);
        assertThat(rows).isNotEmpty().extracting(ExportRow::type).containsOnly("recommendation");
        assertThat(rows).extracting(ExportRow::id).doesNotHaveDuplicates();
    }

    @Test
    void filtersOfSearchNarrowTheExport() {
        List<ExportRow> rows = exports.rows(new ExportRequest("KAZ", Map.of("kind", List.of("recommendation"),
                "tracking", List.of("not_started")), ""), ExportService.Progress.NONE);
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r.kind()).isEqualTo("recommendation");
            assertThat(r.trackingStatus()).isEqualTo("not_started");
        });
        List<ExportRow> words = exports.rows(new ExportRequest("KAZ", Map.of(), "torture"),
                ExportService.Progress.NONE);
        assertThat(words).isNotEmpty().allSatisfy(r -> assertThat(r.text().toLowerCase()).contains("tortur"));
    }

    @Test
    void aStateWithoutDataIsToldSoAndNoFilterMatchIsToldApart() {
        assertThatThrownBy(() -> write(new ExportRequest("SVN", Map.of(), ""), ExportFormat.CSV))
                .isInstanceOf(BadInputException.class).hasMessageContaining("no statements or recommendations for SVN");
        assertThatThrownBy(() -> write(new ExportRequest("KAZ", Map.of("year", List.of("1901")), ""),
                ExportFormat.CSV)).isInstanceOf(BadInputException.class).hasMessageContaining("matches these filters");
    }

    @Test
    void anUnknownFormatListsTheFormats() {
        assertThatThrownBy(() -> ExportFormat.of("pdf")).isInstanceOf(UsageException.class)
                .hasMessageContaining("csv, json, xlsx, docx");
        assertThat(ExportFormat.of(" XLSX ")).isEqualTo(ExportFormat.XLSX);
    }

    @Test
    void cellsThatLookLikeFormulasAreWrittenAsText() throws IOException {
        ExportRow row = new ExportRow("s:1:1", "statement", "=HYPERLINK(\"http://x\")", "KAZ", List.of("+CAT"),
                List.of(), 2009, "concern", null, null, 3, "-1+1 is a formula", List.of("@theme"), List.of(),
                List.of(), null, List.of());
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        CsvExport.write(List.of(row), csv);
        try (CSVParser parser = CSVParser.parse(csv.toString(StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            CSVRecord r = parser.getRecords().getFirst();
            assertThat(r.get("document")).isEqualTo("'=HYPERLINK(\"http://x\")");
            assertThat(r.get("speakers")).isEqualTo("'+CAT");
            assertThat(r.get("text")).isEqualTo("'-1+1 is a formula");
            assertThat(r.get("themes")).isEqualTo("'@theme");
            assertThat(r.get("year")).isEqualTo("2009");
        }
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        XlsxExport.write(List.of(row), xlsx);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(2).getStringCellValue()).startsWith("'=");
            assertThat(book.getSheetAt(0).getRow(1).getCell(11).getStringCellValue()).startsWith("'-");
            assertThat(book.getSheetAt(0).getRow(1).getCell(6).getNumericCellValue()).isEqualTo(2009);
        }
    }
}
