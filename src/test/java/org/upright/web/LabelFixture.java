package org.upright.web;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.upright.account.AccountService;
import org.upright.account.LoginThrottle;
import org.upright.classify.Concept;
import org.upright.classify.Family;
import org.upright.classify.JdbcLabelService;
import org.upright.classify.Suggestion;
import org.upright.classify.Suggestions;
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
 * A real server over Kazakhstan's sample compilation and Working Group report, ingested as {@code upright ingest}
 * does with a real label store ({@link JdbcLabelService} on H2) whose classifier is a small keyword rule set written
 * here (the classifier proper arrives with the taxonomy): a text naming torture gets theme D25, ratification A12,
 * women and children their groups, education SDG 4. Confidences differ with the text, so the queue has an order.
 * A decision re-indexes its entry's document, as App wires it.
 */
final class LabelFixture implements AutoCloseable {
    /** A few real UHRI concepts, the "add a label" forms' choices. */
    static final Concept A12 = new Concept(Family.THEMES, "A12", "Acceptance of international norms", "uhri");
    static final Concept D25 = new Concept(Family.THEMES, "D25",
            "Prohibition of torture and cruel, inhuman or degrading treatment", "uhri");
    static final Concept B31 = new Concept(Family.THEMES, "B31", "Equality & non-discrimination", "uhri");
    static final Concept WOMEN = new Concept(Family.AFFECTED_PERSONS, "women", "Women", "uhri");
    static final Concept CHILDREN = new Concept(Family.AFFECTED_PERSONS, "children", "Children", "uhri");
    static final Concept SDG4 = new Concept(Family.SDGS, "SDG4", "Quality education", "un");
    static final Map<Family, List<Concept>> CONCEPTS = Map.of(Family.THEMES, List.of(A12, D25, B31),
            Family.AFFECTED_PERSONS, List.of(WOMEN, CHILDREN), Family.SDGS, List.of(SDG4));

    final Database database;
    final LuceneSearchIndex index;
    final WebServer server;
    final AccountService accounts;
    final JdbcLabelService labels;

    private LabelFixture(Database database, LuceneSearchIndex index, WebServer server, AccountService accounts,
                         JdbcLabelService labels) {
        this.database = database;
        this.index = index;
        this.server = server;
        this.accounts = accounts;
        this.labels = labels;
    }

    static LabelFixture start(Path dir) {
        ReferenceData reference = ReferenceData.load();
        Database database = Database.open(DatabaseConfig.forDataDir(dir.resolve("data")));
        ReferenceTables.sync(database, reference);
        DocumentStore store = new DocumentStore(database);
        LuceneSearchIndex index = LuceneSearchIndex.open(dir.resolve("index"));
        SearchSync[] sync = new SearchSync[1];
        TrackingService tracking = new TrackingService(database, Clock.systemUTC(), key -> sync[0].tracked(key));
        JdbcLabelService labels = new JdbcLabelService(database, Clock.systemUTC(), LabelFixture::classify,
                LabelFixture::concept, key -> sync[0].labelled(key));
        IndexEntries entries = new IndexEntries(reference, tracking, labels);
        sync[0] = new SearchSync(store, index, entries);
        IngestService ingest = new IngestService(new Extractor(reference), store, 4, sync[0]::indexed, entries);
        ingest.ingest(ServedSamples.KAZAKHSTAN, new IngestService.Listener() {
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
        datasets.importDirectory(ServedSamples.SAMPLES.resolve("un-ratification"), "sample dataset");
        ObligationService obligations = new ObligationService(store, datasets, reference, Clock.systemUTC());
        AccountService accounts = new AccountService(database);
        LoginThrottle throttle = new LoginThrottle(Clock.systemUTC(), 5, 1_000, Duration.ofMinutes(15));
        WebServer server = new WebServer(new WebServices(obligations, index, store, ingest, tracking, accounts,
                throttle, new org.upright.report.ExportService(index, tracking),
                new org.upright.report.CompilationReports(store, reference),
                new org.upright.report.NextCycleDrafts(store, reference, obligations), labels, CONCEPTS), true).start(0);
        return new LabelFixture(database, index, server, accounts, labels);
    }

    /** The keyword classifier: each rule's concept when its word occurs, the confidence varying with the text. */
    static Suggestions classify(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        // between 0.40 and 0.94, the same for the same text: the queue's order is stable from run to run
        double base = 0.40 + Math.floorMod(text.hashCode(), 55) / 100.0;
        Map<Family, List<Suggestion>> found = new LinkedHashMap<>();
        rule(found, lower.contains("tortur"), D25, base);
        rule(found, lower.contains("ratif"), A12, base - 0.05);
        rule(found, lower.contains("women"), WOMEN, base + 0.03);
        rule(found, lower.contains("child"), CHILDREN, base + 0.02);
        rule(found, lower.contains("educat"), SDG4, base - 0.02);
        return new Suggestions(found.getOrDefault(Family.THEMES, List.of()),
                found.getOrDefault(Family.AFFECTED_PERSONS, List.of()), found.getOrDefault(Family.SDGS, List.of()));
    }

    private static void rule(Map<Family, List<Suggestion>> found, boolean matches, Concept concept, double c) {
        if (matches) {
            found.computeIfAbsent(concept.family(), f -> new ArrayList<>())
                    .add(new Suggestion(concept, Math.max(0.05, Math.min(0.99, c))));
        }
    }

    static Optional<Concept> concept(Family family, String id) {
        return CONCEPTS.getOrDefault(family, List.of()).stream().filter(c -> c.id().equals(id)).findFirst();
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
