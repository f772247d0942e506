package org.upright.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Optional;
import org.upright.account.Account;
import org.upright.account.AccountService;
import org.upright.account.Role;

/**
 * Checks a matched route's {@link Access} before its handler runs: no account where one is needed is 401 (pages
 * send the browser to the sign-in page instead), a role too small is 403, and every write (any method but GET, HEAD
 * and OPTIONS) without its session's CSRF token is 403.
 */
final class Guard {
    private final boolean publicView;
    private final AccountService accounts;

    /**
     * @param publicView whether anonymous visitors may read ({@link Access#READ}) without signing in
     * @param accounts   the stored accounts, which a session's copy is checked against on each guarded request
     */
    Guard(boolean publicView, AccountService accounts) {
        this.publicView = publicView;
        this.accounts = accounts;
    }

    void check(Context ctx) {
        Access access = ctx.routeRoles().stream().filter(Access.class::isInstance).map(Access.class::cast)
                .findFirst().orElse(Access.OPEN);
        Optional<Account> account = access == Access.OPEN ? Optional.empty() : current(ctx);
        switch (access) {
            case OPEN -> { }
            case READ -> {
                if (!publicView && account.isEmpty()) {
                    throw new AccessException(401, "sign in to read this server's data");
                }
            }
            case VIEWER -> require(account, Role.VIEWER);
            case EDITOR -> require(account, Role.EDITOR);
            case ADMIN -> require(account, Role.ADMIN);
        }
        if (isWrite(ctx.method()) && access != Access.OPEN && !Sessions.csrfValid(ctx)) {
            throw new AccessException(403, "the form or request lacks this session's CSRF token; reload the page "
                    + "and try again");
        }
    }

    /**
     * The session's account as stored now: a disabled or deleted account's session ends, a changed role or set of
     * institutions replaces the session's copy.
     */
    private Optional<Account> current(Context ctx) {
        Optional<Account> held = Sessions.account(ctx);
        if (held.isEmpty()) {
            return held;
        }
        Optional<Account> stored = accounts.active(held.get().id());
        if (stored.isEmpty()) {
            Sessions.signOut(ctx);
        } else if (!stored.get().equals(held.get())) {
            Sessions.replace(ctx, stored.get());
        }
        return stored;
    }

    private static void require(Optional<Account> account, Role role) {
        if (account.isEmpty()) {
            throw new AccessException(401, "sign in first");
        }
        if (!account.get().role().includes(role)) {
            throw new AccessException(403, "your role (" + account.get().role().name().toLowerCase()
                    + ") may not do this");
        }
    }

    static boolean isWrite(HandlerType method) {
        return method != HandlerType.GET && method != HandlerType.HEAD && method != HandlerType.OPTIONS;
    }
}
