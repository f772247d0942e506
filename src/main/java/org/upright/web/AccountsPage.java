package org.upright.web;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.upright.account.Account;
import org.upright.account.AccountService;
import org.upright.account.Role;
import org.upright.common.ConflictException;
import org.upright.common.UsageException;

/**
 * {@code GET /admin/accounts} and {@code POST /admin/accounts} (admins only): the accounts and a form to add one.
 * An account added without a password gets a generated one, shown once on the answer page.
 */
final class AccountsPage {
    private final AccountService accounts;

    AccountsPage(AccountService accounts) {
        this.accounts = accounts;
    }

    void list(Context ctx) {
        show(ctx, 200, "", "", Map.of());
    }

    void add(Context ctx) {
        String name = String.valueOf(ctx.formParam("name") == null ? "" : ctx.formParam("name")).strip();
        String password = ctx.formParam("password") == null ? "" : ctx.formParam("password");
        Set<String> institutions = new LinkedHashSet<>();
        Arrays.stream(String.valueOf(ctx.formParam("institutions") == null ? "" : ctx.formParam("institutions"))
                .split("[\\r\\n]+")).map(String::strip).filter(s -> !s.isEmpty()).forEach(institutions::add);
        boolean generated = password.isEmpty();
        String used = generated ? AccountService.generatePassword() : password;
        Text text = Text.of(ctx);
        try {
            Account account = accounts.add(name, Role.parse(ctx.formParam("role")), institutions, used);
            show(ctx, 200, text.get("accounts.added", account.name()), "",
                    generated ? Map.of("password", used) : Map.of());
        } catch (ConflictException e) {
            show(ctx, 409, "", text.get("accounts.taken", name), Map.of());
        } catch (UsageException e) {
            show(ctx, 400, "", e.getMessage(), Map.of());
        }
    }

    private void show(Context ctx, int status, String notice, String error, Map<String, String> extra) {
        ctx.header("Cache-Control", "no-store");
        Pages.render(ctx, status, "accounts.jte", Map.of("accounts", accounts.list(), "roles",
                java.util.List.of(Role.values()), "notice", notice, "error", error,
                "password", extra.getOrDefault("password", "")));
    }
}
