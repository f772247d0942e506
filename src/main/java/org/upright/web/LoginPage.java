package org.upright.web;

import io.javalin.http.Context;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.upright.account.Account;
import org.upright.account.AccountService;
import org.upright.account.LoginThrottle;
import org.upright.account.ThrottledException;

/**
 * {@code GET /login}, {@code POST /login} and {@code POST /logout}: the sign-in form. Before a session exists the
 * form is protected against login CSRF by a double-submit token (a random cookie that the form repeats); a failed
 * sign-in says the same whether the name or the password was wrong; {@code next} is followed only to a local path.
 */
final class LoginPage {
    static final String LOGIN_COOKIE = "upright_login";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountService accounts;
    private final LoginThrottle throttle;

    LoginPage(AccountService accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    /** {@code GET /login?next=}: the form, with a fresh pre-session token in a cookie and a hidden field. */
    void form(Context ctx) {
        show(ctx, 200, "", localPath(ctx.queryParam("next")), null);
    }

    /** {@code POST /login}: signs in and goes to {@code next}, or shows the form again with one generic message. */
    void signIn(Context ctx) {
        String name = String.valueOf(Optional.ofNullable(ctx.formParam("name")).orElse("")).strip();
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        String next = localPath(ctx.formParam("next"));
        String cookie = ctx.cookie(LOGIN_COOKIE);
        String field = ctx.formParam(Sessions.CSRF_FIELD);
        if (cookie == null || field == null || !java.security.MessageDigest.isEqual(
                cookie.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                field.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            show(ctx, 403, name, next, Text.of(ctx).get("login.expired"));
            return;
        }
        String address = ctx.ip();
        Optional<Account> account;
        try {
            throttle.check(name, address);
            account = accounts.authenticate(name, password);
        } catch (ThrottledException e) {
            ctx.header("Retry-After", String.valueOf(e.retryAfter().toSeconds()));
            show(ctx, 429, name, next, Text.of(ctx).get("login.throttled", e.minutes()));
            return;
        }
        if (account.isEmpty()) {
            throttle.failed(name, address);
            show(ctx, 401, name, next, Text.of(ctx).get("login.failed"));
            return;
        }
        throttle.succeeded(name);
        Sessions.signIn(ctx, account.get());
        ctx.removeCookie(LOGIN_COOKIE, "/login");
        ctx.redirect(next, io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** {@code POST /logout}: ends the session and goes home. */
    void signOut(Context ctx) {
        Sessions.signOut(ctx);
        ctx.redirect("/", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx, int status, String name, String next, String error) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        ctx.res().addHeader("Set-Cookie", LOGIN_COOKIE + "=" + token + "; Path=/login; HttpOnly; SameSite=Strict"
                + (secure(ctx) ? "; Secure" : ""));
        ctx.header("Cache-Control", "no-store");
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("name", name);
        params.put("next", next);
        params.put("loginToken", token);
        params.put("error", error == null ? "" : error);
        Pages.render(ctx, status, "login.jte", params);
    }

    static boolean secure(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme());
    }

    /**
     * A path on this server to return to after signing in, or "/" for anything else: an absolute URL, a
     * protocol-relative "//host", a backslash (which browsers read as a slash) or a control character could send
     * the browser elsewhere (open redirect); the sign-in page itself would only show the form again.
     */
    static String localPath(String next) {
        if (next == null || next.isEmpty() || next.length() > 2000 || !next.startsWith("/") || next.startsWith("//")
                || next.contains("\\") || next.chars().anyMatch(c -> c < 0x21 || c == 0x7f)
                || next.equals("/login") || next.startsWith("/login?")) {
            return "/";
        }
        return next;
    }
}
