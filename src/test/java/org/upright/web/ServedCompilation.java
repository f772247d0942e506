package org.upright.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.upright.account.AccountService;
import org.upright.account.LoginThrottle;
import org.upright.ingest.Extractor;
import org.upright.ingest.IndexEntries;
import org.upright.ingest.SearchSync;
import org.upright.ingest.store.DocumentStore;
import org.upright.ingest.store.ReferenceTables;
import org.upright.ingest.store.SourceFile;
import org.upright.obligation.ObligationService;
import org.upright.obligation.RatificationImport;
import org.upright.reference.ReferenceData;
import org.upright.search.lucene.LuceneSearchIndex;
import org.upright.storage.Database;
import org.upright.storage.DatabaseConfig;
import org.upright.tracking.TrackingService;

/**
 * A real server on a free port over an H2 data directory holding the Kazakhstan compilation (indexed) and the
 * ratification dataset, with the clock fixed: what the web tests read from.
 */
final class ServedCompilation implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC);
    static final Path COMPILATION = Path.of("samples/A_HRC_WG.6_7_KAZ_2.txt");

    final Database database;
    final LuceneSearchIndex index;
    final WebServer server;
    final long documentId;
    final AccountService accounts;

    private ServedCompilation(Database database, LuceneSearchIndex index, WebServer server, long documentId,
                              AccountService accounts) {
        this.database = database;
        this.index = index;
        this.server = server;
        this.documentId = documentId;
        this.accounts = accounts;
    }

    /** The server with the public view on. */
    static ServedCompilation start(Path dir) throws IOException {
        return start(dir, true);
    }

    /**
     * The server, with the public view on or off. Sign-ins are throttled at 5 failures per name as in production,
     * but at 1,000 per address: every test signs in from 127.0.0.1.
     */
    static ServedCompilation start(Path dir, boolean publicView) throws IOException {
        ReferenceData reference = ReferenceData.load();
        Database database = Database.open(DatabaseConfig.forDataDir(dir.resolve("data")));
        ReferenceTables.sync(database, reference);
        DocumentStore store = new DocumentStore(database);
        long documentId = store.store(new SourceFile(COMPILATION.getFileName().toString(),
                Files.readAllBytes(COMPILATION)), new Extractor(reference).extract(COMPILATION).document()).documentId();
        LuceneSearchIndex index = LuceneSearchIndex.open(dir.resolve("index"));
        // wired as App wires them: entries carry their tracking status, a status change re-indexes its document
        SearchSync[] sync = new SearchSync[1];
        TrackingService tracking = new TrackingService(database, CLOCK, key -> sync[0].tracked(key));
        sync[0] = new SearchSync(store, index, new IndexEntries(reference, tracking));
        sync[0].repair(done -> { });
        RatificationImport datasets = new RatificationImport(database, reference);
        datasets.importDirectory(Path.of("src/test/resources/ratification"), "test dataset");
        ObligationService obligations = new ObligationService(store, datasets, reference, CLOCK);
        AccountService accounts = new AccountService(database);
        LoginThrottle throttle = new LoginThrottle(Clock.systemUTC(), 5, 1_000, java.time.Duration.ofMinutes(15));
        return new ServedCompilation(database, index, new WebServer(new WebServices(obligations, index, store,
                null, tracking, accounts, throttle, new org.upright.report.ExportService(index, tracking),
                new org.upright.report.CompilationReports(store, reference)), publicView)
                .start(0), documentId, accounts);
    }

    int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.stop();
        index.close();
        database.close();
    }
}
