package org.upright.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

/**
 * The tracking status where users look for it, on a real server: search filters and facets, the dashboard's chart
 * and table, the home page's and {@code /api/countries}' open recommendations; a change shows at once.
 */
class TrackingStatusWebTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static ServedCompilation served;
    private static SignedIn admin;
    private static SignedIn editor;

    @BeforeAll
    static void serve() throws IOException {
        served = ServedCompilation.start(dir);
        admin = SignedIn.as(served, "aigerim", Role.ADMIN);
        editor = SignedIn.as(served, "daniyar", Role.EDITOR, "Ministry of Justice");
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    /** The tracking key of the n-th recommendation to the State, as the index orders them by date. */
    private static String recommendationKey(int n) {
        List<SearchHit> hits = served.index.search(new SearchQuery("", Map.of("country", List.of("KAZ"), "kind",
                List.of("recommendation")), SearchQuery.Sort.DATE, 0, n + 1, false, false)).hits();
        SearchHit hit = hits.get(n);
        return TrackingKey.ofEntry(hit.id(), hit.document(), hit.number());
    }

    private static void setStatus(String key, String status) {
        HttpResponse<String> assigned = admin.sendJson("PUT", "/api" + TrackingPanel.url(key, "institutions"),
                "{\"version\":0,\"institutions\":[\"Ministry of Justice\"]}");
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
        HttpResponse<String> changed = editor.sendJson("PUT", "/api" + TrackingPanel.url(key, "status"),
                "{\"version\":1,\"status\":\"" + status + "\"}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    }

    private static JsonNode json(String path) throws IOException {
        HttpResponse<String> response = SignedIn.anonymous(served.port()).get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static long facet(JsonNode search, String value) {
        return search.path("facets").path("tracking").path(value).asLong(0);
    }

    private static long openOfKaz() throws IOException {
        for (JsonNode country : json("/api/countries").get("countries")) {
            if (country.get("iso3").asText().equals("KAZ")) {
                return country.get("openRecommendations").asLong();
            }
        }
        throw new AssertionError("KAZ is not listed");
    }

    @Test
    void everyUntrackedRecommendationIsIndexedAsNotStartedAndOnlyRecommendationsCarryAStatus() throws IOException {
        JsonNode recommendations = json("/api/search?country=KAZ&kind=recommendation&limit=1");
        JsonNode concerns = json("/api/search?country=KAZ&kind=concern&limit=1");

        long notStarted = facet(recommendations, "not_started");
        assertThat(notStarted).isPositive();
        long tracked = 0;
        for (JsonNode count : recommendations.path("facets").path("tracking")) {
            tracked += count.asLong();
        }
        assertThat(tracked).isEqualTo(recommendations.get("total").asLong());
        assertThat(concerns.path("facets").path("tracking").size()).isZero();
    }

    @Test
    void aStatusChangeShowsAtOnceInTheSearchFilterAndFacetsAndTheDashboardChart() throws IOException {
        String key = recommendationKey(0);
        JsonNode before = json("/api/search?country=KAZ&kind=recommendation&limit=1");

        setStatus(key, "partially_implemented");

        JsonNode after = json("/api/search?country=KAZ&kind=recommendation&limit=1");
        assertThat(facet(after, "partially_implemented")).isEqualTo(facet(before, "partially_implemented") + 1);
        assertThat(facet(after, "not_started")).isEqualTo(facet(before, "not_started") - 1);
        JsonNode filtered = json("/api/search?country=KAZ&tracking=partially_implemented");
        assertThat(filtered.get("total").asLong()).isEqualTo(facet(after, "partially_implemented"));

        Document page = Jsoup.parse(SignedIn.anonymous(served.port()).get("/search?country=KAZ&kind=recommendation")
                .body());
        assertThat(page.select("aside.facets").text()).contains("Tracking status").contains("Partially implemented")
                .contains("Not started");
        Document dashboard = Jsoup.parse(SignedIn.anonymous(served.port()).get("/countries/KAZ").body());
        assertThat(dashboard.select("#chart-tracking caption").text()).isEqualTo("Recommendations by tracking status");
        assertThat(dashboard.select("#chart-tracking tbody tr").stream().map(tr -> tr.text()).toList())
                .contains("Partially implemented " + facet(after, "partially_implemented"));
        assertThat(dashboard.select("#chart-tracking canvas").attr("data-chart")).contains("Partially implemented");
        assertThat(dashboard.select("#chart-tracking .hint").text()).contains("untracked recommendation counts as not started");
    }

    @Test
    void theHomePageAndTheApiCountOpenRecommendationsAndAChangeShowsAtOnceDespiteTheCache() throws IOException {
        String implemented = recommendationKey(1);
        String inProgress = recommendationKey(2);
        long before = openOfKaz();
        Document home = Jsoup.parse(SignedIn.anonymous(served.port()).get("/").body());
        assertThat(home.select("th").text()).contains("Open recommendations");
        assertThat(home.select("p.hint").text()).contains("supported or noted").contains("not started");

        setStatus(implemented, "implemented");
        setStatus(inProgress, "in_progress");

        assertThat(openOfKaz()).isEqualTo(before - 1);
        Document after = Jsoup.parse(SignedIn.anonymous(served.port()).get("/").body());
        assertThat(after.select("tr:has(a[href=/countries/KAZ]) td").last().text())
                .isEqualTo(String.valueOf(before - 1));
        String link = after.select("tr:has(a[href=/countries/KAZ]) td a").attr("href");
        assertThat(link).contains("tracking=not_started,in_progress,partially_implemented");
        assertThat(json("/api/search?country=KAZ&kind=recommendation&tracking=not_started,in_progress,"
                + "partially_implemented&limit=1").get("total").asLong()).isEqualTo(before - 1);
    }

    @Test
    void theFrenchDashboardNamesTheStatusesInFrench() {
        Document dashboard = Jsoup.parse(SignedIn.anonymous(served.port()).get("/countries/KAZ?lang=fr").body());

        assertThat(dashboard.select("#chart-tracking caption").text()).isEqualTo("Recommandations par état du suivi");
        assertThat(dashboard.select("#chart-tracking tbody").text()).contains("Non commencé");
    }
}
