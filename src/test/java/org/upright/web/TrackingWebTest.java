package org.upright.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
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
import org.upright.account.Role;
import org.upright.tracking.TrackingKey;

/**
 * Tracking through the web as browsers and API clients use it: a real server, accounts signed in on their own
 * sessions through {@code POST /api/session} ({@link SignedIn}), each test on its own item.
 */
class TrackingWebTest {
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

    /** A browser with its own cookies, signed in as one account (or anonymous), with its session's CSRF token. */
    private record Browser(HttpClient http, String csrf) {
        static Browser anonymous() {
            return new Browser(HttpClient.newBuilder().cookieHandler(new CookieManager()).build(), "");
        }

        /** Signs in for real through {@code POST /api/session}, the account made first if its name is new. */
        static Browser signedIn(String name, Role role, String... institutions) {
            SignedIn signedIn = SignedIn.as(served, name, role, institutions);
            return new Browser(signedIn.http, signedIn.csrfToken);
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> json(String method, String path, String body) throws Exception {
            return http.send(request(path).header("Content-Type", "application/json").header("X-CSRF-Token", csrf)
                    .method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> form(String path, String form, boolean htmx) throws Exception {
            HttpRequest.Builder request = request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + enc(csrf)));
            if (htmx) {
                request.header("HX-Request", "true");
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(SignedIn.uri(served.port(), path));
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String api(String key, String part) {
        return "/api" + TrackingPanel.url(key, part);
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    private static Browser admin() throws Exception {
        return Browser.signedIn("Aigerim", Role.ADMIN);
    }

    private static Browser justice(String name) throws Exception {
        return Browser.signedIn(name, Role.EDITOR, "Ministry of Justice");
    }

    private static void assign(String key) throws Exception {
        HttpResponse<String> assigned = admin().json("PUT", api(key, "institutions"),
                "{\"version\":0,\"institutions\":[\"Ministry of Justice\"]}");
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
    }

    @Test
    void anItemNeverTrackedReadsAsNotStartedAtVersionZeroForAnyone() throws Exception {
        HttpResponse<String> reply = Browser.anonymous().get(api("r:A_HRC_22_12:95.1", ""));

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(json(reply).get("status").asText()).isEqualTo("not_started");
        assertThat(json(reply).get("version").asLong()).isZero();
        assertThat(json(reply).get("history").size()).isZero();
    }

    @Test
    void anEditorOfTheResponsibleInstitutionChangesTheItemAndTheHistoryShowsWhoAndWhat() throws Exception {
        String key = "r:A_HRC_22_12:95.2";
        assign(key);

        HttpResponse<String> status = justice("Daniyar").json("PUT", api(key, "status"),
                "{\"version\":1,\"status\":\"in_progress\"}");
        HttpResponse<String> action = justice("Daniyar").json("POST", api(key, "actions"),
                "{\"version\":2,\"date\":\"2026-03-01\",\"description\":\"Bill tabled\","
                        + "\"evidence\":[\"https://example.org/bill\"]}");

        assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
        assertThat(action.statusCode()).as(action.body()).isEqualTo(200);
        JsonNode item = json(Browser.anonymous().get(api(key, "")));
        assertThat(item.get("status").asText()).isEqualTo("in_progress");
        assertThat(item.get("version").asLong()).isEqualTo(3);
        assertThat(item.get("actions").get(0).get("evidence").get(0).asText()).isEqualTo("https://example.org/bill");
        JsonNode history = item.get("history");
        assertThat(history.get(1).get("actor").asText()).isEqualTo("Daniyar");
        assertThat(history.get(1).get("before").asText()).isEqualTo("\"not_started\"");
        assertThat(history.get(1).get("after").asText()).isEqualTo("\"in_progress\"");
    }

    @Test
    void aStaleVersionIsA409ProblemNamingWhoChangedTheItem() throws Exception {
        String key = "r:A_HRC_22_12:95.3";
        assign(key);
        justice("Daniyar").json("PUT", api(key, "status"), "{\"version\":1,\"status\":\"implemented\"}");

        HttpResponse<String> stale = justice("Saule").json("PUT", api(key, "status"),
                "{\"version\":1,\"status\":\"not_accepted\"}");

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json(stale).get("detail").asText()).contains("was changed by Daniyar at 2026-11-25 09:00 UTC")
                .contains("reload");
        assertThat(json(Browser.anonymous().get(api(key, ""))).get("status").asText()).isEqualTo("implemented");
    }

    @Test
    void writesNeedAnAccountTheRightRoleInstitutionAndTheCsrfToken() throws Exception {
        String key = "r:A_HRC_22_12:95.4";
        assign(key);
        String body = "{\"version\":1,\"status\":\"implemented\"}";

        assertThat(Browser.anonymous().json("PUT", api(key, "status"), body).statusCode()).isEqualTo(401);
        assertThat(Browser.signedIn("Vera", Role.VIEWER).json("PUT", api(key, "status"), body).statusCode())
                .isEqualTo(403);
        assertThat(Browser.signedIn("Marat", Role.EDITOR, "Ministry of Health").json("PUT", api(key, "status"), body)
                .statusCode()).isEqualTo(403);
        assertThat(justice("Daniyar").json("PUT", api(key, "institutions"),
                "{\"version\":1,\"institutions\":[\"Ministry of Health\"]}").statusCode()).isEqualTo(403);
        Browser editor = justice("Daniyar");
        assertThat(new Browser(editor.http(), "wrong").json("PUT", api(key, "status"), body).statusCode())
                .isEqualTo(403);
        HttpResponse<String> badStatus = editor.json("PUT", api(key, "status"), "{\"version\":1,\"status\":\"x\"}");
        assertThat(badStatus.statusCode()).isEqualTo(400);
        assertThat(json(badStatus).get("detail").asText()).startsWith("unknown tracking status x");
        assertThat(editor.json("PUT", api(key, "status"), "{\"status\":\"implemented\"}").statusCode())
                .isEqualTo(400);
        assertThat(json(Browser.anonymous().get(api(key, ""))).get("version").asLong()).isEqualTo(1);
    }

    @Test
    void thePanelShowsTheTrackingToReadersAndTheFormsOnlyToWhoMayEdit() throws Exception {
        String key = "r:A_HRC_22_12:95.5";
        assign(key);
        justice("Daniyar").json("POST", api(key, "comments"), "{\"version\":1,\"text\":\"<b>Vote</b> due\"}");

        String anonymous = Browser.anonymous().get(TrackingPanel.url(key, null)).body();
        String editor = justice("Saule").get(TrackingPanel.url(key, null)).body();
        String otherEditor = Browser.signedIn("Marat", Role.EDITOR, "Ministry of Health")
                .get(TrackingPanel.url(key, null)).body();

        assertThat(anonymous).contains("Ministry of Justice").contains("&lt;b&gt;Vote&lt;/b&gt; due")
                .contains("Daniyar").contains("Not started").doesNotContain("<form method=\"post\" action=\"/tracking");
        assertThat(otherEditor).doesNotContain("action=\"/tracking/");
        assertThat(editor).contains("action=\"/tracking/r%3AA_HRC_22_12%3A95.5/status\"")
                .contains("hx-post=\"/tracking/r%3AA_HRC_22_12%3A95.5/status\"").contains("hx-swap=\"outerHTML\"")
                .contains("name=\"_csrf\"").contains("name=\"version\" value=\"2\"");
    }

    @Test
    void aFormWorksWithoutJavaScriptByRedirectingBackAndWithHtmxByAnsweringThePanel() throws Exception {
        String key = "r:A_HRC_22_12:95.6";
        assign(key);
        Browser editor = justice("Daniyar");

        HttpResponse<String> plain = editor.form(TrackingPanel.url(key, "status"),
                "version=1&status=in_progress&back=" + enc("/countries/KAZ"), false);
        HttpResponse<String> htmx = editor.form(TrackingPanel.url(key, "indicators"),
                "version=2&name=Cases&baseline=1&target=10&current=4&unit=cases", true);
        HttpResponse<String> offSite = editor.form(TrackingPanel.url(key, "comments"),
                "version=3&text=ok&back=" + enc("//evil.example/"), false);

        assertThat(plain.statusCode()).isEqualTo(303);
        assertThat(plain.headers().firstValue("Location")).hasValue("/countries/KAZ");
        assertThat(htmx.statusCode()).isEqualTo(200);
        assertThat(htmx.body().strip()).startsWith("<section class=\"tracking\"").doesNotContain("<html")
                .contains("In progress").contains("Cases");
        assertThat(offSite.headers().firstValue("Location")).hasValue(TrackingPanel.url(key, null));
    }

    @Test
    void aConflictOnAFormShowsAClearMessageInThePanel() throws Exception {
        String key = "r:A_HRC_22_12:95.7";
        assign(key);
        justice("Daniyar").form(TrackingPanel.url(key, "status"), "version=1&status=implemented", false);

        HttpResponse<String> plain = justice("Saule").form(TrackingPanel.url(key, "status"),
                "version=1&status=in_progress", false);
        HttpResponse<String> htmx = justice("Saule").form(TrackingPanel.url(key, "comments"), "version=1&text=late",
                true);
        HttpResponse<String> badLink = justice("Saule").form(TrackingPanel.url(key, "actions"),
                "version=2&date=2026-01-01&description=x&evidence=" + enc("javascript:alert(1)"), true);

        assertThat(plain.statusCode()).isEqualTo(409);
        assertThat(plain.body()).contains("<html").contains("Changed meanwhile:")
                .contains("was changed by Daniyar at 2026-11-25 09:00 UTC since you opened it");
        assertThat(htmx.statusCode()).isEqualTo(200);
        assertThat(htmx.body()).contains("role=\"alert\"").contains("was changed by Daniyar");
        assertThat(badLink.body()).contains("Not saved:").contains("is not an http(s) address")
                .doesNotContain("href=\"javascript");
    }

    @Test
    void aMembersPageShowsItsClustersTrackingAndTheFrenchPanelIsInFrench() throws Exception {
        String cluster = TrackingKey.cluster("Ratify OP-CAT");
        String member = "r:A_HRC_22_12:95.8";
        admin().json("PUT", api(cluster, "members"), "{\"version\":0,\"members\":[\"" + member + "\"]}");
        admin().json("PUT", api(cluster, "status"), "{\"version\":1,\"status\":\"partially_implemented\"}");

        JsonNode item = json(Browser.anonymous().get(api(member, "")));
        String page = Browser.anonymous().get(TrackingPanel.url(member, null) + "?lang=fr").body();

        assertThat(item.get("clusters").get(0).get("key").asText()).isEqualTo(cluster);
        assertThat(item.get("clusters").get(0).get("status").asText()).isEqualTo("partially_implemented");
        assertThat(page).contains("Suivi aussi dans le groupe").contains("c:ratify-op-cat")
                .contains("Partiellement mis en œuvre");
    }

    @Test
    void aKeyThatIsNoKeyIsABadRequest() throws Exception {
        HttpResponse<String> reply = Browser.anonymous().get("/api/tracking/nonsense");

        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(json(reply).get("detail").asText()).startsWith("not a tracking key: nonsense");
    }
}
