package org.upright.web;

import io.javalin.http.Context;
import java.util.Map;
import org.upright.ingest.store.DocumentStore;

/** {@code GET /healthz}: 200 when the database answers, 503 (as a problem) when it cannot be read. */
final class HealthApi {
    private final DocumentStore store;

    HealthApi(DocumentStore store) {
        this.store = store;
    }

    void check(Context ctx) {
        // a lookup by primary key: reads the database without costing anything on a large one
        store.find(0L);
        ctx.json(Map.of("status", "ok"));
    }
}
