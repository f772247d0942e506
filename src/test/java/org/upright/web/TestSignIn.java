package org.upright.web;

import io.javalin.http.HandlerType;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.upright.account.Account;
import org.upright.account.Role;

/**
 * A route only tests have, until accounts and sign-in exist: {@code GET /test/sign-in?id=&name=&role=&institutions=a|b}
 * signs that account in on the caller's session and answers the session's CSRF token.
 */
final class TestSignIn {
    static final List<Routes.Route> ROUTES = List.of(new Routes.Route(HandlerType.GET, "/test/sign-in", Access.OPEN,
            ctx -> {
                String institutions = ctx.queryParam("institutions");
                Sessions.signIn(ctx, new Account(Long.parseLong(ctx.queryParam("id")), ctx.queryParam("name"),
                        Role.parse(ctx.queryParam("role")), institutions == null || institutions.isEmpty() ? Set.of()
                        : Set.copyOf(Arrays.asList(institutions.split("\\|")))));
                ctx.result(Sessions.csrfToken(ctx));
            }));

    private TestSignIn() {
    }
}
