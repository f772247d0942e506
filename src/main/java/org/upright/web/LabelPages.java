package org.upright.web;

import gg.jte.Content;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.upright.account.Account;
import org.upright.account.Role;
import org.upright.classify.Concept;
import org.upright.classify.Family;
import org.upright.classify.LabelService;
import org.upright.common.BadInputException;
import org.upright.common.NotAllowedException;
import org.upright.common.UsageException;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.ingest.model.Recommendation;
import org.upright.ingest.store.DocumentStore;
import org.upright.ingest.store.StoredDocument;
import org.upright.storage.StorageException;
import org.upright.tracking.TrackingKey;

/**
 * The labels panel on pages: {@link #entryPanel} gives an entry page its panel; the panel's forms post a decision
 * to {@code /labels/{key}} and come back to the page they were on (without JavaScript) or get the panel in answer
 * (htmx; in the review queue, the whole item once nothing of it waits). {@code GET /labels/{key}} leads to the
 * entry's page.
 */
final class LabelPages {
    private final LabelService labels;
    private final Map<Family, List<Concept>> concepts;
    private final DocumentStore store;

    /** @param labels the label store, or null when this server runs without one (the panel is then left out) */
    LabelPages(LabelService labels, Map<Family, List<Concept>> concepts, DocumentStore store) {
        this.labels = labels;
        this.concepts = concepts;
        this.store = store;
    }

    /** The label store, or a 503 when this server was started without one. */
    static LabelService required(LabelService labels) {
        if (labels == null) {
            throw new StorageException("this server was started without the label store: labels are off", null);
        }
        return labels;
    }

    /** The panel an entry page includes; nothing for a paragraph, which is not labelled, or without a store. */
    Content entryPanel(Context ctx, EntryPage entry) {
        if (labels == null || "paragraph".equals(entry.type())) {
            return output -> { };
        }
        String key = TrackingKey.ofEntry(entry.id(), entry.symbol(), entry.number());
        return Pages.partial(ctx, "labels.jte", Map.of("panel", panel(ctx, key, "entry", ctx.path())));
    }

    /** The panel of an entry's labels for the request's reader. */
    LabelPanel panel(Context ctx, String key, String view, String back) {
        LabelService service = required(labels);
        return new LabelPanel(key, service.labels(key), service.history(key), concepts, mayReview(ctx), view, back,
                null);
    }

    /** The panel of an item of the review queue, from the labels the queue read (the queue shows no history). */
    LabelPanel reviewPanel(Context ctx, org.upright.classify.ReviewItem item, String back) {
        return new LabelPanel(item.entry().key(), item.labels(), List.of(), concepts, mayReview(ctx),
                LabelPanel.REVIEW, back, null);
    }

    /** Whether the request's account may review labels: editors and admins. */
    static boolean mayReview(Context ctx) {
        Optional<Account> account = Sessions.account(ctx);
        return account.isPresent() && account.get().role().includes(Role.EDITOR);
    }

    /**
     * {@code POST /labels/{key}} (form: family, concept, decision, back, view): the decision, then back to the page
     * (303) or, for htmx, the fresh panel; a refusal is the panel with its reason for htmx, an error page without.
     */
    void decide(Context ctx) {
        LabelService service = required(labels);
        String key = ctx.pathParam("key");
        String view = LabelPanel.REVIEW.equals(ctx.formParam("view")) ? LabelPanel.REVIEW : "entry";
        String back = back(ctx.formParam("back"), key);
        boolean htmx = "true".equals(ctx.header("HX-Request"));
        Account reviewer = Sessions.account(ctx).orElseThrow(() -> new AccessException(401, "sign in first"));
        try {
            LabelDecision d = LabelDecision.of(ctx.formParam("family"), ctx.formParam("concept"),
                    ctx.formParam("decision"));
            service.decide(reviewer, key, d.family(), d.conceptId(), d.state());
        } catch (UsageException | BadInputException | NotAllowedException e) {
            if (!htmx) {
                throw e;
            }
            // htmx swaps only 2xx answers by default: the refusal is in the panel it gets
            Pages.render(ctx, 200, "labels.jte", Map.of("panel", panel(ctx, key, view, back)
                    .withMessage(e.getMessage())));
            return;
        }
        if (!htmx) {
            ctx.redirect(back, HttpStatus.SEE_OTHER);
            return;
        }
        LabelPanel panel = panel(ctx, key, view, back);
        if (!panel.inReview()) {
            Pages.render(ctx, 200, "labels.jte", Map.of("panel", panel));
            return;
        }
        boolean done = !panel.waiting();
        if (done) {
            // nothing of the entry waits any more: its whole item in the queue gives way to a short note
            ctx.header("HX-Retarget", "#" + panel.reviewId());
            ctx.header("HX-Reswap", "outerHTML");
        }
        // the queue's count of entries waiting follows the decision out of band, without a reload
        String country = ReviewPage.countryOf(back);
        ReviewPage.Waiting waiting = new ReviewPage.Waiting(country,
                service.waiting(country.isEmpty() ? null : country), true);
        Pages.render(ctx, 200, "reviewAnswer.jte", Map.of("panel", panel, "done", done, "waiting", waiting));
    }

    /**
     * {@code GET /labels/{key}}: the entry's page in the current version of its document (303), found by the key's
     * document lineage and locator.
     */
    void entry(Context ctx) {
        String key = ctx.pathParam("key");
        ctx.redirect(EntryPage.url(entryId(key)), HttpStatus.SEE_OTHER);
    }

    /** The search entry id ({@code r:12:3}) of a stable key in the current version of its document. */
    private String entryId(String key) {
        String[] parts = key.split(":", 3);
        String lineage = TrackingKey.documentLineage(key)
                .orElseThrow(() -> new NotFoundException("no entry has the key \"" + key + "\""));
        StoredDocument document = store.documents().stream()
                .filter(d -> lineage.equals(TrackingKey.lineage(d.symbol() != null ? d.symbol() : d.fileName())))
                .findFirst().orElseThrow(() -> new NotFoundException("no current document for the key \"" + key
                        + "\""));
        String locator = parts[2];
        if (!"r".equals(parts[0]) || locator.startsWith("@")) {
            String ordinal = locator.startsWith("@") ? locator.substring(1) : locator;
            if (!ordinal.matches("\\d{1,9}")) {
                throw new NotFoundException("no entry has the key \"" + key + "\"");
            }
            return parts[0] + ":" + document.id() + ":" + Integer.parseInt(ordinal);
        }
        ExtractedDocument doc = store.load(document.id());
        List<Recommendation> all = doc.recommendations() == null ? List.of() : doc.recommendations();
        for (int i = 0; i < all.size(); i++) {
            if (locator.equals(all.get(i).number() == null ? null : all.get(i).number().strip())) {
                return "r:" + document.id() + ":" + i;
            }
        }
        throw new NotFoundException("the current version of its document has no recommendation " + locator);
    }

    /** Where a form returns: a path on this server (never another site), else the entry's labels address. */
    static String back(String asked, String key) {
        if (asked != null && asked.startsWith("/") && !asked.startsWith("//") && !asked.contains("\\")
                && asked.length() < 2000 && asked.chars().noneMatch(Character::isISOControl)) {
            return asked;
        }
        return LabelPanel.url(key);
    }
}
