package org.upright.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import org.upright.common.UsageException;
import org.upright.ingest.ExchangeJson;
import org.upright.ingest.store.DocumentStore;
import org.upright.ingest.store.StoredDocument;
import org.upright.obligation.ObligationService;

/** {@code /api/documents}: the stored documents, and one of them in the exchange format. */
final class DocumentsApi {
    private final DocumentStore store;
    private final ObligationService obligations;

    DocumentsApi(DocumentStore store, ObligationService obligations) {
        this.store = store;
        this.obligations = obligations;
    }

    /** {@code GET /api/documents?country=}: the current version of each document, in the order stored. */
    void list(Context ctx) {
        String country = ctx.queryParam("country");
        String iso3 = country == null || country.isBlank() ? null : obligations.country(country).alpha3();
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode list = root.putArray("documents");
        for (StoredDocument d : iso3 == null ? store.documents() : store.documentsOf(iso3)) {
            ObjectNode row = list.addObject();
            row.put("id", d.id());
            row.put("symbol", d.symbol());
            row.put("kind", d.kind());
            row.put("country", d.country());
            if (d.cycle() == null) {
                row.putNull("cycle");
            } else {
                row.put("cycle", d.cycle());
            }
            row.put("version", d.version());
            row.put("ingestedAt", d.ingestedAt() == null ? null : d.ingestedAt().toString());
        }
        ctx.json(root);
    }

    /** {@code GET /api/documents/{id}}: any stored version, as {@code upright extract} prints it. */
    void one(Context ctx) {
        String text = ctx.pathParam("id");
        long id;
        try {
            id = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UsageException("a document id is a number, not \"" + text + "\"");
        }
        if (store.find(id).isEmpty()) {
            throw new NotFoundException("no stored document has the id " + id);
        }
        ctx.contentType(ContentType.APPLICATION_JSON).result(ExchangeJson.line(store.load(id)));
    }
}
