package org.upright.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.account.Role;
import org.upright.search.SearchHit;
import org.upright.search.SearchQuery;
import org.upright.tracking.TrackingKey;

/** {@code GET /api/export} and the search page's download links on a real server over Kazakhstan's compilation. */
class ExportWebTest {
    @TempDir
    static Path dir;

    private static ServedCompilation served;
    private static SignedIn admin;

    @BeforeAll
    static void serve() throws IOException {
        served = ServedCompilation.start(dir);
        admin = SignedIn.as(served, "aigerim", Role.ADMIN);
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    private static HttpResponse<byte[]> download(String pathAndQuery) throws IOException, InterruptedException {
        return SignedIn.client().send(HttpRequest.newBuilder(SignedIn.uri(served.port(), pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void csvDownloadCarriesTheFiltersAndTheResponsibleInstitutions() throws Exception {
        SearchHit first = served.index.search(new SearchQuery("", Map.of("country", List.of("KAZ"), "kind",
                List.of("recommendation")), SearchQuery.Sort.DATE, 0, 1, false, false)).hits().getFirst();
        String key = TrackingKey.ofEntry(first.id(), first.document(), first.number());
        HttpResponse<String> assigned = admin.sendJson("PUT", "/api" + TrackingPanel.url(key, "institutions"),
                "{\"version\":0,\"institutions\":[\"Ministry of Justice\"]}");
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);

        HttpResponse<byte[]> response = download("/api/export?format=csv&country=KAZ&kind=recommendation");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"upright-KAZ.csv\"");
        try (CSVParser parser = CSVParser.parse(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).isNotEmpty().extracting(r -> r.get("kind")).containsOnly("recommendation");
            assertThat(records).filteredOn(r -> r.get("id").equals(first.id())).singleElement()
                    .satisfies(r -> assertThat(r.get("responsible_institutions")).isEqualTo("Ministry of Justice"));
        }
    }

    @Test
    void xlsxAndJsonDownloadsOpenWithTheirReaders() throws Exception {
        HttpResponse<byte[]> xlsx = download("/api/export?format=xlsx&country=KAZ");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isGreaterThan(10);
        }
        HttpResponse<byte[]> json = download("/api/export?format=json&country=KAZ&q=torture");
        assertThat(json.statusCode()).isEqualTo(200);
        JsonNode rows = new ObjectMapper().readTree(json.body());
        assertThat(rows.isArray()).isTrue();
        assertThat(rows.size()).isPositive();
    }

    @Test
    void thematicListDownloadsAsASpreadsheetAndRefusesAFormatItHasNot() throws Exception {
        HttpResponse<byte[]> xlsx = download("/api/export?format=xlsx&country=KAZ&list=thematic");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"thematic-list-upright-KAZ.xlsx\"");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Theme");
        }
        assertThat(download("/api/export?format=csv&country=KAZ&list=thematic").statusCode()).isEqualTo(400);
        assertThat(download("/api/export?format=xlsx&country=KAZ&list=other").statusCode()).isEqualTo(400);
    }

    @Test
    void unknownFormatAndAStateWithoutDataAreProblemsNotFiles() throws Exception {
        HttpResponse<byte[]> format = download("/api/export?format=pdf&country=KAZ");
        assertThat(format.statusCode()).isEqualTo(400);
        assertThat(new String(format.body())).contains("csv, json, xlsx, docx");
        HttpResponse<byte[]> none = download("/api/export?format=csv&country=SVN");
        assertThat(none.statusCode()).isEqualTo(422);
        assertThat(new String(none.body())).contains("no statements or recommendations for SVN");
        assertThat(none.headers().firstValue("Content-Disposition")).isEmpty();
    }

    @Test
    void searchPageLinksTheDownloadsWithItsFilters() throws Exception {
        HttpResponse<String> page = SignedIn.anonymous(served.port()).get("/search?q=torture&country=KAZ&kind=concern");
        Document html = Jsoup.parse(page.body());
        List<String> links = html.select("p.export a").eachAttr("href");
        assertThat(links).extracting(l -> l.substring(0, l.indexOf("&q="))).containsExactly(
                "/api/export?format=csv", "/api/export?format=xlsx", "/api/export?format=json",
                "/api/export?format=docx", "/api/export?format=xlsx");
        assertThat(links.subList(3, 5)).allSatisfy(l -> assertThat(l).endsWith("&list=thematic"));
        // the filters in any order, as the page holds them
        assertThat(links).allSatisfy(l -> assertThat(l.split("&")).contains("q=torture", "country=KAZ",
                "kind=concern"));
        HttpResponse<String> anyState = SignedIn.anonymous(served.port()).get("/search?q=torture");
        assertThat(Jsoup.parse(anyState.body()).select("p.export")).isEmpty();
    }
}
