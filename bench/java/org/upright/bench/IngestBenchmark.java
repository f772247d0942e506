package org.upright.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.upright.ingest.Extractor;
import org.upright.ingest.IngestReport;
import org.upright.ingest.IngestService;
import org.upright.ingest.IngestedFile;
import org.upright.ingest.store.DocumentStore;
import org.upright.ingest.store.ReferenceTables;
import org.upright.reference.ReferenceData;
import org.upright.storage.Database;
import org.upright.storage.DatabaseConfig;

/**
 * {@code upright ingest} of the whole corpus ({@code ../shared/corpus/un-docs}, every PDF) into an empty database
 * each time: extraction on every core, one transaction per document, on H2 (a data directory) and on an embedded
 * PostgreSQL. The database is created, migrated and given its reference data before the timed call, as a first
 * {@code ingest} would have done once.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class IngestBenchmark {
    private static final Path CORPUS = Path.of("../shared/corpus/un-docs");

    @Param({"H2", "PostgreSQL"})
    public String backend;

    private EmbeddedPostgres postgres;
    private Extractor extractor;
    private ReferenceData reference;
    private Path dataDir;
    private Database database;
    private IngestService ingest;
    private int round;

    @Setup(Level.Trial)
    public void start() throws IOException {
        reference = ReferenceData.load();
        extractor = new Extractor(reference);
        if (backend.equals("PostgreSQL")) {
            postgres = EmbeddedPostgres.builder().start();
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    /** An empty database for the next run. */
    @Setup(Level.Invocation)
    public void emptyDatabase() throws IOException, SQLException {
        round++;
        if (backend.equals("H2")) {
            dataDir = Files.createTempDirectory("upright-ingest-bench-");
            database = Database.open(DatabaseConfig.forDataDir(dataDir));
        } else {
            String name = "ingest" + round;
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            database = Database.open(new DatabaseConfig(postgres.getJdbcUrl("postgres", name), "postgres", ""));
        }
        ReferenceTables.sync(database, reference);
        ingest = new IngestService(extractor, new DocumentStore(database), Runtime.getRuntime().availableProcessors());
    }

    @TearDown(Level.Invocation)
    public void dropDatabase() throws IOException {
        database.close();
        if (dataDir != null) {
            try (Stream<Path> files = Files.walk(dataDir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** The corpus into an empty database; documents/s and statements/s are the counts below over this time. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 8)
    public IngestReport ingestCorpus() {
        IngestReport report = ingest.ingest(List.of(CORPUS), new IngestService.Listener() {
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
        if (round == 1) {
            int statements = report.files().stream().mapToInt(IngestedFile::statements).sum();
            int recommendations = report.files().stream().mapToInt(IngestedFile::recommendations).sum();
            System.out.printf("%n%d documents, %d statements, %d recommendations%n", report.files().size(),
                    statements, recommendations);
        }
        return report;
    }
}
