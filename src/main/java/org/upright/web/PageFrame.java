package org.upright.web;

import io.javalin.http.Context;
import org.upright.account.Account;
import org.upright.account.Role;

/**
 * What every page's layout needs besides its content: the words in the reader's language, the signed-in account
 * (null for the public), the session's CSRF token for forms (empty for the public) and the path and query (null
 * when none), for the language links and the sign-in return.
 */
public record PageFrame(Text text, Account account, String csrfToken, String path, String query) {
    /** The frame of a request. */
    static PageFrame of(Context ctx) {
        Account account = Sessions.account(ctx).orElse(null);
        return new PageFrame(Text.of(ctx), account, account == null ? "" : Sessions.csrfToken(ctx), ctx.path(),
                ctx.queryString());
    }

    /** The path and query of the page, for returning to it after signing in. */
    public String current() {
        return query == null || query.isEmpty() ? path : path + "?" + query;
    }

    /**
     * The URL of this page in another language: the same path and query (a search keeps its words and filters)
     * with {@code lang} set to the language instead of any it had.
     */
    public String inLanguage(String language) {
        StringBuilder url = new StringBuilder(path).append('?');
        if (query != null) {
            for (String pair : query.split("&")) {
                if (!pair.isEmpty() && !pair.equals("lang") && !pair.startsWith("lang=")) {
                    url.append(pair).append('&');
                }
            }
        }
        return url.append("lang=").append(java.net.URLEncoder.encode(language, java.nio.charset.StandardCharsets.UTF_8))
                .toString();
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
