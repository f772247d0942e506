package org.upright.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.upright.ingest.model.DocumentInfo;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.ingest.model.Paragraph;
import org.upright.ingest.model.Statement;
import org.upright.ingest.store.DocumentStore;
import org.upright.ingest.store.ReferenceTables;
import org.upright.ingest.store.SourceFile;
import org.upright.ingest.store.StoreOutcome;
import org.upright.reference.ReferenceData;
import org.upright.storage.Database;
import org.upright.storage.DatabaseConfig;

/**
 * Storing documents on H2 (a data directory) and on an embedded PostgreSQL: a synthetic document of 100,000
 * statements (20,000 paragraphs of 5, two speakers each) through {@link DocumentStore#store}, the 35 KB sample
 * compilation, and a reference sync that finds nothing changed. Each stored document is new (its own bytes and
 * symbol), so the database grows during the run as it would during an ingest.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class StoreBenchmark {
    static final int PARAGRAPHS = 20_000;
    static final int STATEMENTS_PER_PARAGRAPH = 5;

    @Param({"H2", "PostgreSQL"})
    public String backend;

    private Path dataDir;
    private EmbeddedPostgres postgres;
    private Database database;
    private DocumentStore store;
    private ReferenceData reference;
    private byte[] compilation;
    private ExtractedDocument compilationDocument;
    private int sequence;
    private ExtractedDocument next;
    private SourceFile nextFile;

    @Setup(Level.Trial)
    public void open() throws IOException {
        if (backend.equals("H2")) {
            dataDir = Files.createTempDirectory("upright-bench-");
            database = Database.open(DatabaseConfig.forDataDir(dataDir));
        } else {
            postgres = EmbeddedPostgres.builder().start();
            database = Database.open(new DatabaseConfig(postgres.getJdbcUrl("postgres", "postgres"), "postgres", ""));
        }
        store = new DocumentStore(database);
        reference = ReferenceData.load();
        ReferenceTables.sync(database, reference);
        Path sample = Path.of("samples/A_HRC_WG.6_7_KAZ_2.txt");
        compilation = Files.readAllBytes(sample);
        compilationDocument = new Extractor(reference).extract(sample).document();
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        database.close();
        if (postgres != null) {
            postgres.close();
        }
        if (dataDir != null) {
            try (Stream<Path> files = Files.walk(dataDir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** The next synthetic document and its file, made before the timed call. */
    @Setup(Level.Invocation)
    public void nextDocument() {
        sequence++;
        next = synthetic("A/BENCH/" + sequence, sequence);
        nextFile = new SourceFile("bench-" + sequence + ".txt",
                ("synthetic " + sequence).getBytes(StandardCharsets.UTF_8));
    }

    /** 100,000 statements in one document, one transaction: statements per second = 100,000 / the time. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public StoreOutcome store100000Statements() {
        return store.store(nextFile, next);
    }

    /** The 35 KB sample compilation (49 paragraphs, tables, statements), new bytes each time. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public StoreOutcome storeSampleCompilation() {
        byte[] bytes = Arrays.copyOf(compilation, compilation.length + 12);
        byte[] suffix = String.format("%12d", ++sequence).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(suffix, 0, bytes, compilation.length, suffix.length);
        return store.store(new SourceFile("A_HRC_WG.6_7_KAZ_2.txt", bytes), compilationDocument);
    }

    /** What every start of Upright pays when the reference data has not changed. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public void syncUnchangedReference() {
        ReferenceTables.sync(database, reference);
    }

    static ExtractedDocument synthetic(String symbol, int seed) {
        String[] speakers = {"CAT", "CRC", "SR-torture", "UNICEF", "UNHCR", "CEDAW"};
        List<Paragraph> paragraphs = new ArrayList<>(PARAGRAPHS);
        for (int p = 0; p < PARAGRAPHS; p++) {
            List<Statement> statements = new ArrayList<>(STATEMENTS_PER_PARAGRAPH);
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < STATEMENTS_PER_PARAGRAPH; s++) {
                String sentence = "In " + (2000 + s) + ", the committee " + seed + " was concerned about item " + p
                        + "." + s + " and recommended that the State take measures to address it.";
                text.append(s == 0 ? "" : " ").append(sentence);
                statements.add(new Statement(sentence, List.of(speakers[s % speakers.length],
                        speakers[(s + p) % speakers.length]), s % 3 == 0 ? "UNHCR" : null, 2000 + s,
                        s % 2 == 0 ? "concern" : "recommendation", List.of(p * STATEMENTS_PER_PARAGRAPH + s + 1)));
            }
            paragraphs.add(new Paragraph(p + 1, List.of("II", "B", Integer.toString(p % 7)), null, text.toString(),
                    List.of(p + 1), statements, 1 + p / 8));
        }
        return new ExtractedDocument(new DocumentInfo(symbol, "KAZ", "upr-compilation", 1, "en"), List.of(), null,
                null, null, null, null, null, paragraphs, List.of(), null, List.of());
    }
}
