package org.upright.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.account.Role;
import org.upright.search.SearchHit;
import org.upright.search.SearchQuery;
import org.upright.tracking.TrackingKey;

/**
 * Tracking against hostile users on a real server with real sign-ins: an editor of another institution changes
 * nothing, through the API or the form; a comment with HTML and a script comes back escaped on the entry page.
 */
class TrackingSecurityTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static ServedCompilation served;
    private static SignedIn admin;
    private static SignedIn justice;
    private static SignedIn health;
    private static SearchHit entry;
    private static String key;

    @BeforeAll
    static void serve() throws IOException {
        served = ServedCompilation.start(dir);
        admin = SignedIn.as(served, "aigerim", Role.ADMIN);
        justice = SignedIn.as(served, "daniyar", Role.EDITOR, "Ministry of Justice");
        health = SignedIn.as(served, "marat", Role.EDITOR, "Ministry of Health");
        entry = served.index.search(new SearchQuery("", Map.of("country", List.of("KAZ"), "kind",
                List.of("recommendation")), SearchQuery.Sort.RELEVANCE, 0, 1, false, false)).hits().get(0);
        key = TrackingKey.ofEntry(entry.id(), entry.document(), entry.number());
        HttpResponse<String> assigned = admin.sendJson("PUT", "/api" + TrackingPanel.url(key, "institutions"),
                "{\"version\":0,\"institutions\":[\"Ministry of Justice\"]}");
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    private static long version() throws IOException {
        return JSON.readTree(SignedIn.anonymous(served.port()).get("/api" + TrackingPanel.url(key, "")).body())
                .get("version").asLong();
    }

    @Test
    void anEditorOfAnotherInstitutionCannotChangeTheRecommendationThroughTheApiOrTheForm() throws IOException {
        long version = version();

        HttpResponse<String> api = health.sendJson("PUT", "/api" + TrackingPanel.url(key, "status"),
                "{\"version\":" + version + ",\"status\":\"implemented\"}");
        HttpResponse<String> apiComment = health.sendJson("POST", "/api" + TrackingPanel.url(key, "comments"),
                "{\"version\":" + version + ",\"text\":\"mine now\"}");
        HttpResponse<String> form = health.postForm(TrackingPanel.url(key, "status"),
                Map.of("version", String.valueOf(version), "status", "implemented"));
        HttpResponse<String> htmx = health.send(java.net.http.HttpRequest.newBuilder(SignedIn.uri(served.port(),
                TrackingPanel.url(key, "status"))).header("Content-Type", "application/x-www-form-urlencoded")
                .header("HX-Request", "true").POST(java.net.http.HttpRequest.BodyPublishers.ofString(SignedIn.form(
                        Map.of("version", String.valueOf(version), "status", "implemented", "_csrf",
                                health.csrfToken)))));

        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.body()).contains("only Ministry of Justice (or an admin) may change");
        assertThat(apiComment.statusCode()).isEqualTo(403);
        assertThat(form.statusCode()).isEqualTo(403);
        assertThat(form.body()).contains("only Ministry of Justice (or an admin) may change");
        assertThat(htmx.body()).contains("role=\"alert\"").contains("only Ministry of Justice");
        assertThat(version()).isEqualTo(version);
        assertThat(JSON.readTree(SignedIn.anonymous(served.port()).get("/api" + TrackingPanel.url(key, "")).body())
                .get("status").asText()).isEqualTo("not_started");
        assertThat(justice.sendJson("PUT", "/api" + TrackingPanel.url(key, "status"),
                "{\"version\":" + version + ",\"status\":\"in_progress\"}").statusCode())
                .as("the responsible institution's editor may").isEqualTo(200);
    }

    @Test
    void aCommentWithHtmlAndAScriptComesBackEscapedOnTheEntryPage() throws IOException {
        String hostile = "<script>alert('x')</script><img src=x onerror=alert(1)> & \"quoted\"";
        HttpResponse<String> posted = justice.postForm(TrackingPanel.url(key, "comments"),
                Map.of("version", String.valueOf(version()), "text", hostile));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(303);

        HttpResponse<String> page = SignedIn.anonymous(served.port()).get(EntryPage.url(entry.id()));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("&lt;script&gt;alert('x')&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; "
                + "&amp; \"quoted\"")
                .doesNotContain("<script>alert").doesNotContain("<img src=x");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'"));
    }
}
