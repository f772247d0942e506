package org.upright.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.ingest.model.Endnote;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.ingest.model.Paragraph;
import org.upright.ingest.model.Statement;
import org.upright.ingest.store.DocumentStore;

/**
 * The reading pages over the Kazakhstan compilation: an entry marked inside its paragraph with the notes it cites,
 * the document as numbered paragraphs with notes linked both ways, the documents list, hostile ids, and the scripts.
 */
class ReadingPagesTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static ServedCompilation served;
    private static ExtractedDocument compilation;

    @BeforeAll
    static void serveTheKazakhstanCompilation() throws IOException {
        served = ServedCompilation.start(dir);
        compilation = new DocumentStore(served.database).load(served.documentId);
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + served.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A statement (its ordinal as the index counts) that shares its paragraph with others. */
    private record Cited(int ordinal, Paragraph paragraph, Statement statement) {
    }

    private static Cited aStatementAmongOthers() {
        int ordinal = 0;
        for (Paragraph p : compilation.paragraphs()) {
            for (Statement s : p.statements()) {
                if (p.statements().size() > 1 && s.footnotes() != null && !s.footnotes().isEmpty()
                        && !p.text().startsWith(s.text())) {
                    return new Cited(ordinal, p, s);
                }
                ordinal++;
            }
        }
        throw new AssertionError("the compilation has no paragraph of several statements");
    }

    @Test
    void anEntryPageMarksTheSentenceInsideItsParagraphWithTheSymbolsItCites() throws Exception {
        Cited cited = aStatementAmongOthers();
        String id = "s:" + served.documentId + ":" + cited.ordinal();

        HttpResponse<String> response = get(EntryPage.url(id));

        assertThat(response.statusCode()).isEqualTo(200);
        Document html = Jsoup.parse(response.body());
        Element quote = html.selectFirst("blockquote#text");
        assertThat(quote.select("mark").text()).isEqualTo(cited.statement().text());
        assertThat(quote.text()).isEqualTo(cited.paragraph().text()).isNotEqualTo(cited.statement().text());
        assertThat(html.selectFirst("figcaption a").attr("href"))
                .isEqualTo("/documents/" + served.documentId + "#p" + cited.paragraph().number());
        assertThat(html.selectFirst("section#tracking")).isNotNull();
        List<String> similar = html.select("section[aria-labelledby=similar] a").eachAttr("href");
        assertThat(similar).isNotEmpty().allMatch(href -> href.matches("/entries/[srp]:\\d+:\\d+"))
                .doesNotContain(EntryPage.url(id));
        assertThat(get(similar.getFirst()).statusCode()).isEqualTo(200);
    }

    @Test
    void theEntryApiGivesTheSameEntryAsJson() throws Exception {
        Cited cited = aStatementAmongOthers();
        HttpResponse<String> response = get("/api/entries/s:" + served.documentId + ":" + cited.ordinal());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode entry = JSON.readTree(response.body());
        assertThat(entry.get("text").asText()).isEqualTo(cited.statement().text());
        assertThat(entry.get("context").asText()).isEqualTo(cited.paragraph().text());
        assertThat(entry.get("document").get("symbol").asText()).isEqualTo("A/HRC/WG.6/7/KAZ/2");
        assertThat(entry.get("notes").isArray()).isTrue();
        assertThat(entry.get("similar").isArray()).isTrue();
    }

    @Test
    void theDocumentPageNumbersItsParagraphsAndLinksNotesBothWays() throws Exception {
        HttpResponse<String> response = get("/documents/" + served.documentId);

        assertThat(response.statusCode()).isEqualTo(200);
        Document html = Jsoup.parse(response.body());
        assertThat(html.selectFirst("h1").text()).isEqualTo("A/HRC/WG.6/7/KAZ/2");
        Paragraph first = compilation.paragraphs().getFirst();
        Element p = html.getElementById("p" + first.number());
        assertThat(p).isNotNull();
        assertThat(p.selectFirst("a.pnum").text()).isEqualTo(first.number() + ".");
        assertThat(html.select("article h2").eachText()).anyMatch(h -> h.contains("BACKGROUND AND FRAMEWORK"));
        Cited cited = aStatementAmongOthers();
        Endnote firstNote = compilation.endnotes().getFirst();
        Element ref = html.selectFirst("a.fnref[href=#fn" + firstNote.number() + "]");
        assertThat(ref).isNotNull();
        Element note = html.getElementById("fn" + firstNote.number());
        assertThat(note).isNotNull();
        assertThat(note.text()).contains(firstNote.symbols().getFirst());
        assertThat(html.getElementById(note.selectFirst("a.back").attr("href").substring(1))).isEqualTo(ref);
        assertThat(html.select("section[aria-labelledby=ratifications] tbody tr"))
                .hasSize(compilation.ratifications().size()).isNotEmpty();
        assertThat(html.select("section[aria-labelledby=reporting] tbody th").eachText())
                .containsAll(compilation.treatyBodyReporting().stream().map(r -> r.body()).toList());
        assertThat(html.select("a.statement").eachAttr("href"))
                .contains(EntryPage.url("s:" + served.documentId + ":" + cited.ordinal()));
    }

    @Test
    void theDocumentsListFiltersByCountryAndKind() throws Exception {
        Document all = Jsoup.parse(get("/documents?country=kaz").body());
        assertThat(all.select("tbody a[href=/documents/" + served.documentId + "]").text())
                .isEqualTo("A/HRC/WG.6/7/KAZ/2");
        Document none = Jsoup.parse(get("/documents?country=KAZ&kind=no-such-kind").body());
        assertThat(none.select("tbody tr")).isEmpty();
    }

    @Test
    void hostileOrUnknownIdsAreNotFoundPages() throws Exception {
        for (String path : new String[] {"/entries/x:1:2", "/entries/s:999999:0", "/entries/s:1:99999999",
                "/entries/s:99999999999999999999:1", "/entries/%3Cscript%3E", "/entries/s:1:-1",
                "/documents/abc", "/documents/999999", "/documents/-1", "/documents/99999999999999999999",
                "/api/entries/r:1:0%27", "/static/vendor/..%2Fupright.css", "/static/vendor/nothing.js"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("<script>");
        }
        assertThat(get("/api/entries/s:999999:0").headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/problem+json");
    }

    @Test
    void theVendorScriptsAndOursAreServedAsJavaScriptWithCacheHeaders() throws Exception {
        for (String path : new String[] {StaticFiles.HTMX, StaticFiles.CHART, StaticFiles.SCRIPT_PATH}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path)
                    .startsWith("text/javascript");
            assertThat(response.headers().firstValue("Cache-Control").orElse("")).as(path).contains("max-age");
            assertThat(response.body()).as(path).isNotBlank();
        }
        assertThat(get(StaticFiles.HTMX).body()).contains("htmx");
        assertThat(get(StaticFiles.SCRIPT_PATH).body()).contains("data-chart");
    }

    @Test
    void theDashboardHasDeadlinesAndChartsWithTablesBehindThem() throws Exception {
        Document html = Jsoup.parse(get("/countries/KAZ?asOf=2009-10-31").body());

        assertThat(html.select("section[aria-labelledby=deadlines] li")).isNotEmpty();
        assertThat(html.select("section[aria-labelledby=deadlines] .badge").eachText()).contains("overdue");
        Element chart = html.selectFirst("figure.chart");
        assertThat(chart).isNotNull();
        JsonNode spec = JSON.readTree(chart.selectFirst("canvas").attr("data-chart"));
        List<String> labels = spec.get("labels").findValuesAsText("");
        assertThat(spec.get("labels").size()).isEqualTo(chart.select("tbody tr").size()).isPositive();
        assertThat(chart.select("tbody th").first().text()).isEqualTo(spec.get("labels").get(0).asText());
        assertThat(labels).isNotNull();
        assertThat(html.select("script[src]").eachAttr("src")).contains(StaticFiles.CHART, StaticFiles.SCRIPT_PATH);
        assertThat(html.select("script:not([src])")).isEmpty();
        Document french = Jsoup.parse(get("/countries/KAZ?asOf=2009-10-31&lang=fr").body());
        assertThat(french.selectFirst("h2#deadlines").text()).isEqualTo("Échéances");
    }
}
