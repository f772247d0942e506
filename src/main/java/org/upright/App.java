package org.upright;

import java.io.IOException;
import java.nio.file.Files;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.Clock;
import java.util.function.Supplier;
import java.util.EnumMap;
import java.util.Map;
import org.upright.classify.ClassificationService;
import org.upright.classify.Concept;
import org.upright.classify.Family;
import org.upright.classify.JdbcLabelService;
import org.upright.classify.LabelService;
import org.upright.classify.Taxonomy;
import org.upright.account.AccountService;
import org.upright.account.LoginThrottle;
import org.upright.cli.Backend;
import org.upright.cli.CommandLineInterface;
import org.upright.common.DataLocation;
import org.upright.ingest.Extractor;
import org.upright.common.UsageException;
import org.upright.ingest.IndexEntries;
import org.upright.ingest.IngestService;
import org.upright.ingest.SearchSync;
import org.upright.ingest.store.DocumentStore;
import org.upright.ingest.store.ReferenceTables;
import org.upright.obligation.ObligationService;
import org.upright.obligation.RatificationImport;
import org.upright.reference.ReferenceData;
import org.upright.report.CompilationReports;
import org.upright.report.NextCycleDrafts;
import org.upright.search.SearchIndex;
import org.upright.search.lucene.LuceneSearchIndex;
import org.upright.search.opensearch.OpenSearchIndex;
import org.upright.storage.Database;
import org.upright.storage.DatabaseConfig;
import org.upright.storage.StorageException;
import org.upright.tracking.TrackingService;
import org.upright.report.ExportService;
import org.upright.web.WebServer;
import org.upright.web.WebServices;

/**
 * The one composition root: loads the reference data, builds the services and hands them to the command line.
 * Nothing else in Upright creates services; everything receives what it needs through its constructor.
 */
public final class App {
    /** The OpenSearch index Upright keeps its entries in. */
    private static final String SEARCH_INDEX_NAME = "upright";

    private App() {
    }

    public static void main(String[] args) {
        // Apache POI logs through the Log4j API and would print that no provider is found: errors only, to stderr
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory",
                    "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        System.exit(commandLine().run(args));
    }

    /** The command line with every service wired, as {@link #main} runs it. */
    static CommandLineInterface commandLine() {
        Supplier<ReferenceData> reference = once(ReferenceData::load);
        Supplier<Extractor> extractor = once(() -> new Extractor(reference.get()));
        return new CommandLineInterface(extractor, location -> backend(location, reference.get(), extractor.get()));
    }

    /** The taxonomy's concepts per family, which the web's "add a label" forms offer. */
    private static Map<Family, List<Concept>> concepts(Taxonomy taxonomy) {
        Map<Family, List<Concept>> concepts = new EnumMap<>(Family.class);
        for (Family family : Family.values()) {
            concepts.put(family, taxonomy.concepts(family));
        }
        return concepts;
    }

