package org.upright.web;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.upright.account.AccountService;
import org.upright.account.LoginThrottle;
import org.upright.ingest.Extractor;
import org.upright.ingest.IndexEntries;
import org.upright.ingest.IngestService;
import org.upright.ingest.IngestedFile;
import org.upright.ingest.SearchSync;
import org.upright.ingest.store.DocumentStore;
import org.upright.ingest.store.ReferenceTables;
import org.upright.obligation.ObligationService;
import org.upright.obligation.RatificationImport;
import org.upright.reference.ReferenceData;
import org.upright.search.lucene.LuceneSearchIndex;
import org.upright.storage.Database;
import org.upright.storage.DatabaseConfig;
import org.upright.tracking.TrackingService;

/**
 * A real server on a free port over an H2 data directory holding sample documents ingested as {@code upright ingest}
 * does (so UPR Working Group reports bring recommendations with their positions) and the sample ratification
 * dataset, as {@code upright demo} serves them; the clock is the system's, as tracking's history is.
 */
final class ServedSamples implements AutoCloseable {
    static final Path SAMPLES = Path.of("samples");
    /** Kazakhstan's second review: the compilation and the Working Group's report with its recommendations. */
    static final List<Path> KAZAKHSTAN = List.of(SAMPLES.resolve("A_HRC_WG.6_7_KAZ_2.txt"),
            SAMPLES.resolve("A_HRC_28_10.pdf"));

    final Database database;
    final LuceneSearchIndex index;
    final WebServer server;
    final AccountService accounts;

    private ServedSamples(Database database, LuceneSearchIndex index, WebServer server, AccountService accounts) {
        this.database = database;
        this.index = index;
        this.server = server;
        this.accounts = accounts;
    }

    /** Ingests the files (or every document below a directory), imports the ratification dataset and serves. */
    static ServedSamples start(Path dir, List<Path> documents) {
        ReferenceData reference = ReferenceData.load();
        Database database = Database.open(DatabaseConfig.forDataDir(dir.resolve("data")));
        ReferenceTables.sync(database, reference);
        DocumentStore store = new DocumentStore(database);
        LuceneSearchIndex index = LuceneSearchIndex.open(dir.resolve("index"));
        SearchSync sync = new SearchSync(store, index, new IndexEntries(reference));
        IngestService ingest = new IngestService(new Extractor(reference), store, 4, sync::indexed);
        List<Path> files = IngestService.files(documents).stream()
                .filter(f -> !f.startsWith(SAMPLES.resolve("un-ratification"))).toList();
        ingest.ingest(files, new IngestService.Listener() {
            @Override
            public void started(int count) {
            }

            @Override
            public void done(IngestedFile file) {
            }
        }).files().stream().filter(f -> f.status() == IngestedFile.Status.FAILED).findFirst().ifPresent(f -> {
            throw new IllegalStateException("cannot ingest the sample " + f.file() + ": " + f.failure());
        });
        RatificationImport datasets = new RatificationImport(database, reference);
        datasets.importDirectory(SAMPLES.resolve("un-ratification"), "sample dataset");
        ObligationService obligations = new ObligationService(store, datasets, reference, Clock.systemUTC());
        AccountService accounts = new AccountService(database);
        LoginThrottle throttle = new LoginThrottle(Clock.systemUTC(), 5, 1_000, Duration.ofMinutes(15));
        TrackingService tracking = new TrackingService(database, Clock.systemUTC());
        WebServer server = new WebServer(new WebServices(obligations, index, store, ingest, tracking, accounts,
                throttle, new org.upright.report.ExportService(index, tracking), new org.upright.report.CompilationReports(store, reference)), true).start(0);
        return new ServedSamples(database, index, server, accounts);
    }

    int port() {
        return server.port();
    }

    String base() {
        return "http://localhost:" + port();
    }

    @Override
    public void close() {
        server.stop();
        index.close();
        database.close();
    }
}
