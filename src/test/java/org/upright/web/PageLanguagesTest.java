package org.upright.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.ingest.Extractor;
import org.upright.ingest.store.DocumentStore;
import org.upright.ingest.store.SourceFile;
import org.upright.reference.ReferenceData;

/**
 * The home, search and error pages in the reader's language (asked with {@code ?lang=}, remembered in a cookie, or
 * taken from the browser's Accept-Language), and the States' list, which follows what is stored.
 */
class PageLanguagesTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static ServedCompilation served;

    @BeforeAll
    static void serve() throws IOException {
        served = ServedCompilation.start(dir);
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    private static HttpResponse<String> get(String pathAndQuery, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + served.port()
                + pathAndQuery)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theSearchPageInFrenchIsRememberedByTheCookie() throws Exception {
        HttpResponse<String> asked = get("/search?q=torture&limit=2&lang=fr");

        Document html = Jsoup.parse(asked.body());
        assertThat(html.select("html").attr("lang")).isEqualTo("fr");
        assertThat(html.selectFirst("h1").text()).isEqualTo("Recherche");
        assertThat(html.selectFirst("button[type=submit]").text()).isEqualTo("Rechercher");
        assertThat(html.selectFirst("label[for=country]").text()).isEqualTo("Pays");
        assertThat(html.selectFirst("#hits").text()).contains("résultats").contains("page 1 sur");
        assertThat(html.select("aside h3").eachText()).contains("Pays", "Auteur", "Année");
        assertThat(html.select("nav[aria-label=Pages] a[rel=next]").text()).isEqualTo("Page suivante");
        String cookie = asked.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("lang="))
                .findFirst().orElseThrow();
        assertThat(cookie).startsWith("lang=fr;").contains("Path=/");

        Document remembered = Jsoup.parse(get("/search?q=torture", "Cookie", "lang=fr").body());
        assertThat(remembered.selectFirst("h1").text()).isEqualTo("Recherche");
        assertThat(Jsoup.parse(get("/", "Cookie", "lang=fr").body()).selectFirst("h1").text())
                .isEqualTo("États disposant de données");
        assertThat(Jsoup.parse(get("/search?q=torture").body()).selectFirst("h1").text())
                .as("no cookie, no header: English").isEqualTo("Search");
    }

    @Test
    void theBrowsersLanguageChoosesWhenNothingElseSays() throws Exception {
        Document french = Jsoup.parse(get("/search?q=torture", "Accept-Language", "fr-CH, fr;q=0.9, en;q=0.5").body());
        Document russian = Jsoup.parse(get("/", "Accept-Language", "ru").body());

        assertThat(french.selectFirst("h1").text()).isEqualTo("Recherche");
        assertThat(russian.selectFirst("h1").text()).isEqualTo("Государства, по которым есть данные");
        assertThat(russian.select("thead th").eachText()).contains("Государство", "Документы");
    }

    @Test
    void kindsAndHitTypesAreTranslatedAndEachHitLinksToItsEntry() throws Exception {
        Document html = Jsoup.parse(get("/search?q=torture&kind=recommendation&lang=fr").body());

        assertThat(html.select("ol li .meta").eachText()).isNotEmpty()
                .allMatch(meta -> meta.contains("recommandation"));
        assertThat(html.select("ol li .meta a[href^=/entries/]").eachAttr("href")).isNotEmpty()
                .allMatch(href -> href.matches("/entries/[sprc]%3A\\d+%3A\\d+"));
        assertThat(html.select("p").eachText()).anyMatch(p -> p.startsWith("Filtré par : Nature = recommandation"));
    }

    @Test
    void errorPagesSpeakTheReadersLanguageAroundTheDiagnostic() throws Exception {
        HttpResponse<String> missing = get("/nothing/here", "Accept-Language", "fr");

        assertThat(missing.statusCode()).isEqualTo(404);
        Document html = Jsoup.parse(missing.body());
        assertThat(html.selectFirst("h1").text()).isEqualTo("404 Introuvable");
        assertThat(html.selectFirst("[role=alert]").text()).contains("/nothing/here");
        assertThat(html.select("main a").eachText()).contains("Retour aux États");
    }

    @Test
    void theStatesListPagesAndShowsANewIngestAtOnce() throws Exception {
        JsonNode before = JSON.readTree(get("/api/countries").body());
        assertThat(before.get("total").asInt()).isEqualTo(before.get("countries").size());
        JsonNode firstOne = JSON.readTree(get("/api/countries?limit=1").body());
        assertThat(firstOne.get("countries")).hasSize(Math.min(1, before.get("total").asInt()));
        assertThat(get("/api/countries?limit=0").statusCode()).isEqualTo(400);
        JsonNode pastTheEnd = JSON.readTree(get("/api/countries?page=999&limit=1000").body());
        assertThat(pastTheEnd.get("countries")).isEmpty();

        // Slovenia is in the dataset but has no document yet: store one as an ingest does, and ask again
        assertThat(documentsOf("SVN", before)).isZero();
        assertThat(homeDocumentsOf("SVN")).isEqualTo("0");
        ReferenceData reference = ReferenceData.load();
        Path slovenia = Path.of("samples/A_HRC_WG.6_34_SVN_2.pdf");
        new DocumentStore(served.database).store(new SourceFile(slovenia.getFileName().toString(),
                Files.readAllBytes(slovenia)), new Extractor(reference).extract(slovenia).document());

        assertThat(documentsOf("SVN", JSON.readTree(get("/api/countries").body()))).isEqualTo(1);
        assertThat(homeDocumentsOf("SVN")).isEqualTo("1");
    }

    private static int documentsOf(String iso3, JsonNode list) {
        for (JsonNode row : list.get("countries")) {
            if (row.get("iso3").asText().equals(iso3)) {
                return row.get("documents").asInt();
            }
        }
        throw new AssertionError(iso3 + " is not listed");
    }

    private static String homeDocumentsOf(String iso3) throws IOException, InterruptedException {
        return Jsoup.parse(get("/").body()).selectFirst("tr:has(a[href=/countries/" + iso3 + "])")
                .select("td.num").first().text();
    }
}