    /** Opens the database of a data location, brings its reference tables up to date and builds the services. */
    static Backend backend(DataLocation location, ReferenceData reference, Extractor extractor) {
        Database database = Database.open(config(location));
        try {
            ReferenceTables.sync(database, reference);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        DocumentStore store = new DocumentStore(database);
        SearchIndex index;
        try {
            index = searchIndex(location);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        // the index holds each entry's tracking status; a status change re-indexes its document (ADR 0011)
        SearchSync[] syncOfTracking = new SearchSync[1];
        TrackingService tracking = new TrackingService(database, Clock.systemUTC(),
                key -> syncOfTracking[0].tracked(key));
        // every statement and recommendation gets the classifier's suggestions at ingest; a reviewer's decision
        // re-indexes its document as a status change does (the model loads on first use, not for every command)
        Path trained = location.dataDir().resolve(Backend.MODEL_FILE);
        Supplier<ClassificationService> classifier = once(() -> Files.isRegularFile(trained)
                ? ClassificationService.fromFile(trained) : ClassificationService.bundled());
        JdbcLabelService labels = new JdbcLabelService(database, Clock.systemUTC(),
                text -> classifier.get().classify(text),
                (family, id) -> classifier.get().taxonomy().concept(family, id),
                key -> syncOfTracking[0].labelled(key));
        // the anonymous Backend below may not call App's own methods (nothing depends on the composition root)
        Supplier<Map<Family, List<Concept>>> concepts = () -> concepts(classifier.get().taxonomy());
        IndexEntries entries = new IndexEntries(reference, tracking, labels);
        SearchSync sync = new SearchSync(store, index, entries);
        syncOfTracking[0] = sync;
        try {
            // a crash between a database commit and the index update is mended here, before any command reads;
            // a rebuild starts from nothing instead
            if (!location.freshIndex()) {
                sync.repair(done -> { });
            }
        } catch (RuntimeException e) {
            index.close();
            database.close();
            throw e;
        }
        IngestService ingest = new IngestService(extractor, store, Runtime.getRuntime().availableProcessors(),
                sync::indexed, entries);
        RatificationImport ratifications = new RatificationImport(database, reference);
        ObligationService obligations = new ObligationService(store, ratifications, reference,
                Clock.systemDefaultZone());
        AccountService accounts = new AccountService(database);
        CompilationReports compilations = new CompilationReports(store, reference);
        org.upright.report.RecommendationCharts recommendationCharts =
                new org.upright.report.RecommendationCharts(index, tracking);
        NextCycleDrafts drafts = new NextCycleDrafts(store, reference, obligations, recommendationCharts);
        org.upright.report.ChartReports chartReports = new org.upright.report.ChartReports(recommendationCharts);
        ExportService exports = new ExportService(index, tracking);
        return new Backend() {
            @Override
            public IngestService ingest() {
                return ingest;
            }

            @Override
            public RatificationImport ratifications() {
                return ratifications;
            }

            @Override
            public ObligationService obligations() {
                return obligations;
            }

            @Override
            public SearchIndex search() {
                return index;
            }

            @Override
            public SearchSync searchSync() {
                return sync;
            }

            @Override
            public ExportService exports() {
                return exports;
            }

            @Override
            public AccountService accounts() {
                return accounts;
            }

            @Override
            public CompilationReports compilations() {
                return compilations;
            }

            @Override
            public org.upright.report.ChartReports charts() {
                return chartReports;
            }

            @Override
            public NextCycleDrafts drafts() {
                return drafts;
            }

            @Override
            public LabelService labels() {
                return labels;
            }

            @Override
            public int documentCount() {
                return store.documents().size();
            }

            @Override
            public Server serve(String host, int port, boolean publicView) {
                WebServer web = new WebServer(new WebServices(obligations, index, store, ingest, tracking, accounts,
                        LoginThrottle.standard(Clock.systemUTC()), exports, compilations, drafts, labels,
                        concepts.get()), publicView)
                        .start(host, port);
                // every State's figures take seconds to compute once; the first visitor of / should not wait for them
                Thread.ofVirtual().name("upright-warm-up").start(() -> {
                    try {
                        obligations.summaries(obligations.today());
                    } catch (RuntimeException e) {
                        // only a warm-up: the page computes what it needs and reports any failure itself
                    }
                });
                return new Server() {
                    @Override
                    public int port() {
                        return web.port();
                    }

                    @Override
                    public void stop() {
                        web.stop();
                    }
                };
            }

            @Override
            public void close() {
                try {
                    index.close();
                } finally {
                    database.close();
                }
            }
        };
    }

    /** The data directory's Lucene index, or an OpenSearch cluster when a URL is given. */
    private static SearchIndex searchIndex(DataLocation location) {
        if (location.searchUrl() != null) {
            List<URI> nodes = new ArrayList<>();
            for (String url : location.searchUrl().split(",")) {
                try {
                    URI uri = new URI(url.strip());
                    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                        throw new URISyntaxException(url, "not an http(s) address");
                    }
                    nodes.add(uri);
                } catch (URISyntaxException e) {
                    throw new UsageException("--search " + url + ": give the cluster's address, e.g. "
                            + "http://localhost:9200 (several nodes separated by commas)");
                }
            }
            OpenSearchIndex index = OpenSearchIndex.connect(nodes, SEARCH_INDEX_NAME);
            if (location.freshIndex()) {
                index.clear();
            }
            return index;
        }
        Path directory = location.dataDir().resolve("index");
        if (location.freshIndex()) {
            LuceneSearchIndex.delete(directory);
        }
        return LuceneSearchIndex.open(directory);
    }

    private static DatabaseConfig config(DataLocation location) {
        if (location.dbUrl() != null) {
            return DatabaseConfig.forUrl(location.dbUrl());
        }
        try {
            Files.createDirectories(location.dataDir());
        } catch (IOException e) {
            throw new StorageException("cannot create the data directory " + location.dataDir() + ": "
                    + e.getMessage(), e);
        }
        return DatabaseConfig.forDataDir(location.dataDir());
    }

    /** A supplier that builds its value once, on first use. */
    private static <T> Supplier<T> once(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
