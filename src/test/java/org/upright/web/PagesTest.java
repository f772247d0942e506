package org.upright.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages as a browser sees them: a real server on a free port over an H2 data directory holding the Kazakhstan
 * compilation of 2009 and the ratification dataset, the HTML read with jsoup.
 */
class PagesTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;

    private static ServedCompilation served;
    private static WebServer server;

    private record Page(int status, String contentType, String body, HttpResponse<String> raw) {
        Document html() {
            return Jsoup.parse(body);
        }
    }

    @BeforeAll
    static void serveTheKazakhstanCompilation() throws IOException {
        served = ServedCompilation.start(dir);
        server = served.server;
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    private static Page get(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + server.port() + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return new Page(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body(), response);
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void homeListsKazakhstanLinkingToItsDashboard() throws Exception {
        Page page = get("/");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType().replace(" ", "")).isEqualToIgnoringCase("text/html;charset=utf-8");
        Document html = page.html();
        assertThat(html.select("html").attr("lang")).isEqualTo("en");
        Element link = html.selectFirst("table tbody a[href=/countries/KAZ]");
        assertThat(link).isNotNull();
        assertThat(link.text()).isEqualTo("Kazakhstan");
        assertThat(html.select("link[rel=stylesheet]").attr("href")).isEqualTo(Pages.CSS_PATH);
    }

    @Test
    void theDashboardOf2009ShowsCerdOverdueFirstAndTheReplyRate() throws Exception {
        Page page = get("/countries/KAZ?asOf=2009-10-31");

        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.selectFirst("h1").text()).contains("Kazakhstan");
        Element first = html.selectFirst("#reporting ~ table tbody tr, section[aria-labelledby=reporting] tbody tr");
        assertThat(first).isNotNull();
        assertThat(first.selectFirst("th").text()).isEqualTo("CERD");
        assertThat(first.select(".badge").text()).isEqualTo("overdue");
        assertThat(first.text()).contains("2007-09").contains("A/HRC/WG.6/7/KAZ/2");
        Element procedures = html.selectFirst("section[aria-labelledby=procedures]");
        assertThat(procedures.text()).contains("Reply rate 60 per cent");
        assertThat(html.selectFirst("section[aria-labelledby=instruments]").text()).contains("CAT").contains("1998");
        assertThat(html.selectFirst("input[name=asOf]").val()).isEqualTo("2009-10-31");
    }

    @Test
    void searchShowsTheCompilationWithTheTermMarked() throws Exception {
        Page page = get("/search?q=ICRMW&country=KAZ");

        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.select("ol li").text()).contains("A/HRC/WG.6/7/KAZ/2");
        assertThat(html.select("ol li blockquote mark").eachText()).contains("ICRMW");
        assertThat(html.selectFirst("input[name=q]").val()).isEqualTo("ICRMW");
        assertThat(html.selectFirst("input[name=country]").val()).isEqualTo("KAZ");
        assertThat(html.select("aside a").eachAttr("href")).allMatch(href -> href.startsWith("/search?q=ICRMW"));
    }

    @Test
    void hostileTextStaysEscapedInTheFormAndTheHits() throws Exception {
        String hostile = "<script>alert(1)</script>";
        Page page = get("/search?q=" + encoded(hostile));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain(hostile).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        Document html = page.html();
        assertThat(html.select("script:not([src])")).isEmpty();
        assertThat(html.select("script[src]").eachAttr("src")).allSatisfy(src -> assertThat(src).startsWith("/static/"));
        assertThat(html.selectFirst("input[name=q]").val()).isEqualTo(hostile);
        Page filtered = get("/search?q=ICRMW&speaker=" + encoded("\"><script>alert(1)</script>"));
        assertThat(filtered.html().select("script:not([src])")).isEmpty();
    }

    @Test
    void anUnknownCountryIsANotFoundPage() throws Exception {
        Page page = get("/countries/XYZ");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("404 Not Found");
        assertThat(page.html().selectFirst("[role=alert]").text()).contains("XYZ");
    }

    @Test
    void aBadQueryOrDateIsABadRequestPageWhileTheApiKeepsProblems() throws Exception {
        Page badQuery = get("/search?q=" + encoded("\"unclosed"));
        Page badDate = get("/countries/KAZ?asOf=31.10.2009");
        Page badPage = get("/search?q=ICRMW&page=0");

        for (Page page : new Page[] {badQuery, badDate, badPage}) {
            assertThat(page.status()).isEqualTo(400);
            assertThat(page.contentType()).startsWith("text/html");
            assertThat(page.html().selectFirst("h1").text()).startsWith("400");
        }
        assertThat(get("/api/search?q=" + encoded("\"unclosed")).contentType())
                .startsWith("application/problem+json");
        assertThat(get("/nothing/here").html().selectFirst("h1").text()).isEqualTo("404 Not Found");
    }

    @Test
    void everyPageCarriesTheSecurityHeadersAndTheStyleSheetIsServedHere() throws Exception {
        for (String path : new String[] {"/", "/countries/KAZ", "/search?q=ICRMW", "/countries/XYZ", Pages.CSS_PATH}) {
            var headers = get(path).raw().headers();
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValue("default-src 'self'");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
        }
        Page css = get(Pages.CSS_PATH);
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.contentType()).startsWith("text/css");
        assertThat(css.body()).contains(".badge");
        Document home = get("/").html();
        assertThat(home.select("script:not([src])")).as("no inline script").isEmpty();
        assertThat(home.select("[style]")).as("no inline style").isEmpty();
    }
}
