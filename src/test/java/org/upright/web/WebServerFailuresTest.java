package org.upright.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.ingest.store.DocumentStore;
import org.upright.ingest.store.ReferenceTables;
import org.upright.obligation.ObligationService;
import org.upright.obligation.RatificationImport;
import org.upright.reference.ReferenceData;
import org.upright.search.lucene.LuceneSearchIndex;
import org.upright.storage.Database;
import org.upright.storage.DatabaseConfig;

/** What the server says when what it reads from fails: a problem document with the status, never a stack trace. */
class WebServerFailuresTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    private static HttpResponse<String> get(WebServer server, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aDatabaseThatCannotBeReadMakesHealthAndTheApiAnswer503() throws Exception {
        ReferenceData reference = ReferenceData.load();
        Database database = Database.open(DatabaseConfig.forDataDir(dir.resolve("data")));
        ReferenceTables.sync(database, reference);
        DocumentStore store = new DocumentStore(database);
        try (LuceneSearchIndex index = LuceneSearchIndex.inMemory()) {
            org.upright.tracking.TrackingService tracking =
                    new org.upright.tracking.TrackingService(database, Clock.systemUTC());
            WebServer server = new WebServer(new WebServices(new ObligationService(store,
                    new RatificationImport(database, reference), reference, Clock.systemUTC()), index, store, null,
                    tracking, new org.upright.account.AccountService(database),
                    org.upright.account.LoginThrottle.standard(Clock.systemUTC()),
                    new org.upright.report.ExportService(index, tracking), new org.upright.report.CompilationReports(store, reference)), true).start(0);
            try {
                assertThat(get(server, "/healthz").statusCode()).isEqualTo(200);
                database.close();

                HttpResponse<String> health = get(server, "/healthz");
                HttpResponse<String> documents = get(server, "/api/documents");

                for (HttpResponse<String> response : java.util.List.of(health, documents)) {
                    assertThat(response.statusCode()).isEqualTo(503);
                    assertThat(response.headers().firstValue("Content-Type")).get().asString()
                            .startsWith("application/problem+json");
                    assertThat(response.body()).contains("\"status\":503").doesNotContain("Exception", "\tat ");
                }
            } finally {
                server.stop();
            }
        }
    }
}
