package org.upright.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.upright.account.Account;
import org.upright.account.AccountService;
import org.upright.account.Role;

/**
 * A browser-like client signed in to a test server: creates the account (if its name is new) through
 * {@link AccountService}, signs in through {@code POST /api/session} with a cookie jar, and keeps the session's CSRF
 * token. Its {@code post}, {@code put} and {@code delete} send the token in {@code X-CSRF-Token}; the
 * {@code ...WithoutToken} variants and {@link #anonymous} are for testing refusals.
 *
 * <pre>
 * SignedIn editor = SignedIn.as(served, "ed", Role.EDITOR, "Ministry of Justice");
 * HttpResponse&lt;String&gt; r = editor.postForm("/tracking/1", Map.of("status", "done"));
 * </pre>
 */
final class SignedIn {
    /** The password of every account this helper creates. */
    static final String PASSWORD = "a test password of some length";
    private static final ObjectMapper JSON = new ObjectMapper();

    final HttpClient http;
    final int port;
    final String csrfToken;
    final Account account;

    private SignedIn(HttpClient http, int port, String csrfToken, Account account) {
        this.http = http;
        this.port = port;
        this.csrfToken = csrfToken;
        this.account = account;
    }

    /** Signs in to the shared fixture's server as a (new or existing) account of this role and institutions. */
    static SignedIn as(ServedCompilation served, String name, Role role, String... institutions) {
        return as(served.accounts, served.port(), name, role, institutions);
    }

    /** Signs in to the server on the port, creating the account first if no account has the name. */
    static SignedIn as(AccountService accounts, int port, String name, Role role, String... institutions) {
        Account account = accounts.find(name).orElseGet(() -> accounts.add(name, role, Set.of(institutions),
                PASSWORD));
        HttpClient http = client();
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(port, "/api/session"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                            Map.of("name", name, "password", PASSWORD)))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("cannot sign in as " + name + ": " + response.statusCode() + " "
                        + response.body());
            }
            return new SignedIn(http, port, JSON.readTree(response.body()).path("csrfToken").asText(), account);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A client with an empty cookie jar and no redirects followed. */
    static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A client of the same server that never signed in. */
    static SignedIn anonymous(int port) {
        return new SignedIn(client(), port, "", null);
    }

    static URI uri(int port, String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    /** A form body, each value URL-encoded. */
    static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(port, path)).GET());
    }

    /** POSTs a form with the CSRF token in {@code _csrf}, as the pages' forms do. */
    HttpResponse<String> postForm(String path, Map<String, String> fields) {
        Map<String, String> withToken = new java.util.LinkedHashMap<>(fields);
        withToken.put(Sessions.CSRF_FIELD, csrfToken);
        return postFormWithoutToken(path, withToken);
    }

    HttpResponse<String> postFormWithoutToken(String path, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(uri(port, path)).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form(fields))));
    }

    /** Sends JSON with the CSRF token in {@code X-CSRF-Token}, as API clients and htmx do. */
    HttpResponse<String> sendJson(String method, String path, String json) {
        return send(HttpRequest.newBuilder(uri(port, path)).header("Content-Type", "application/json")
                .header(Sessions.CSRF_HEADER, csrfToken).method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> sendWithoutToken(String method, String path) {
        return send(HttpRequest.newBuilder(uri(port, path)).header("Content-Type", "application/x-www-form-urlencoded")
                .method(method, HttpRequest.BodyPublishers.ofString("")));
    }

    HttpResponse<String> delete(String path) {
        return send(HttpRequest.newBuilder(uri(port, path)).header(Sessions.CSRF_HEADER, csrfToken).DELETE());
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
