package org.upright.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.upright.account.Account;
import org.upright.account.Role;
import org.upright.ingest.Extractor;
import org.upright.ingest.IndexEntries;
import org.upright.ingest.IngestService;
import org.upright.ingest.IngestedFile;
import org.upright.ingest.SearchSync;
import org.upright.ingest.store.DocumentStore;
import org.upright.ingest.store.ReferenceTables;
import org.upright.reference.Country;
import org.upright.reference.ReferenceData;
import org.upright.report.ChartAnnex;
import org.upright.report.ChartReports;
import org.upright.report.CompilationFormat;
import org.upright.report.RecommendationCharts;
import org.upright.search.SearchHit;
import org.upright.search.SearchQuery;
import org.upright.search.lucene.LuceneSearchIndex;
import org.upright.storage.Database;
import org.upright.storage.DatabaseConfig;
import org.upright.tracking.TrackingChange;
import org.upright.tracking.TrackingKey;
import org.upright.tracking.TrackingService;

/**
 * The charts of issue 8 for the sample State (Kazakhstan's compilation and Working Group report, in H2 and Lucene,
 * 20 recommendations given a status): counting the figures, drawing the report's PNG images, and the whole PDF.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xmx1g", "-Djava.awt.headless=true"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class ChartsBenchmark {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    private Path dir;
    private Database database;
    private LuceneSearchIndex index;
    private RecommendationCharts charts;
    private ChartReports reports;
    private Country kazakhstan;

    @Setup(Level.Trial)
    public void ingest() throws IOException {
        dir = Files.createTempDirectory("upright-charts-bench-");
        ReferenceData reference = ReferenceData.load();
        database = Database.open(DatabaseConfig.forDataDir(dir.resolve("data")));
        ReferenceTables.sync(database, reference);
        DocumentStore store = new DocumentStore(database);
        index = LuceneSearchIndex.open(dir.resolve("index"));
        TrackingService tracking = new TrackingService(database, Clock.systemUTC());
        SearchSync sync = new SearchSync(store, index, new IndexEntries(reference, tracking));
        new IngestService(new Extractor(reference), store, 2, sync::indexed).ingest(
                List.of(Path.of("samples/A_HRC_WG.6_7_KAZ_2.txt"), Path.of("samples/A_HRC_28_10.pdf")),
                new IngestService.Listener() {
                    @Override
                    public void started(int count) {
                    }

                    @Override
                    public void done(IngestedFile file) {
                    }
                });
        Account admin = new Account(1, "bench", Role.ADMIN, Set.of());
        for (SearchHit hit : index.search(new SearchQuery("", Map.of("country", List.of("KAZ"), "kind",
                List.of("recommendation")), SearchQuery.Sort.RELEVANCE, 0, 20, false, false)).hits()) {
            tracking.change(admin, TrackingKey.ofEntry(hit.id(), hit.document(), hit.number()), 0,
                    new TrackingChange.SetStatus("in_progress"));
        }
        charts = new RecommendationCharts(index, tracking);
        reports = new ChartReports(charts);
        kazakhstan = reference.countries().byAlpha3("KAZ").orElseThrow();
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        index.close();
        database.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The figures alone: facet counts, every recommendation's key, the status changes. */
    @Benchmark
    public long figures() {
        return charts.figures("KAZ", DAY).total();
    }

    /** The figures and the report's PNG images. */
    @Benchmark
    public int pngs() {
        return ChartAnnex.of(charts.figures("KAZ", DAY)).images().stream().mapToInt(i -> i.png().length).sum();
    }

    /** The whole PDF report: figures, images and openhtmltopdf's layout. */
    @Benchmark
    public int pdf() {
        return reports.render(kazakhstan, DAY, CompilationFormat.PDF).length;
    }
}
