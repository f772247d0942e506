package org.upright.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.upright.ingest.Extractor;
import org.upright.ingest.IndexEntries;
import org.upright.ingest.IngestReport;
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
import org.upright.web.WebServer;
import org.upright.web.WebServices;
import org.upright.account.AccountService;
import org.upright.account.LoginThrottle;
import org.upright.tracking.TrackingService;

/**
 * The web server of one machine over a fresh data directory (H2 and Lucene) holding every sample document
 * ({@code samples}, or {@code -Dbench.samples=DIR}) and the ratification dataset ({@code samples/un-ratification}),
 * ingested as {@code upright ingest} and {@code upright import} do: what the web benchmarks ask.
 */
final class ServedCorpus implements AutoCloseable {
    static final Path SAMPLES = Path.of(System.getProperty("bench.samples", "samples"));

    private final Path dir;
    private final Database database;
    private final LuceneSearchIndex index;
    private final WebServer server;
    final IngestReport ingested;

    private ServedCorpus(Path dir, Database database, LuceneSearchIndex index, WebServer server,
                         IngestReport ingested) {
        this.dir = dir;
        this.database = database;
        this.index = index;
        this.server = server;
        this.ingested = ingested;
    }

    static ServedCorpus start() throws IOException {
        Path dir = Files.createTempDirectory("upright-web-bench-");
        ReferenceData reference = ReferenceData.load();
        Database database = Database.open(DatabaseConfig.forDataDir(dir.resolve("data")));
        ReferenceTables.sync(database, reference);
        DocumentStore store = new DocumentStore(database);
        LuceneSearchIndex index = LuceneSearchIndex.open(dir.resolve("index"));
        SearchSync[] syncOfTracking = new SearchSync[1];
        TrackingService tracking = new TrackingService(database, Clock.systemUTC(),
                key -> syncOfTracking[0].tracked(key));
        SearchSync sync = new SearchSync(store, index, new IndexEntries(reference, tracking));
        syncOfTracking[0] = sync;
        IngestService ingest = new IngestService(new Extractor(reference), store,
                Runtime.getRuntime().availableProcessors(), sync::indexed);
        IngestReport report = ingest.ingest(List.of(SAMPLES), new IngestService.Listener() {
            @Override
            public void started(int files) {
            }

            @Override
            public void done(IngestedFile file) {
                if (file.status() == IngestedFile.Status.FAILED) {
                    throw new IllegalStateException(file.failure());
                }
            }
        });
        RatificationImport datasets = new RatificationImport(database, reference);
        datasets.importDirectory(SAMPLES.resolve("un-ratification"), "UN Treaty Collection (samples)");
        ObligationService obligations = new ObligationService(store, datasets, reference, Clock.systemDefaultZone());
        WebServer server = new WebServer(new WebServices(obligations, index, store, ingest, tracking,
                new AccountService(database), LoginThrottle.standard(Clock.systemUTC()),
                new org.upright.report.ExportService(index, tracking), new org.upright.report.CompilationReports(store, reference)), true).start(0);
        System.out.printf("%nserving %d documents and %d States on port %d%n", report.files().size(),
                obligations.statesWithData().size(), server.port());
        return new ServedCorpus(dir, database, index, server, report);
    }

    String base() {
        return "http://localhost:" + server.port();
    }

    @Override
    public void close() throws IOException {
        server.stop();
        index.close();
        database.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
