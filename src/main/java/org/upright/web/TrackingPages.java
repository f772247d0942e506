package org.upright.web;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.upright.account.Account;
import org.upright.common.ConflictException;
import org.upright.common.NotAllowedException;
import org.upright.common.UsageException;
import org.upright.tracking.TrackedItem;
import org.upright.tracking.TrackingChange;
import org.upright.tracking.TrackingService;

/**
 * The tracking panel on pages: {@link #panel} gives what a page needs to include {@code tracking.jte}; the forms
 * post to {@code /tracking/{key}/...} and come back to the page they were on (without JavaScript) or get the panel
 * alone in answer (htmx). A refused change shows its reason in the panel; {@code GET /tracking/{key}} shows the panel
 * on a page of its own.
 */
final class TrackingPages {
    private final TrackingService tracking;

    TrackingPages(TrackingService tracking) {
        this.tracking = tracking;
    }

    /** The panel of an item for the request's reader; pages pass it to {@code @template.tracking(frame, panel)}. */
    TrackingPanel panel(Context ctx, String key) {
        return panel(ctx, key, ctx.path());
    }

    /**
     * The panel an entry page includes: its item's tracking (a statement's or recommendation's, by its stable key);
     * nothing for a paragraph, which is not tracked.
     */
    gg.jte.Content entryPanel(Context ctx, EntryPage entry) {
        if ("paragraph".equals(entry.type())) {
            return output -> { };
        }
        String key = org.upright.tracking.TrackingKey.ofEntry(entry.id(), entry.symbol(), entry.number());
        return Pages.partial(ctx, "tracking.jte", Map.of("panel", panel(ctx, key, ctx.path())));
    }

    private TrackingPanel panel(Context ctx, String key, String back) {
        TrackedItem item = tracking.item(key);
        Account account = Sessions.account(ctx).orElse(null);
        return new TrackingPanel(item, tracking.history(item.key()), tracking.clustersOf(item.key()),
                TrackingService.mayEdit(account, item), TrackingService.mayAssign(account), null, false, back);
    }

    /** {@code GET /tracking/{key}}: the panel on a page of its own. */
    void page(Context ctx) {
        TrackingPanel panel = panel(ctx, ctx.pathParam("key"));
        Pages.render(ctx, 200, "trackingPage.jte", Map.of("panel", panel));
    }

    void status(Context ctx) {
        change(ctx, () -> new TrackingChange.SetStatus(ctx.formParam("status")));
    }

    void action(Context ctx) {
        change(ctx, () -> new TrackingChange.AddAction(ctx.formParam("date"), ctx.formParam("description"),
                lines(ctx.formParam("evidence"))));
    }

    void indicator(Context ctx) {
        change(ctx, () -> new TrackingChange.SetIndicator(ctx.formParam("name"), ctx.formParam("baseline"),
                ctx.formParam("target"), ctx.formParam("current"), ctx.formParam("unit")));
    }

    void comment(Context ctx) {
        change(ctx, () -> new TrackingChange.AddComment(ctx.formParam("text")));
    }

    void institutions(Context ctx) {
        change(ctx, () -> new TrackingChange.AssignInstitutions(lines(ctx.formParam("institutions"))));
    }

    /**
     * Applies a form's change: then back to the page it came from (303), or the fresh panel for htmx; a refusal
     * (conflict, bad input, not allowed) is the panel with its reason, with the refusal's status without htmx.
     */
    private void change(Context ctx, Supplier<TrackingChange> read) {
        String key = ctx.pathParam("key");
        String back = back(ctx.formParam("back"), key);
        boolean htmx = "true".equals(ctx.header("HX-Request"));
        Account actor = Sessions.account(ctx).orElseThrow(() -> new AccessException(401, "sign in first"));
        try {
            tracking.change(actor, key, version(ctx.formParam("version")), read.get());
        } catch (ConflictException | UsageException | NotAllowedException e) {
            TrackingPanel refused = panel(ctx, key, back).withMessage(e.getMessage(), e instanceof ConflictException);
            // htmx swaps only 2xx answers by default: the refusal is in the panel it gets
            int status = htmx ? 200 : ProblemDetails.status(e);
            Pages.render(ctx, status, htmx ? "tracking.jte" : "trackingPage.jte", Map.of("panel", refused));
            return;
        }
        if (htmx) {
            Pages.render(ctx, 200, "tracking.jte", Map.of("panel", panel(ctx, key, back)));
        } else {
            ctx.redirect(back, io.javalin.http.HttpStatus.SEE_OTHER);
        }
    }

    /** Where a form returns: a path on this server (never another site), else the item's own page. */
    private static String back(String asked, String key) {
        if (asked != null && asked.startsWith("/") && !asked.startsWith("//") && !asked.contains("\\")
                && asked.length() < 2000 && asked.chars().noneMatch(Character::isISOControl)) {
            return asked;
        }
        return TrackingPanel.url(key, null);
    }

    private static long version(String text) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("the form lacks the version of the item; reload the page");
        }
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
