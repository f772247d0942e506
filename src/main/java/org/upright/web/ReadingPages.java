package org.upright.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.jte.Content;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.upright.ingest.model.Endnote;
import org.upright.ingest.store.DocumentStore;
import org.upright.ingest.store.StoredDocument;
import org.upright.obligation.ObligationService;
import org.upright.search.SearchHit;
import org.upright.search.SearchIndex;

/**
 * The reading pages: one entry (statement, recommendation or paragraph) highlighted in its source with what it cites
 * and what is like it, its JSON twin, one stored document as a reading view, and the list of documents.
 */
final class ReadingPages {
    /** The tracking panel of an entry page; the tracking part supplies it, nothing until then. */
    static final BiFunction<Context, EntryPage, Content> NO_TRACKING = (ctx, entry) -> output -> { };

    private final DocumentStore store;
    private final SearchIndex index;
    private final ObligationService obligations;
    private final BiFunction<Context, EntryPage, Content> tracking;
    private final BiFunction<Context, EntryPage, Content> labels;

    ReadingPages(DocumentStore store, SearchIndex index, ObligationService obligations,
                 BiFunction<Context, EntryPage, Content> tracking) {
        this(store, index, obligations, tracking, NO_TRACKING);
    }

    /** @param labels the labels panel of an entry page (themes, affected persons, SDGs) */
    ReadingPages(DocumentStore store, SearchIndex index, ObligationService obligations,
                 BiFunction<Context, EntryPage, Content> tracking, BiFunction<Context, EntryPage, Content> labels) {
        this.store = store;
        this.index = index;
        this.obligations = obligations;
        this.tracking = tracking;
        this.labels = labels;
    }

    /** {@code GET /entries/{id}}: the sentence marked in its paragraph, its source, notes, cluster and likes. */
    void entry(Context ctx) {
        EntryPage entry = EntryPage.of(ctx.pathParam("id"), store, index);
        Pages.render(ctx, 200, "entry.jte", Map.of("e", entry, "tracking", tracking.apply(ctx, entry),
                "labels", labels.apply(ctx, entry)));
    }

    /** {@code GET /api/entries/{id}}: the same as JSON. */
    void entryJson(Context ctx) {
        EntryPage e = EntryPage.of(ctx.pathParam("id"), store, index);
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("id", e.id());
        root.put("type", e.type());
        root.put("text", e.marked());
        root.put("context", e.before().isEmpty() && e.after().isEmpty() ? null : e.before() + e.marked() + e.after());
        ObjectNode document = root.putObject("document");
        document.put("id", e.document().id());
        document.put("symbol", e.symbol());
        document.put("kind", e.document().kind());
        document.put("country", e.document().country());
        root.put("paragraph", e.paragraph());
        root.put("page", e.page());
        root.put("number", e.number());
        strings(root.putArray("speakers"), e.speakers());
        root.put("reportedBy", e.reportedBy());
        root.put("year", e.year());
        root.put("kind", e.kind());
        root.put("position", e.position());
        ArrayNode notes = root.putArray("notes");
        for (Endnote n : e.notes()) {
            ObjectNode note = notes.addObject();
            note.put("number", n.number());
            note.put("text", n.text());
            strings(note.putArray("symbols"), n.symbols() == null ? List.of() : n.symbols());
        }
        hits(root.putArray("cluster"), e.cluster());
        hits(root.putArray("similar"), e.similar());
        ctx.json(root);
    }

    /** {@code GET /documents/{id}}: a stored version as a reading view. */
    void document(Context ctx) {
        String text = ctx.pathParam("id");
        if (!text.matches("\\d{1,18}")) {
            throw new NotFoundException("no stored document has the id \"" + text + "\"");
        }
        long id = Long.parseLong(text);
        StoredDocument stored = store.find(id)
                .orElseThrow(() -> new NotFoundException("no stored document has the id " + id));
        List<StoredDocument> versions = store.history(stored.symbol() != null ? stored.symbol() : stored.fileName());
        Pages.render(ctx, 200, "document.jte", Map.of("d", DocumentPage.of(stored, store.load(id), versions)));
    }

    /** {@code GET /documents?country=&kind=}: the current version of every stored document, filtered. */
    void documents(Context ctx) {
        String country = param(ctx, "country").toUpperCase(Locale.ROOT);
        String kind = param(ctx, "kind");
        List<StoredDocument> all = country.isEmpty() ? store.documents()
                : store.documentsOf(obligations.country(country).alpha3());
        List<StoredDocument> shown = all.stream().filter(d -> kind.isEmpty() || kind.equalsIgnoreCase(d.kind()))
                .toList();
        Pages.render(ctx, 200, "documents.jte", Map.of("documents", shown, "country", country, "kind", kind));
    }

    private static String param(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null ? "" : value.strip();
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static void hits(ArrayNode array, List<SearchHit> hits) {
        for (SearchHit h : hits) {
            ObjectNode hit = array.addObject();
            hit.put("id", h.id());
            hit.put("type", h.type());
            hit.put("text", h.text());
            hit.put("document", h.document());
            hit.put("country", h.country());
            hit.put("year", h.year());
            hit.put("number", h.number());
            hit.put("url", EntryPage.url(h.id()));
        }
    }
}
