package org.upright.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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

/** The charts of the country page and their report, served from Kazakhstan's compilation by a real server. */
class ChartsWebTest {
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

    private static Document dashboard() {
        return Jsoup.parse(SignedIn.anonymous(served.port()).get("/countries/KAZ").body());
    }

    private static HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        return SignedIn.client().send(HttpRequest.newBuilder(SignedIn.uri(served.port(), path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theDashboardShowsTheChartsByYearAndThemeAndStatusOverTimeWithTablesOrSaysWhyTheyAreEmpty() {
        Document page = dashboard();

        assertThat(page.select("#chart-year caption").text()).isEqualTo("Recommendations by year");
        assertThat(page.select("#chart-year tbody th").eachText()).isNotEmpty().isSorted();
        assertThat(page.select("#chart-year canvas").attr("data-chart")).contains("\"type\":\"bar\"");
        assertThat(page.select("#chart-speaker tbody tr")).isNotEmpty();
        assertThat(page.select("#chart-theme p.none").text()).startsWith("No recommendation has a theme yet");
        assertThat(page.select("#chart-theme canvas")).isEmpty();
        assertThat(page.select("a[href^=/api/reports/charts/KAZ]").eachAttr("href"))
                .anySatisfy(href -> assertThat(href).contains("format=pdf"));
        Document french = Jsoup.parse(SignedIn.anonymous(served.port()).get("/countries/KAZ?lang=fr").body());
        assertThat(french.select("#chart-year caption").text()).isEqualTo("Recommandations par année");
    }

    @Test
    void aStatusChangeShowsInTheMonthByMonthTableOfTheDashboard() {
        List<SearchHit> hits = served.index.search(new SearchQuery("", Map.of("country", List.of("KAZ"), "kind",
                List.of("recommendation")), SearchQuery.Sort.RELEVANCE, 0, 1, false, false)).hits();
        String key = TrackingKey.ofEntry(hits.getFirst().id(), hits.getFirst().document(), hits.getFirst().number());
        assertThat(admin.sendJson("PUT", "/api" + TrackingPanel.url(key, "status"),
                "{\"version\":0,\"status\":\"in_progress\"}").statusCode()).isEqualTo(200);

        Document page = dashboard();
        assertThat(page.select("#chart-history caption").text())
                .isEqualTo("Recommendations by tracking status, month by month");
        assertThat(page.select("#chart-history thead th").eachText()).contains("Month", "Not started", "In progress");
        // the served clock's day is 25 November 2026: one month, with the one recommendation in progress
        assertThat(page.select("#chart-history tbody tr")).singleElement()
                .satisfies(tr -> assertThat(tr.select("th").text()).isEqualTo("2026-11"));
        int column = page.select("#chart-history thead th").eachText().indexOf("In progress");
        assertThat(page.select("#chart-history tbody tr > *").get(column).text()).isEqualTo("1");
        assertThat(page.select("#chart-history canvas").attr("data-chart")).contains("\"stacked\":true")
                .contains("In progress");
    }

    @Test
    void theChartsReportDownloadsAsPdfWithImagesAndAnUnknownFormatOrAStateWithoutDataIsAProblem()
            throws IOException, InterruptedException {
        HttpResponse<byte[]> pdf = download("/api/reports/charts/KAZ?format=pdf");

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).contains("charts-KAZ.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Recommendations to Kazakhstan: figures as of");
        }
        HttpResponse<byte[]> unknown = download("/api/reports/charts/KAZ?format=png");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(new String(unknown.body())).contains("html, pdf or docx");
        HttpResponse<byte[]> empty = download("/api/reports/charts/NAM?format=pdf");
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(new String(empty.body())).contains("no recommendation to Namibia");
    }
}
