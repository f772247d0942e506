package org.upright.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.HandlerType;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.account.Role;

/**
 * Who may do what over HTTP: every write route needs a session, a role large enough and the session's CSRF token;
 * sign-in is throttled, changes the session id, sets safe cookie flags, follows only local {@code next} paths and
 * answers the same for a wrong name or password; hostile input in sign-in fields and search boxes is harmless.
 */
class WebSecurityTest {
    private static final Pattern LOGIN_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([0-9a-f]+)\"");
    private static final List<String> HOSTILE = List.of("' OR '1'='1", "admin'--", "\"; DROP TABLE account; --",
            "*:*", "\"unbalanced", "(((", "a AND OR NOT", "field:[a TO", "\\", "~~~^2", "/regex/", "?*", "%00",
            "<script>alert(1)</script>", "{!xmlparser}", "' UNION SELECT password_hash FROM account --");

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

    private static int port() {
        return served.port();
    }

    /** Every route that changes something, whoever added it: any method but GET, HEAD and OPTIONS, except OPEN. */
    private static List<Routes.Route> guardedWrites() {
        return served.server.allRoutes().stream().filter(r -> Guard.isWrite(r.method()) && r.access() != Access.OPEN)
                .toList();
    }

    private static String concrete(String path) {
        return path.replaceAll("\\{[^}]+}", "1");
    }

    @Test
    void everyGuardedWriteRefusesAnonymousViewersAndRequestsWithoutTheToken() {
        List<Routes.Route> writes = guardedWrites();
        assertThat(writes).as("at least sign-out and the accounts form").extracting(Routes.Route::path)
                .contains("/logout", "/api/session", "/admin/accounts");
        SignedIn anonymous = SignedIn.anonymous(port());
        SignedIn viewer = SignedIn.as(served, "sec-viewer", Role.VIEWER);
        SignedIn editor = SignedIn.as(served, "sec-editor", Role.EDITOR, "Ministry of Justice");
        SignedIn admin = SignedIn.as(served, "sec-admin", Role.ADMIN);

        for (Routes.Route route : writes) {
            String method = route.method().name();
            String path = concrete(route.path());
            assertThat(anonymous.sendWithoutToken(method, path).statusCode()).as("anonymous " + method + " " + path)
                    .isEqualTo(401);
            if (route.access() == Access.EDITOR || route.access() == Access.ADMIN) {
                assertThat(viewer.sendJson(method, path, "{}").statusCode()).as("viewer " + method + " " + path)
                        .isEqualTo(403);
            }
            assertThat(editor.sendWithoutToken(method, path).statusCode()).as("editor without token " + method
                    + " " + path).isEqualTo(403);
            assertThat(admin.sendWithoutToken(method, path).statusCode()).as("admin without token " + method
                    + " " + path).isEqualTo(403);
            assertThat(admin.send(HttpRequest.newBuilder(SignedIn.uri(port(), path))
                    .header(Sessions.CSRF_HEADER, "0".repeat(64)).method(method, HttpRequest.BodyPublishers.noBody()))
                    .statusCode()).as("admin with a wrong token " + method + " " + path).isEqualTo(403);
        }
        assertThat(viewer.get("/api/session").statusCode()).as("the refusals left the sessions alone").isEqualTo(200);
    }

    @Test
    void theSessionIdChangesAtSignInAndTheOldOneIsDead() throws Exception {
        SignedIn first = SignedIn.as(served, "sec-fixation", Role.VIEWER);
        String before = sessionCookie(first.http);

        HttpResponse<String> again = first.send(HttpRequest.newBuilder(SignedIn.uri(port(), "/api/session"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"sec-fixation\",\"password\":\"" + SignedIn.PASSWORD + "\"}")));

        assertThat(again.statusCode()).isEqualTo(200);
        String after = sessionCookie(first.http);
        assertThat(after).isNotBlank().isNotEqualTo(before);
        HttpResponse<String> old = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                SignedIn.uri(port(), "/api/session")).header("Cookie", WebServer.SESSION_COOKIE + "=" + before).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(old.statusCode()).isEqualTo(401);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndTheLoginCookieStrict() {
        SignedIn.as(served, "sec-cookies", Role.VIEWER);
        SignedIn client = SignedIn.anonymous(port());

        HttpResponse<String> form = client.get("/login");
        HttpResponse<String> signIn = client.send(HttpRequest.newBuilder(SignedIn.uri(port(), "/api/session"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"sec-cookies\",\"password\":\"" + SignedIn.PASSWORD + "\"}")));

        String session = signIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(WebServer.SESSION_COOKIE + "=")).findFirst().orElseThrow();
        assertThat(session).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .as("plain http: not Secure, or the browser would drop it").doesNotContainIgnoringCase("Secure");
        String login = form.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(LoginPage.LOGIN_COOKIE + "=")).findFirst().orElseThrow();
        assertThat(login).contains("HttpOnly", "SameSite=Strict", "Path=/login");
        assertThat(signIn.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void failedSignInsAreThrottledWith429EvenForTheRightPassword() {
        SignedIn.as(served, "sec-throttled", Role.VIEWER);
        SignedIn client = SignedIn.anonymous(port());
        for (int i = 0; i < 5; i++) {
            assertThat(apiSignIn(client, "sec-throttled", "wrong password " + i).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> api = apiSignIn(client, "sec-throttled", SignedIn.PASSWORD);
        HttpResponse<String> page = formSignIn(client, "sec-throttled", SignedIn.PASSWORD, "/");

        assertThat(api.statusCode()).isEqualTo(429);
        assertThat(api.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(api.body()).contains("try again in 15 minute(s)");
        assertThat(Long.parseLong(api.headers().firstValue("Retry-After").orElseThrow())).isBetween(800L, 900L);
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.body()).contains("Too many failed sign-ins: try again in 15 minute(s).");
        assertThat(apiSignIn(client, "sec-cookies-other", "x".repeat(12)).statusCode()).as("other names")
                .isEqualTo(401);
    }

    @Test
    void aWrongNameAndAWrongPasswordGetTheSameAnswer() {
        SignedIn.as(served, "sec-generic", Role.VIEWER);
        SignedIn client = SignedIn.anonymous(port());

        HttpResponse<String> wrongPassword = formSignIn(client, "sec-generic", "not the password", "/");
        HttpResponse<String> wrongName = formSignIn(client, "sec-nobody", "not the password", "/");
        HttpResponse<String> apiPassword = apiSignIn(client, "sec-generic", "not the password");
        HttpResponse<String> apiName = apiSignIn(client, "sec-nobody", "not the password");

        assertThat(wrongPassword.statusCode()).isEqualTo(wrongName.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.body()).contains("The name or the password is wrong.");
        assertThat(wrongPassword.body().replace("sec-generic", "NAME").replaceAll("[0-9a-f]{48}", "T"))
                .isEqualTo(wrongName.body().replace("sec-nobody", "NAME").replaceAll("[0-9a-f]{48}", "T"));
        assertThat(apiPassword.statusCode()).isEqualTo(apiName.statusCode()).isEqualTo(401);
        assertThat(apiPassword.body()).isEqualTo(apiName.body());
    }

    @Test
    void signingInThroughTheFormFollowsOnlyLocalNextPaths() {
        SignedIn.as(served, "sec-next", Role.VIEWER);

        assertThat(formSignIn(SignedIn.anonymous(port()), "sec-next", SignedIn.PASSWORD, "/search?q=torture")
                .headers().firstValue("Location")).contains("/search?q=torture");
        for (String evil : List.of("https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)",
                "evil.example", "/\r\nSet-Cookie: x=y")) {
            HttpResponse<String> response = formSignIn(SignedIn.anonymous(port()), "sec-next", SignedIn.PASSWORD,
                    evil);
            assertThat(response.statusCode()).as(evil).isEqualTo(303);
            assertThat(response.headers().firstValue("Location")).as(evil).contains("/");
        }
        HttpResponse<String> form = SignedIn.anonymous(port()).get("/login?next="
                + URLEncoder.encode("https://evil.example", StandardCharsets.UTF_8));
        assertThat(form.body()).contains("name=\"next\" value=\"/\"");
        // the language links keep the query (escaped, on this server); no link or form leads anywhere else
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(form.body());
        assertThat(page.select("a[href], form[action]").stream().map(e -> e.hasAttr("href") ? e.attr("href")
                : e.attr("action"))).allSatisfy(url -> assertThat(url).matches("^(/(?!/)|#).*"));
    }

    @Test
    void aFormSignInWithoutItsPreSessionTokenIsRefused() {
        SignedIn.as(served, "sec-logincsrf", Role.VIEWER);
        SignedIn client = SignedIn.anonymous(port());

        HttpResponse<String> forged = client.postFormWithoutToken("/login", Map.of("name", "sec-logincsrf",
                "password", SignedIn.PASSWORD, "next", "/"));
        HttpResponse<String> notJson = client.send(HttpRequest.newBuilder(SignedIn.uri(port(), "/api/session"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"sec-logincsrf\",\"password\":\"" + SignedIn.PASSWORD + "\"}")));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(client.get("/api/session").statusCode()).isEqualTo(401);
    }

    @Test
    void htmlInTheLoginNameComesBackEscaped() {
        HttpResponse<String> response = formSignIn(SignedIn.anonymous(port()), "<script>alert('x')</script>",
                "whatever password", "/");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("<script>alert")
                .contains("value=\"&lt;script>alert(&#39;x&#39;)&lt;/script>\"");
    }

    @Test
    void sqlAndLuceneMetaCharactersInSignInFieldsAndSearchBoxesAreHarmless() {
        SignedIn client = SignedIn.anonymous(port());
        for (String hostile : HOSTILE) {
            String encoded = URLEncoder.encode(hostile, StandardCharsets.UTF_8);
            assertThat(formSignIn(client, hostile, hostile + hostile, "/").statusCode()).as("form " + hostile)
                    .isIn(401, 429);
            assertThat(apiSignIn(client, hostile, hostile).statusCode()).as("api " + hostile).isIn(401, 429);
            assertThat(client.get("/search?q=" + encoded).statusCode()).as("page " + hostile).isIn(200, 400);
            assertThat(client.get("/api/search?q=" + encoded + "&country=" + encoded).statusCode())
                    .as("api " + hostile).isIn(200, 400);
        }
        assertThat(served.accounts.list()).isNotEmpty();
        assertThat(client.get("/api/search?q=ICRMW").body()).contains("\"total\"");
    }

    @Test
    void signingOutEndsTheSessionAndNeedsTheToken() {
        SignedIn page = SignedIn.as(served, "sec-logout", Role.VIEWER);
        SignedIn api = SignedIn.as(served, "sec-logout", Role.VIEWER);

        assertThat(page.postFormWithoutToken("/logout", Map.of()).statusCode()).isEqualTo(403);
        HttpResponse<String> out = page.postForm("/logout", Map.of());
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(page.get("/api/session").statusCode()).isEqualTo(401);

        assertThat(api.delete("/api/session").statusCode()).isEqualTo(204);
        assertThat(api.get("/api/session").statusCode()).isEqualTo(401);
    }

    @Test
    void adminsListAndAddAccountsOthersMayNot() {
        SignedIn admin = SignedIn.as(served, "sec-admin2", Role.ADMIN);
        SignedIn editor = SignedIn.as(served, "sec-editor2", Role.EDITOR);

        HttpResponse<String> added = admin.postForm("/admin/accounts", Map.of("name", "sec-added", "role", "editor",
                "institutions", "Ministry of Health\nOmbudsman", "password", ""));

        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(added.body()).contains("Account sec-added added.", "Ministry of Health, Ombudsman");
        Matcher password = Pattern.compile("<code>([A-Za-z0-9]{20})</code>").matcher(added.body());
        assertThat(password.find()).isTrue();
        assertThat(served.accounts.authenticate("sec-added", password.group(1))).isPresent();
        assertThat(admin.postForm("/admin/accounts", Map.of("name", "SEC-ADDED", "role", "viewer",
                "institutions", "", "password", "")).statusCode()).isEqualTo(409);
        assertThat(admin.get("/admin/accounts").body()).contains("sec-added");
        assertThat(editor.get("/admin/accounts").statusCode()).isEqualTo(403);
        assertThat(SignedIn.anonymous(port()).get("/admin/accounts").headers().firstValue("Location"))
                .contains("/login?next=%2Fadmin%2Faccounts");
    }

    @Test
    void theSessionApiSaysWhoIsSignedInAndGivesTheToken() throws Exception {
        SignedIn editor = SignedIn.as(served, "sec-who", Role.EDITOR, "Ministry of Justice");

        HttpResponse<String> who = editor.get("/api/session");

        assertThat(who.statusCode()).isEqualTo(200);
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(who.body());
        assertThat(json.path("name").asText()).isEqualTo("sec-who");
        assertThat(json.path("role").asText()).isEqualTo("editor");
        assertThat(json.path("csrfToken").asText()).isEqualTo(editor.csrfToken).hasSize(64);
        assertThat(json.path("institutions").get(0).asText()).isEqualTo("Ministry of Justice");
        assertThat(SignedIn.anonymous(port()).get("/api/session").statusCode()).isEqualTo(401);
    }

    private static String sessionCookie(HttpClient http) {
        return ((java.net.CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(WebServer.SESSION_COOKIE)).map(java.net.HttpCookie::getValue)
                .findFirst().orElse("");
    }

    private static HttpResponse<String> apiSignIn(SignedIn client, String name, String password) {
        try {
            String body = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                    Map.of("name", name, "password", password));
            return client.send(HttpRequest.newBuilder(SignedIn.uri(port(), "/api/session"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Signs in as a browser does: the form (with its pre-session token), then its POST. */
    static HttpResponse<String> formSignIn(SignedIn client, String name, String password, String next) {
        HttpResponse<String> form = client.get("/login");
        Matcher token = LOGIN_TOKEN.matcher(form.body());
        assertThat(token.find()).as("the form's token").isTrue();
        return client.postFormWithoutToken("/login", Map.of("_csrf", token.group(1), "name", name,
                "password", password, "next", next));
    }

    @Test
    void writeRoutesAreFoundWhateverTheirMethod() {
        assertThat(guardedWrites()).extracting(Routes.Route::method).contains(HandlerType.POST, HandlerType.DELETE);
    }
}
