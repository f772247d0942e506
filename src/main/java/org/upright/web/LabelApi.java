package org.upright.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.upright.account.Account;
import org.upright.classify.EntryLabel;
import org.upright.classify.LabelChange;
import org.upright.classify.LabelService;
import org.upright.classify.ReviewItem;
import org.upright.common.UsageException;
import org.upright.obligation.ObligationService;

/**
 * {@code /api/labels/{key}}: an entry's labels with their history (GET) and a reviewer's decision (POST, JSON or form
 * {@code {family, concept, decision}}); {@code /api/review}: the queue, least confident first. Refusals come from
 * {@link Guard} (401, 403, CSRF) and the service (403, 422) as problems.
 */
final class LabelApi {
    static final int MAX_LIMIT = 200;

    private final LabelService labels;
    private final ObligationService obligations;

    LabelApi(LabelService labels, ObligationService obligations) {
        this.labels = labels;
        this.obligations = obligations;
    }

    /** {@code GET /api/labels/{key}}. */
    void get(Context ctx) {
        answer(ctx, ctx.pathParam("key"));
    }

    /** {@code POST /api/labels/{key}}: the decision, answered with the entry's labels and history as they are now. */
    void decide(Context ctx) {
        LabelService service = LabelPages.required(labels);
        String key = ctx.pathParam("key");
        LabelDecision decision;
        if (String.valueOf(ctx.contentType()).startsWith("application/json")) {
            JsonNode body = TrackingJson.body(ctx.body());
            decision = LabelDecision.of(TrackingJson.text(body, "family"), TrackingJson.text(body, "concept"),
                    TrackingJson.text(body, "decision"));
        } else {
            decision = LabelDecision.of(ctx.formParam("family"), ctx.formParam("concept"), ctx.formParam("decision"));
        }
        Account reviewer = Sessions.account(ctx).orElseThrow(() -> new AccessException(401, "sign in first"));
        service.decide(reviewer, key, decision.family(), decision.conceptId(), decision.state());
        answer(ctx, key);
    }

    /** {@code GET /api/review?country=&offset=&limit=}. */
    void review(Context ctx) {
        LabelService service = LabelPages.required(labels);
        String country = ReviewPage.country(ctx, obligations);
        int offset = QueryParams.integer(ctx, "offset", 0);
        int limit = QueryParams.integer(ctx, "limit", QueryParams.DEFAULT_LIMIT);
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new UsageException("offset must be 0 or more and limit 1.." + MAX_LIMIT);
        }
        String filter = country.isEmpty() ? null : country;
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("country", filter);
        json.put("waiting", service.waiting(filter));
        json.put("offset", offset);
        json.put("limit", limit);
        json.put("items", service.queue(filter, offset, limit).stream().map(LabelApi::item).toList());
        ctx.json(json);
    }

    private void answer(Context ctx, String key) {
        LabelService service = LabelPages.required(labels);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", key);
        json.put("labels", service.labels(key).stream().map(LabelApi::label).toList());
        json.put("history", service.history(key).stream().map(LabelApi::change).toList());
        ctx.json(json);
    }

    private static Map<String, Object> item(ReviewItem item) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", item.entry().key());
        json.put("country", item.entry().country());
        json.put("kind", item.entry().kind());
        json.put("symbol", item.entry().symbol());
        json.put("text", item.entry().text());
        json.put("url", LabelPanel.url(item.entry().key()));
        json.put("labels", item.labels().stream().map(LabelApi::label).toList());
        return json;
    }

    private static Map<String, Object> label(EntryLabel l) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("family", LabelPanel.name(l.family()));
        json.put("concept", l.conceptId());
        json.put("label", l.label());
        json.put("confidence", l.confidence());
        json.put("state", LabelPanel.state(l.state()));
        json.put("decidedBy", l.decidedBy());
        json.put("decidedAt", l.decidedAt() == null ? null : l.decidedAt().toString());
        return json;
    }

    private static Map<String, Object> change(LabelChange c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("family", LabelPanel.name(c.family()));
        json.put("concept", c.conceptId());
        json.put("before", c.before() == null ? null : LabelPanel.state(c.before()));
        json.put("after", LabelPanel.state(c.after()));
        json.put("actor", c.actor());
        json.put("at", c.at() == null ? null : c.at().toString());
        return json;
    }
}
