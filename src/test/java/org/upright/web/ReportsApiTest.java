package org.upright.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compilation written from the record, downloaded from the web application. */
class ReportsApiTest {
    @TempDir
    static Path dir;

    private static ServedCompilation served;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void serve() throws IOException {
        served = ServedCompilation.start(dir);
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + served.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theDashboardLinksTheCompilationWhichDownloadsAsHtml() throws Exception {
        Document dashboard = Jsoup.parse(get("/countries/KAZ").body());
        String link = dashboard.select("a[href^=/api/reports/compilation/KAZ]").attr("href");
        assertThat(link).contains("format=html").contains("asOf=");

        HttpResponse<String> report = get(link);

        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        assertThat(report.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(report.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment").contains("compilation-KAZ.html");
        assertThat(Jsoup.parse(report.body()).text()).contains("A/HRC/WG.6/7/KAZ/2").contains("Kazakhstan");
    }

    @Test
    void theCompilationDownloadsAsPdf() throws Exception {
        String link = Jsoup.parse(get("/countries/KAZ").body()).select("a[href*=format=pdf]").attr("href");
        HttpResponse<byte[]> pdf = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + served.port()
                + link)).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("A/HRC/WG.6/7/KAZ/2");
        }
    }

    @Test
    void theCompilationDownloadsAsWordWithFootnotes() throws Exception {
        String link = Jsoup.parse(get("/countries/KAZ").body()).select("a[href*=format=docx]").attr("href");
        HttpResponse<byte[]> docx = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + served.port() + link)).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Disposition").orElseThrow()).contains("compilation-KAZ.docx");
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(docx.body()))) {
            assertThat(document.getTables()).isNotEmpty();
            assertThat(document.getFootnotes()).isNotEmpty();
        }
    }

    @Test
    void aStateWithoutACompilationOrAnUnknownFormatIsAProblemNotAFile() throws Exception {
        HttpResponse<String> none = get("/api/reports/compilation/SVN?format=html");
        assertThat(none.statusCode()).isEqualTo(422);
        assertThat(none.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(none.body()).contains("compilation");

        HttpResponse<String> format = get("/api/reports/compilation/KAZ?format=odt");
        assertThat(format.statusCode()).isEqualTo(400);
        assertThat(format.body()).contains("html");

        assertThat(get("/api/reports/compilation/XXX").statusCode()).isEqualTo(400);
    }
}
