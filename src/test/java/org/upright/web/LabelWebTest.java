package org.upright.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.account.Role;
import org.upright.classify.LabelNames;
import org.upright.search.SearchQuery;

/**
 * Labels through the web: the panel on entry pages (confidence, state, history), decisions through the forms (with
 * and without htmx) and the API, refusals, and the review queue, over the Kazakhstan samples ingested with a real
 * label store ({@link LabelFixture}); each test works on entries no other test touches.
 */
class LabelWebTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static LabelFixture served;
    private static SignedIn editor;
    /** The queue as it was before any test decided anything, least confident first. */
    private static List<JsonNode> queue;

    @BeforeAll
    static void serve() throws IOException {
        served = LabelFixture.start(dir);
        editor = SignedIn.as(served.accounts, served.port(), "Daniyar", Role.EDITOR, "Ministry of Justice");
        HttpResponse<String> reply = editor.get("/api/review?country=KAZ&limit=200");
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        queue = new ArrayList<>();
        JSON.readTree(reply.body()).get("items").forEach(queue::add);
        assertThat(queue).as("the samples' entries wait for review").hasSizeGreaterThan(6);
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    /** An entry of the queue no other test took that meets the test's needs. */
    private static synchronized JsonNode take(java.util.function.Predicate<JsonNode> wanted) {
        for (int i = 0; i < queue.size(); i++) {
            JsonNode item = queue.get(i);
            if (item != null && wanted.test(item)) {
                queue.set(i, null);
                return item;
            }
        }
        throw new AssertionError("no entry left for this test");
    }

    /** An entry with at least this many suggestions. */
    private static JsonNode take(int labels) {
        return take(item -> item.get("labels").size() >= labels);
    }

    private static String key(JsonNode item) {
        return item.get("key").asText();
    }

    /** The entry page's path of a key, through {@code GET /labels/{key}}. */
    private static String entryPath(String key) {
        HttpResponse<String> redirect = SignedIn.anonymous(served.port()).get(LabelPanel.url(key));
        assertThat(redirect.statusCode()).as(redirect.body()).isEqualTo(303);
        return redirect.headers().firstValue("Location").orElseThrow();
    }

    private static HttpResponse<String> htmxForm(SignedIn who, String path, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put(Sessions.CSRF_FIELD, who.csrfToken);
        return who.send(HttpRequest.newBuilder(SignedIn.uri(served.port(), path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("HX-Request", "true")
                .POST(HttpRequest.BodyPublishers.ofString(SignedIn.form(withToken))));
    }

    private static Map<String, String> decision(JsonNode label, String decision, String back) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("family", label.get("family").asText());
        fields.put("concept", label.get("concept").asText());
        fields.put("decision", decision);
        if (back != null) {
            fields.put("back", back);
        }
        return fields;
    }

    private static JsonNode labels(String key) throws IOException {
        HttpResponse<String> reply = SignedIn.anonymous(served.port()).get("/api" + LabelPanel.url(key));
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        return JSON.readTree(reply.body());
    }

    private static long themeCount(String theme) {
        return served.index.search(new SearchQuery("", Map.of("theme", List.of(theme)), SearchQuery.Sort.RELEVANCE,
                0, 1, false, false)).total();
    }

    @Test
    void anEntryPageShowsItsSuggestionsWithTheirConfidenceToAnyoneAndFormsOnlyToEditors() {
        JsonNode item = take(1);
        JsonNode label = item.get("labels").get(0);
        String path = entryPath(key(item));

        String page = SignedIn.anonymous(served.port()).get(path).body();
        String asEditor = editor.get(path).body();

        assertThat(page).contains("Themes, persons and SDGs").contains(label.get("label").asText())
                .contains(String.format(java.util.Locale.ROOT, "%.2f", label.get("confidence").asDouble()))
                .contains("suggested").contains("No decision yet.").doesNotContain("action=\"/labels/");
        assertThat(asEditor).contains("action=\"" + LabelPanel.url(key(item)) + "\"")
                .contains("hx-post=\"" + LabelPanel.url(key(item)) + "\"").contains("name=\"decision\" value=\"accept\"")
                .contains("name=\"_csrf\" value=\"" + editor.csrfToken + "\"").contains("<optgroup label=\"Themes\">");
    }

    @Test
    void anEditorAcceptsOneAndRejectsOneThroughTheFormsAndThePageShowsTheStatesAndTheHistory() throws IOException {
        JsonNode item = take(2);
        String key = key(item);
        String path = entryPath(key);
        JsonNode first = item.get("labels").get(0);
        JsonNode second = item.get("labels").get(1);

        HttpResponse<String> accepted = editor.postForm(LabelPanel.url(key), decision(first, "accept", path));
        HttpResponse<String> rejected = htmxForm(editor, LabelPanel.url(key), decision(second, "reject", path));

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(303);
        assertThat(accepted.headers().firstValue("Location")).hasValue(path);
        assertThat(rejected.statusCode()).isEqualTo(200);
        assertThat(rejected.body().strip()).startsWith("<section class=\"labels\"").doesNotContain("<html")
                .contains("<del>");
        String page = editor.get(path).body();
        assertThat(page).contains("label label-accepted").contains("Turned down").contains("by Daniyar")
                .containsPattern("<td>Daniyar</td><td>[^<]*" + java.util.regex.Pattern.quote(
                        LabelPanel.shown(first.get("concept").asText(), first.get("label").asText())
                                .replace("&", "&amp;")) + "</td><td>suggested → accepted</td>")
                .contains("suggested → rejected");
        JsonNode stored = labels(key);
        assertThat(stored.get("history")).hasSize(2);
        assertThat(stored.get("history").get(0).get("actor").asText()).isEqualTo("Daniyar");
        assertThat(stored.get("labels").findValuesAsText("state")).contains("accepted", "rejected");
    }

    @Test
    void theApiDecidesWithJsonOrFormsAndTheThemeFacetFollows() throws IOException {
        JsonNode item = take(i -> key(i).startsWith("r:") && i.get("labels").findValuesAsText("family")
                .contains("theme"));
        String key = key(item);
        JsonNode theme = null;
        for (JsonNode l : item.get("labels")) {
            if (theme == null && l.get("family").asText().equals("theme")) {
                theme = l;
            }
        }
        String facet = LabelNames.display(LabelWebTest.family(theme), theme.get("concept").asText(),
                theme.get("label").asText());
        long before = themeCount(facet);
        long equalityBefore = themeCount("B31 Equality & non-discrimination");

        HttpResponse<String> rejected = editor.sendJson("POST", "/api" + LabelPanel.url(key),
                "{\"family\":\"" + theme.get("family").asText() + "\",\"concept\":\"" + theme.get("concept").asText()
                        + "\",\"decision\":\"reject\"}");
        HttpResponse<String> added = editor.send(HttpRequest.newBuilder(SignedIn.uri(served.port(), "/api"
                        + LabelPanel.url(key))).header("Content-Type", "application/x-www-form-urlencoded")
                .header(Sessions.CSRF_HEADER, editor.csrfToken).POST(HttpRequest.BodyPublishers.ofString(
                        "family=theme&concept=B31&decision=add")));

        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        JsonNode now = JSON.readTree(added.body());
        assertThat(now.get("labels").findValuesAsText("concept")).contains("B31");
        assertThat(now.get("history")).hasSize(2);
        assertThat(now.get("history").get(1).get("after").asText()).isEqualTo("added");
        assertThat(themeCount(facet)).as("the rejected theme left the facet").isEqualTo(before - 1);
        assertThat(themeCount("B31 Equality & non-discrimination")).isEqualTo(equalityBefore + 1);
    }

    private static org.upright.classify.Family family(JsonNode label) {
        return LabelDecision.family(label.get("family").asText());
    }

    @Test
    void aViewerTheAnonymousAndARequestWithoutTheTokenAreRefusedAndNothingChanges() throws IOException {
        JsonNode item = take(1);
        String key = key(item);
        Map<String, String> accept = decision(item.get("labels").get(0), "accept", null);
        SignedIn viewer = SignedIn.as(served.accounts, served.port(), "Vera", Role.VIEWER);

        assertThat(viewer.postForm(LabelPanel.url(key), accept).statusCode()).isEqualTo(403);
        assertThat(viewer.sendJson("POST", "/api" + LabelPanel.url(key), JSON.writeValueAsString(accept))
                .statusCode()).isEqualTo(403);
        assertThat(editor.postFormWithoutToken(LabelPanel.url(key), accept).statusCode()).isEqualTo(403);
        assertThat(SignedIn.anonymous(served.port()).postFormWithoutToken("/api" + LabelPanel.url(key), accept)
                .statusCode()).isEqualTo(401);
        assertThat(viewer.get("/api/review").statusCode()).isEqualTo(403);
        assertThat(viewer.get("/review").statusCode()).isEqualTo(403);
        assertThat(SignedIn.anonymous(served.port()).get("/review").statusCode()).isEqualTo(302);
        assertThat(labels(key).get("history")).isEmpty();
    }

    @Test
    void hostileInputIsRefusedAsAProblemAndShownAsText() throws IOException {
        JsonNode item = take(1);
        String key = key(item);
        String hostile = "<script>alert(1)</script>";

        HttpResponse<String> api = editor.sendJson("POST", "/api" + LabelPanel.url(key),
                "{\"family\":\"theme\",\"concept\":\"" + hostile + "\",\"decision\":\"add\"}");
        HttpResponse<String> htmx = htmxForm(editor, LabelPanel.url(key), Map.of("family", "theme",
                "concept", hostile, "decision", "add"));
        HttpResponse<String> plain = editor.postForm(LabelPanel.url(key), Map.of("family", "theme",
                "concept", hostile, "decision", "add"));
        HttpResponse<String> badDecision = editor.sendJson("POST", "/api" + LabelPanel.url(key),
                "{\"family\":\"theme\",\"concept\":\"A12\",\"decision\":\"" + hostile + "\"}");
        HttpResponse<String> badFamily = editor.sendJson("POST", "/api" + LabelPanel.url(key),
                "{\"family\":\"colour\",\"concept\":\"A12\",\"decision\":\"add\"}");

        assertThat(api.statusCode()).isEqualTo(422);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(JSON.readTree(api.body()).get("detail").asText()).contains("taxonomy has no theme");
        assertThat(htmx.statusCode()).isEqualTo(200);
        assertThat(htmx.body()).contains("role=\"alert\"").contains("&lt;script&gt;").doesNotContain(hostile);
        assertThat(plain.statusCode()).isEqualTo(422);
        assertThat(plain.body()).contains("<html").contains("&lt;script&gt;").doesNotContain(hostile);
        assertThat(badDecision.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badDecision.body()).get("detail").asText()).startsWith("unknown decision");
        assertThat(badFamily.statusCode()).isEqualTo(400);
        assertThat(labels(key).get("history")).isEmpty();
    }

    @Test
    void theQueueListsTheLeastConfidentFirstAndShrinksAfterADecision() throws IOException {
        JsonNode all = JSON.readTree(editor.get("/api/review?country=KAZ&limit=200").body());
        List<Double> lowest = new ArrayList<>();
        for (JsonNode item : all.get("items")) {
            double min = 1;
            for (JsonNode l : item.get("labels")) {
                if (l.get("state").asText().equals("suggested")) {
                    min = Math.min(min, l.get("confidence").asDouble());
                }
            }
            lowest.add(min);
        }
        assertThat(lowest).isSorted();
        JsonNode first = take(item -> item.get("labels").size() == 1);
        long waiting = all.get("waiting").asLong();
        String page = editor.get("/review?country=KAZ").body();
        assertThat(page).contains("Entries of KAZ waiting for review: " + waiting).contains("class=\"review-item\"")
                .contains("href=\"" + LabelPanel.url(key(all.get("items").get(0))) + "\"");

        HttpResponse<String> done = htmxForm(editor, LabelPanel.url(key(first)),
                Map.of("family", first.get("labels").get(0).get("family").asText(), "concept",
                        first.get("labels").get(0).get("concept").asText(), "decision", "accept", "view", "review",
                        "back", "/review?country=KAZ"));

        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.headers().firstValue("HX-Retarget")).hasValue("#" + LabelPanel.reviewId(key(first)));
        assertThat(done.body()).contains("Reviewed");
        JsonNode after = JSON.readTree(editor.get("/api/review?country=KAZ&limit=200").body());
        assertThat(after.get("waiting").asLong()).isLessThan(waiting);
        assertThat(after.get("items").findValuesAsText("key")).doesNotContain(key(first));
        assertThat(JSON.readTree(editor.get("/api/review?country=XYZ").body()).has("items")).isFalse();
    }

    @Test
    void theReviewPageIsInFrenchAndTheNavigationAndDashboardLinkItForEditorsOnly() {
        // its own session: the language chosen is kept in a cookie
        SignedIn reader = SignedIn.as(served.accounts, served.port(), "Saule", Role.EDITOR);
        String french = reader.get("/review?lang=fr").body();
        String dashboard = editor.get("/countries/KAZ").body();
        String publicDashboard = SignedIn.anonymous(served.port()).get("/countries/KAZ").body();

        assertThat(french).contains("Revue des étiquettes").contains("Entrées en attente de revue");
        assertThat(dashboard).contains("href=\"/review?country=KAZ\"").contains("<a href=\"/review\">");
        assertThat(publicDashboard).doesNotContain("href=\"/review");
    }
}
