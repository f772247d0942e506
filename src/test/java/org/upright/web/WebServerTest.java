package org.upright.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The REST API as a client sees it: a real server on a free port over an H2 data directory holding the Kazakhstan
 * compilation of 2009 and the ratification dataset, with the Lucene index beside it.
 */
class WebServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;

    private static ServedCompilation served;
    private static WebServer server;
    private static long documentId;

    private record Reply(int status, String contentType, String body, HttpResponse<String> raw) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    @BeforeAll
    static void serveTheKazakhstanCompilation() throws IOException {
        served = ServedCompilation.start(dir);
        server = served.server;
        documentId = served.documentId;
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    private static Reply get(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + server.port() + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body(), response);
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static void assertProblem(Reply reply, int status) throws IOException {
        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.has("type")).isTrue();
        assertThat(problem.has("title")).isTrue();
        assertThat(problem.get("detail").asText()).isNotBlank().doesNotContain("\n").doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(problem.get("instance").asText()).startsWith("/");
    }

    @Test
    void healthzSaysOk() throws Exception {
        Reply reply = get("/healthz");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("status").asText()).isEqualTo("ok");
    }

    @Test
    void countriesListsTheStatesWithDataAndTheirFigures() throws Exception {
        Reply reply = get("/api/countries");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode countries = reply.json().get("countries");
        assertThat(countries.size()).isGreaterThan(150);
        JsonNode kaz = null;
        for (JsonNode c : countries) {
            if (c.get("iso3").asText().equals("KAZ")) {
                kaz = c;
            }
        }
        assertThat(kaz).isNotNull();
        assertThat(kaz.get("name").asText()).isEqualTo("Kazakhstan");
        assertThat(kaz.get("documents").asInt()).isEqualTo(1);
        assertThat(kaz.get("overdueReports").asInt()).isGreaterThanOrEqualTo(0);
        assertThat(kaz.has("openRatifyRecommendations")).isTrue();
    }

    @Test
    void obligationsOfKazakhstanIn2009HaveCerdOverdueSinceSeptember2007() throws Exception {
        Reply reply = get("/api/countries/KAZ/obligations?asOf=2009-10-31");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode root = reply.json();
        assertThat(root.get("country").get("iso3").asText()).isEqualTo("KAZ");
        assertThat(root.get("asOf").asText()).isEqualTo("2009-10-31");
        JsonNode cerd = null;
        for (JsonNode row : root.get("treatyBodyReporting")) {
            if (row.get("body").asText().equals("CERD")) {
                cerd = row;
            }
        }
        assertThat(cerd).isNotNull();
        assertThat(cerd.get("status").asText()).isEqualTo("overdue");
        assertThat(cerd.get("statusDate").asText()).isEqualTo("2007-09");
    }

    @Test
    void anUnknownCountryOrABadDateIsABadRequest() throws Exception {
        assertProblem(get("/api/countries/XYZ/obligations"), 400);
        Reply badDate = get("/api/countries/KAZ/obligations?asOf=31.10.2009");
        assertProblem(badDate, 400);
        assertThat(badDate.json().get("detail").asText()).contains("YYYY-MM-DD");
    }

    @Test
    void documentsAreListedByCountryAndServedInTheExchangeFormat() throws Exception {
        JsonNode list = get("/api/documents?country=KAZ").json().get("documents");
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("id").asLong()).isEqualTo(documentId);
        assertThat(list.get(0).get("symbol").asText()).isEqualTo("A/HRC/WG.6/7/KAZ/2");
        assertThat(list.get(0).get("version").asInt()).isEqualTo(1);
        assertThat(list.get(0).get("ingestedAt").asText()).isNotBlank();
        assertThat(get("/api/documents?country=SVN").json().get("documents")).isEmpty();

        Reply one = get("/api/documents/" + documentId);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.contentType()).startsWith("application/json");
        assertThat(one.body()).contains("A/HRC/WG.6/7/KAZ/2");
        assertThat(one.json().isObject()).isTrue();
    }

    @Test
    void anUnknownDocumentIsNotFound() throws Exception {
        assertProblem(get("/api/documents/987654"), 404);
        assertProblem(get("/api/documents/not-a-number"), 400);
        assertProblem(get("/api/no-such-thing"), 404);
    }

    @Test
    void searchFindsTheCompilationParagraphWithTheTermMarked() throws Exception {
        Reply reply = get("/api/search?q=ICRMW&country=KAZ");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode result = reply.json();
        assertThat(result.get("total").asLong()).isPositive();
        JsonNode hit = result.get("hits").get(0);
        assertThat(hit.get("highlight").asText()).contains("<mark>ICRMW</mark>");
        assertThat(hit.get("document").asText()).isEqualTo("A/HRC/WG.6/7/KAZ/2");
        assertThat(result.get("facets").has("speaker")).isTrue();
    }

    @Test
    void everyFacetFieldFiltersTheSearch() throws Exception {
        JsonNode agencies = get("/api/search?mechanism=un-agency").json();
        JsonNode treatyBodies = get("/api/search?mechanism=treaty-body&mechanism=special-procedure").json();
        JsonNode byDocument = get("/api/search?document=A/HRC/WG.6/7/KAZ/2&kind=concern").json();

        assertThat(agencies.get("total").asLong()).isPositive();
        assertThat(agencies.get("facets").get("speaker").fieldNames()).toIterable().contains("UNICEF")
                .doesNotContain("CAT");
        assertThat(treatyBodies.get("facets").get("speaker").fieldNames()).toIterable().contains("CAT")
                .doesNotContain("UNICEF");
        assertThat(byDocument.get("total").asLong()).isPositive();
        for (JsonNode hit : byDocument.get("hits")) {
            assertThat(hit.get("kind").asText()).isEqualTo("concern");
        }
        assertThat(get("/api/search?position=supported").json().get("total").asLong()).as("no review stored")
                .isZero();
    }

    @Test
    void statementsAndRecommendationsFixTheType() throws Exception {
        for (JsonNode hit : get("/api/statements?q=torture").json().get("hits")) {
            assertThat(hit.get("type").asText()).isEqualTo("statement");
        }
        assertThat(get("/api/statements?q=torture").json().get("total").asLong()).isPositive();
        assertThat(get("/api/recommendations?q=torture&type=statement").json().get("hits")).allSatisfy(
                hit -> assertThat(hit.get("type").asText()).isEqualTo("recommendation"));
    }

    @Test
    void similarAndClustersAnswer() throws Exception {
        String id = get("/api/statements?q=torture").json().get("hits").get(0).get("id").asText();

        Reply similar = get("/api/search/similar/" + encoded(id) + "?limit=3");
        assertThat(similar.status()).isEqualTo(200);
        assertThat(similar.json().get("hits").size()).isBetween(1, 3);
        assertThat(get("/api/search/similar/x:0:0").json().get("total").asLong()).isZero();

        Reply clusters = get("/api/clusters?q=&threshold=0.5");
        assertThat(clusters.status()).isEqualTo(200);
        assertThat(clusters.json().get("clusters").isArray()).isTrue();
        assertProblem(get("/api/clusters?threshold=2"), 400);
    }

    @Test
    void aMalformedQueryIsABadRequestExplainingTheSyntax() throws Exception {
        Reply reply = get("/api/search?q=" + encoded("torture AND (detention"));

        assertProblem(reply, 400);
        assertThat(reply.json().get("detail").asText()).startsWith("bad query: ").contains("exact phrases");
        assertProblem(get("/api/search?q=x&sort=alphabet"), 400);
        assertProblem(get("/api/search?q=x&limit=lots"), 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "*:*", "\" OR 1=1 --", "speaker:<img src=x onerror=alert(1)>",
        "'; DROP TABLE document; --"})
    void hostileQueriesAreHarmless(String query) throws Exception {
        Reply reply = get("/api/search?q=" + encoded(query));

        assertThat(reply.status()).isIn(200, 400);
        assertThat(reply.contentType()).doesNotContain("html");
        if (reply.status() == 200) {
            for (JsonNode hit : reply.json().get("hits")) {
                assertThat(hit.get("highlight").asText()).doesNotContain("<script").doesNotContain("<img");
            }
        } else {
            assertProblem(reply, 400);
        }
        assertThat(get("/healthz").status()).as("the database is still there").isEqualTo(200);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/healthz", "/api/search?q=ICRMW", "/api/documents/987654", "/nothing"}) {
            var headers = get(path).raw().headers();
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValue("default-src 'self'");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
        }
    }

    @Test
    void theOpenApiDocumentDescribesExactlyTheRoutes() throws Exception {
        Reply reply = get("/api/openapi.json");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode doc = reply.json();
        assertThat(doc.get("openapi").asText()).startsWith("3.1");
        java.util.List<String> described = new java.util.ArrayList<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(
                method -> described.add(method + " " + path.getKey())));
        assertThat(described).containsExactlyInAnyOrderElementsOf(server.operations());
    }

    @Test
    void aSecondServerOnTheSamePortFailsWithOneLine() {
        WebServer second = new WebServer(new WebServices(null, null, null, null, null, null, null, null, null), true);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> second.start(server.port()))
                .isInstanceOf(org.upright.common.UprightException.class)
                .hasMessageContaining("port " + server.port() + " is in use")
                .hasMessageNotContaining("\n");
    }
}
