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

/** The next-cycle draft downloaded from the web application, linked from the dashboard. */
class DraftApiTest {
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
    void theDashboardLinksTheDraftWhichDownloadsAsHtml() throws Exception {
        Document dashboard = Jsoup.parse(get("/countries/KAZ").body());
        String link = dashboard.select("a[href^=/api/reports/draft/KAZ]").attr("href");
        assertThat(link).contains("format=html").contains("asOf=");

        HttpResponse<String> draft = get(link);

        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(200);
        assertThat(draft.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(draft.headers().firstValue("Content-Disposition").orElseThrow()).contains("draft-KAZ.html");
        Document html = Jsoup.parse(draft.body());
        assertThat(html.select("h1").text()).contains("Compilation on Kazakhstan");
        assertThat(html.select("p.para")).isNotEmpty();
        assertThat(dashboard.select("a[href^=/api/reports/draft/KAZ][href*=format=docx]")).hasSize(1);
    }

    @Test
    void aStateWithNothingToDraftFromIs422() throws Exception {
        HttpResponse<String> draft = get("/api/reports/draft/NAM?format=html");
        assertThat(draft.statusCode()).isEqualTo(422);
        assertThat(draft.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(draft.body()).contains("Namibia");
    }

    @Test
    void anUnknownFormatIs400() throws Exception {
        assertThat(get("/api/reports/draft/KAZ?format=odt").statusCode()).isEqualTo(400);
    }
}
