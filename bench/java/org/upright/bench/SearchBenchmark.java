package org.upright.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.upright.search.IndexEntry;
import org.upright.search.SearchQuery;
import org.upright.search.lucene.LuceneSearchIndex;

/**
 * Search over 1,000,000 statements synthesised from the corpus's real sentences (see {@link SyntheticEntries}), on
 * Lucene (the data directory's index) and on PostgreSQL full-text search (tsvector, GIN, ts_rank, ts_headline) over
 * the same data: a term query, a phrase query, and a query with three facet filters and facet counts; each returns
 * the total, the first 20 hits ranked and highlighted. Latency percentiles come from JMH's sample mode; the build
 * time and size of each index are printed at set-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class SearchBenchmark {
    static final int ENTRIES = Integer.getInteger("bench.entries", 1_000_000);
    static final int PER_DOCUMENT = 1_000;
    static final int PAGE = 20;
    static final Map<String, List<String>> FILTERS = Map.of("country", List.of("KAZ", "SVN", "FRA", "BRA", "MEX"),
            "kind", List.of("recommendation"), "mechanism", List.of("treaty-body"));

    @Param({"Lucene", "PostgreSQL"})
    public String engine;

    private Path dir;
    private LuceneSearchIndex lucene;
    private EmbeddedPostgres postgres;
    private Connection sql;

    @Setup(Level.Trial)
    public void build() throws IOException, SQLException {
        // every benchmark method runs in a fork of its own: the indexes are built once, kept under target/bench
        Path root = Files.createDirectories(Path.of("target", "bench"));
        if (engine.equals("Lucene")) {
            dir = root.resolve("lucene-" + ENTRIES);
            lucene = LuceneSearchIndex.open(dir);
            if (lucene.size() != ENTRIES) {
                lucene.clear();
                SyntheticEntries data = SyntheticEntries.fromSamples();
                long start = System.nanoTime();
                data.generate(ENTRIES, PER_DOCUMENT, 42, batch -> lucene.replaceDocument(batch.get(0).documentId(),
                        batch));
                report("Lucene", start, size(dir));
            }
        } else {
            postgres = EmbeddedPostgres.builder().setDataDirectory(root.resolve("postgres-" + ENTRIES))
                    .setCleanDataDirectory(false).start();
            sql = postgres.getPostgresDatabase().getConnection();
            if (rows() != ENTRIES) {
                loadPostgres();
            }
        }
    }

    private long rows() throws SQLException {
        try (Statement s = sql.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM entry")) {
            r.next();
            return r.getLong(1);
        } catch (SQLException noTable) {
            return -1;
        }
    }

    private void loadPostgres() throws SQLException {
        SyntheticEntries data = SyntheticEntries.fromSamples();
        long start = System.nanoTime();
        try (Statement s = sql.createStatement()) {
            s.execute("DROP TABLE IF EXISTS entry");
            s.execute("CREATE TABLE entry (id text PRIMARY KEY, document_id bigint, country text, speaker text, "
                    + "mechanism text, year int, kind text, theme text, text text, "
                    + "tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED)");
        }
        sql.setAutoCommit(false);
        try (PreparedStatement insert = sql.prepareStatement("INSERT INTO entry (id, document_id, country, "
                + "speaker, mechanism, year, kind, theme, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            data.generate(ENTRIES, PER_DOCUMENT, 42, batch -> insert(insert, batch));
        }
        try (Statement s = sql.createStatement()) {
            s.execute("CREATE INDEX entry_tsv ON entry USING GIN (tsv)");
            for (String column : List.of("country", "speaker", "mechanism", "year", "kind", "theme")) {
                s.execute("CREATE INDEX entry_" + column + " ON entry (" + column + ")");
            }
        }
        sql.commit();
        sql.setAutoCommit(true);
        try (Statement s = sql.createStatement()) {
            s.execute("ANALYZE entry");
        }
        long bytes;
        try (Statement s = sql.createStatement();
             ResultSet r = s.executeQuery("SELECT pg_total_relation_size('entry')")) {
            r.next();
            bytes = r.getLong(1);
        }
        report("PostgreSQL", start, bytes);
    }

    private void insert(PreparedStatement insert, List<IndexEntry> batch) {
        try {
            for (IndexEntry e : batch) {
                insert.setString(1, e.id());
                insert.setLong(2, e.documentId());
                insert.setString(3, e.country());
                insert.setString(4, e.speakers().get(0));
                insert.setString(5, e.mechanismTypes().get(0));
                insert.setInt(6, e.year());
                insert.setString(7, e.kind());
                insert.setString(8, e.themes().get(0));
                insert.setString(9, e.text());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void report(String engine, long start, long bytes) {
        System.out.printf("%n%s: %,d entries indexed in %.1f s, %,d MB%n", engine, ENTRIES,
                (System.nanoTime() - start) / 1e9, bytes / (1024 * 1024));
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    @TearDown(Level.Trial)
    public void close() throws IOException, SQLException {
        if (lucene != null) {
            lucene.close();
        }
        if (sql != null) {
            sql.close();
            postgres.close();
        }
    }

    @Benchmark
    public Object termQuery() throws SQLException {
        return engine.equals("Lucene") ? lucene.search(new SearchQuery("torture", Map.of(), SearchQuery.Sort.RELEVANCE,
                0, PAGE, false, true)) : postgres("plainto_tsquery('english', 'torture')", false);
    }

    @Benchmark
    public Object phraseQuery() throws SQLException {
        return engine.equals("Lucene") ? lucene.search(new SearchQuery("\"migrant workers\"", Map.of(),
                SearchQuery.Sort.RELEVANCE, 0, PAGE, false, true))
                : postgres("phraseto_tsquery('english', 'migrant workers')", false);
    }

    @Benchmark
    public Object facetedQuery() throws SQLException {
        return engine.equals("Lucene") ? lucene.search(new SearchQuery("children", FILTERS, SearchQuery.Sort.RELEVANCE,
                0, PAGE, true, true)) : postgres("plainto_tsquery('english', 'children')", true);
    }

    /** The same work as a search: total, 20 hits ranked with their headline, and facet counts when asked. */
    private List<Object> postgres(String tsquery, boolean faceted) throws SQLException {
        String where = " FROM entry, " + tsquery + " q WHERE tsv @@ q" + (faceted
                ? " AND country IN ('KAZ','SVN','FRA','BRA','MEX') AND kind = 'recommendation'"
                        + " AND mechanism = 'treaty-body'" : "");
        List<Object> out = new ArrayList<>();
        try (Statement s = sql.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT count(*)" + where)) {
                r.next();
                out.add(r.getLong(1));
            }
            try (ResultSet r = s.executeQuery("SELECT id, ts_headline('english', text, q, "
                    + "'StartSel=<mark>, StopSel=</mark>, HighlightAll=true') FROM (SELECT id, text, q, "
                    + "ts_rank(tsv, q) AS rank" + where + " ORDER BY rank DESC LIMIT " + PAGE + ") top")) {
                while (r.next()) {
                    out.add(r.getString(2));
                }
            }
            if (faceted) {
                for (String facet : List.of("speaker", "year", "kind", "country", "theme")) {
                    try (ResultSet r = s.executeQuery("SELECT " + facet + ", count(*)" + where + " GROUP BY "
                            + facet + " ORDER BY 2 DESC")) {
                        while (r.next()) {
                            out.add(r.getString(1));
                        }
                    }
                }
            }
        }
        return out;
    }
}
