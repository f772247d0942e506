package org.upright.web;

import io.javalin.http.Context;
import org.upright.account.Account;
import org.upright.account.Role;

/**
 * What every page's layout needs besides its content: the words in the reader's language, the signed-in account
 * (null for the public), the session's CSRF token for forms (empty for the public) and the path, for the language
 * links and the sign-in return.
 */
public record PageFrame(Text text, Account account, String csrfToken, String path) {
    /** The frame of a request. */
    static PageFrame of(Context ctx) {
        Account account = Sessions.account(ctx).orElse(null);
        return new PageFrame(Text.of(ctx), account, account == null ? "" : Sessions.csrfToken(ctx), ctx.path());
    }

    /** A message in the reader's language, with its arguments. */
    public String t(String key, Object... args) {
        return text.get(key, args);
    }

    /** The language code of the page. */
    public String language() {
        return text.language();
    }

    public boolean signedIn() {
        return account != null;
    }

    /** Whether the signed-in account has at least this role ("admin", "editor", "viewer"). */
    public boolean hasRole(String role) {
        return account != null && account.role().includes(Role.parse(role));
    }

    /** The hidden form field carrying the CSRF token (its name). */
    public String csrfField() {
        return Sessions.CSRF_FIELD;
    }
}
