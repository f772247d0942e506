package org.upright.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.upright.ingest.Extractor;
import org.upright.ingest.store.DocumentStore;
import org.upright.ingest.store.ReferenceTables;
import org.upright.ingest.store.SourceFile;
import org.upright.reference.Country;
import org.upright.reference.ReferenceData;
import org.upright.report.CompilationFormat;
import org.upright.report.CompilationReports;
import org.upright.storage.Database;
import org.upright.storage.DatabaseConfig;

/**
 * One compilation report (issue 8): the Kazakhstan sample compilation, stored in an H2 data directory, loaded and
 * written to a file as PDF (and, for comparison, as HTML).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class ReportBenchmark {
    private Path dir;
    private Database database;
    private CompilationReports reports;
    private Country kazakhstan;

    @Setup(Level.Trial)
    public void store() throws IOException {
        dir = Files.createTempDirectory("upright-report-bench-");
        ReferenceData reference = ReferenceData.load();
        database = Database.open(DatabaseConfig.forDataDir(dir.resolve("data")));
        ReferenceTables.sync(database, reference);
        DocumentStore store = new DocumentStore(database);
        Path sample = Path.of("samples/A_HRC_WG.6_7_KAZ_2.txt");
        store.store(new SourceFile(sample.getFileName().toString(), Files.readAllBytes(sample)),
                new Extractor(reference).extract(sample).document());
        reports = new CompilationReports(store, reference);
        kazakhstan = reference.countries().byAlpha3("KAZ").orElseThrow();
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        database.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public long compilationPdf() throws IOException {
        Path file = dir.resolve("kaz.pdf");
        reports.write(kazakhstan, null, CompilationFormat.PDF, file);
        return Files.size(file);
    }

    @Benchmark
    public long compilationHtml() throws IOException {
        Path file = dir.resolve("kaz.html");
        reports.write(kazakhstan, null, CompilationFormat.HTML, file);
        return Files.size(file);
    }
}
