package org.upright.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.function.Function;
import org.upright.account.Account;
import org.upright.tracking.TrackedItem;
import org.upright.tracking.TrackingChange;
import org.upright.tracking.TrackingService;

/**
 * {@code /api/tracking/{key}}: an item with its history (GET) and its changes (PUT status and institutions, POST
 * actions, indicators and comments, PUT members of a cluster), each body JSON with the {@code version} read. Refusals
 * come from {@link Guard} (401, 403, CSRF) and the service (403, 409, 400) as problems.
 */
final class TrackingApi {
    private final TrackingService tracking;

    TrackingApi(TrackingService tracking) {
        this.tracking = tracking;
    }

    /** {@code GET /api/tracking/{key}}. */
    void get(Context ctx) {
        answer(ctx, tracking.item(ctx.pathParam("key")));
    }

    void status(Context ctx) {
        change(ctx, body -> new TrackingChange.SetStatus(TrackingJson.text(body, "status")));
    }

    void action(Context ctx) {
        change(ctx, body -> new TrackingChange.AddAction(TrackingJson.text(body, "date"),
                TrackingJson.text(body, "description"), TrackingJson.list(body, "evidence")));
    }

    void indicator(Context ctx) {
        change(ctx, body -> new TrackingChange.SetIndicator(TrackingJson.text(body, "name"),
                TrackingJson.text(body, "baseline"), TrackingJson.text(body, "target"),
                TrackingJson.text(body, "current"), TrackingJson.text(body, "unit")));
    }

    void comment(Context ctx) {
        change(ctx, body -> new TrackingChange.AddComment(TrackingJson.text(body, "text")));
    }

    void institutions(Context ctx) {
        change(ctx, body -> new TrackingChange.AssignInstitutions(TrackingJson.list(body, "institutions")));
    }

    void members(Context ctx) {
        change(ctx, body -> new TrackingChange.SetMembers(TrackingJson.list(body, "members")));
    }

    private void change(Context ctx, Function<JsonNode, TrackingChange> read) {
        JsonNode body = TrackingJson.body(ctx.body());
        long version = TrackingJson.version(body);
        Account actor = Sessions.account(ctx).orElseThrow(() -> new AccessException(401, "sign in first"));
        answer(ctx, tracking.change(actor, ctx.pathParam("key"), version, read.apply(body)));
    }

    private void answer(Context ctx, TrackedItem item) {
        ctx.json(TrackingJson.of(item, tracking.clustersOf(item.key()), tracking.history(item.key())));
    }
}
