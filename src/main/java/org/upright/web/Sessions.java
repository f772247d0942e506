package org.upright.web;

import io.javalin.http.Context;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.upright.account.Account;

/**
 * The signed-in account and the CSRF token of a browser session (Jetty's session, cookie HttpOnly and SameSite).
 * The token is a random synchronizer token kept in the session; every form carries it in {@code _csrf} and every
 * htmx or API write in the {@code X-CSRF-Token} header.
 */
final class Sessions {
    static final String CSRF_FIELD = "_csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String ACCOUNT = "upright.account";
    private static final String TOKEN = "upright.csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Sessions() {
    }

    /** The account signed in on this request's session, if any; creates no session. */
    static Optional<Account> account(Context ctx) {
        if (ctx.req().getSession(false) == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(ctx.sessionAttribute(ACCOUNT));
    }

    /** Signs the account in: a new session id (no fixation) with a new CSRF token. */
    static void signIn(Context ctx, Account account) {
        var old = ctx.req().getSession(false);
        if (old != null) {
            old.invalidate();
        }
        ctx.req().getSession(true);
        ctx.sessionAttribute(ACCOUNT, account);
        ctx.sessionAttribute(TOKEN, newToken());
    }

    /** Replaces the session's copy of its account (same person, changed role or institutions); token kept. */
    static void replace(Context ctx, Account account) {
        ctx.sessionAttribute(ACCOUNT, account);
    }

    /** Ends the session. */
    static void signOut(Context ctx) {
        var session = ctx.req().getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /** The session's CSRF token, made (with the session) on first use. */
    static String csrfToken(Context ctx) {
        String token = ctx.sessionAttribute(TOKEN);
        if (token == null) {
            token = newToken();
            ctx.sessionAttribute(TOKEN, token);
        }
        return token;
    }

    /** Whether the request carries its session's CSRF token (form field or header), compared in constant time. */
    static boolean csrfValid(Context ctx) {
        if (ctx.req().getSession(false) == null) {
            return false;
        }
        String expected = ctx.sessionAttribute(TOKEN);
        String given = ctx.header(CSRF_HEADER);
        if (given == null && isForm(ctx)) {
            given = ctx.formParam(CSRF_FIELD);
        }
        return expected != null && given != null && java.security.MessageDigest.isEqual(
                expected.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                given.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static boolean isForm(Context ctx) {
        String type = String.valueOf(ctx.contentType());
        return type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data");
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
