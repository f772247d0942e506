package org.upright.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.upright.account.Account;
import org.upright.account.AccountService;
import org.upright.account.LoginThrottle;
import org.upright.account.ThrottledException;
import org.upright.common.UsageException;

/**
 * {@code /api/session} for API clients: {@code POST} signs in with {@code {"name", "password"}} and answers the
 * account and the CSRF token later writes send in {@code X-CSRF-Token}; {@code GET} says who is signed in;
 * {@code DELETE} signs out. Only JSON is accepted, which a cross-site form cannot send (no login CSRF).
 */
final class SessionApi {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AccountService accounts;
    private final LoginThrottle throttle;

    SessionApi(AccountService accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    void signIn(Context ctx) {
        if (!String.valueOf(ctx.contentType()).startsWith("application/json")) {
            throw new UsageException("send {\"name\": ..., \"password\": ...} as application/json");
        }
        JsonNode body;
        try {
            body = JSON.readTree(ctx.bodyAsBytes());
        } catch (IOException e) {
            throw new UsageException("the body is not JSON: send {\"name\": ..., \"password\": ...}");
        }
        if (body == null || !body.path("name").isTextual() || !body.path("password").isTextual()) {
            throw new UsageException("send {\"name\": ..., \"password\": ...} as application/json");
        }
        String name = body.path("name").asText().strip();
        Optional<Account> account;
        try {
            throttle.check(name, ctx.ip());
            account = accounts.authenticate(name, body.path("password").asText());
        } catch (ThrottledException e) {
            ctx.header("Retry-After", String.valueOf(e.retryAfter().toSeconds()));
            throw e;
        }
        if (account.isEmpty()) {
            throttle.failed(name, ctx.ip());
            throw new AccessException(401, "the name or the password is wrong");
        }
        throttle.succeeded(name);
        Sessions.signIn(ctx, account.get());
        current(ctx);
    }

    /** {@code GET /api/session}: the signed-in account and its session's CSRF token. */
    void current(Context ctx) {
        Account account = Sessions.account(ctx).orElseThrow(() -> new AccessException(401, "sign in first"));
        ctx.header("Cache-Control", "no-store");
        ctx.json(Map.of("name", account.name(), "role", account.role().name().toLowerCase(),
                "institutions", account.institutions(), "csrfToken", Sessions.csrfToken(ctx)));
    }

    /** {@code DELETE /api/session}: signs out. */
    void signOut(Context ctx) {
        Sessions.signOut(ctx);
        ctx.status(204);
    }
}
