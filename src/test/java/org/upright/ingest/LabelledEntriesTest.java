package org.upright.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.upright.account.Account;
import org.upright.account.Role;
import org.upright.classify.EntryLabel;
import org.upright.classify.Family;
import org.upright.classify.JdbcLabelService;
import org.upright.classify.KeywordClassifier;
import org.upright.classify.LabelState;
import org.upright.classify.LabelledEntry;
import org.upright.ingest.store.DocumentStore;
import org.upright.ingest.store.ReferenceTables;
import org.upright.ingest.store.StoredDocument;
import org.upright.reference.ReferenceData;
import org.upright.search.SearchHit;
import org.upright.search.SearchQuery;
import org.upright.search.lucene.LuceneSearchIndex;
import org.upright.storage.Database;
import org.upright.storage.OnBothDatabases;
import org.upright.tracking.TrackingKey;

/**
 * Labels wired as App wires them, over real ingestion of sample documents: every statement and recommendation gets
 * suggestions at ingest, the index carries the effective labels, a decision changes the facets at once, and a new
 * version of a document keeps the decisions.
 */
class LabelledEntriesTest {
    private static final ReferenceData REFERENCE = ReferenceData.load();
    private static final Account EDITOR = new Account(2, "Daniyar Editor", Role.EDITOR, Set.of());
    private static final String GENERAL = "A1 Scope of international obligations";
    private static final String TORTURE = "D25 Prohibition of torture and cruel, inhuman or degrading treatment";

    @TempDir
    Path dir;

    /** The services of one test, wired as App wires them. */
    private record Wired(DocumentStore store, LuceneSearchIndex index, JdbcLabelService labels, IndexEntries entries,
                         IngestService ingest, SearchSync sync) implements AutoCloseable {
        @Override
        public void close() {
            index.close();
        }
    }

    private static Wired wire(Database database) {
        ReferenceTables.sync(database, REFERENCE);
        DocumentStore store = new DocumentStore(database);
        LuceneSearchIndex index = LuceneSearchIndex.inMemory();
        SearchSync[] sync = new SearchSync[1];
        JdbcLabelService labels = new JdbcLabelService(database, Clock.systemUTC(), KeywordClassifier::classify,
                KeywordClassifier::concept, key -> sync[0].labelled(key));
        IndexEntries entries = new IndexEntries(REFERENCE, null, labels);
        sync[0] = new SearchSync(store, index, entries);
        IngestService ingest = new IngestService(new Extractor(REFERENCE), store, 2, sync[0]::indexed, entries);
        return new Wired(store, index, labels, entries, ingest, sync[0]);
    }

    private static final IngestService.Listener QUIET = new IngestService.Listener() {
        @Override
        public void started(int files) {
        }

        @Override
        public void done(IngestedFile file) {
        }
    };

    private static Map<String, Long> themes(LuceneSearchIndex index) {
        return index.search(new SearchQuery("", Map.of(), SearchQuery.Sort.RELEVANCE, 0, 1, true, false))
                .facets().getOrDefault("theme", Map.of());
    }

    private static List<SearchHit> withTheme(LuceneSearchIndex index, String theme) {
        return index.search(new SearchQuery("", Map.of("theme", List.of(theme)), SearchQuery.Sort.RELEVANCE, 0,
                SearchQuery.MAX_LIMIT, false, false)).hits();
    }

    private static List<LabelledEntry> labelled(Wired wired) {
        List<LabelledEntry> all = new ArrayList<>();
        for (StoredDocument d : wired.store().documents()) {
            all.addAll(wired.entries().labelled(d, wired.store().load(d.id())));
        }
        return all;
    }

    @OnBothDatabases
    void everyStatementAndRecommendationOfAnIngestedSampleHasStoredSuggestions(Database database) {
        try (Wired wired = wire(database)) {
            IngestReport report = wired.ingest().ingest(List.of(Path.of("samples/A_HRC_WG.6_7_KAZ_2.txt"),
                    Path.of("samples/A_HRC_43_15.pdf")), QUIET);

            assertThat(report.files()).allSatisfy(f -> assertThat(f.warnings())
                    .noneMatch(w -> w.startsWith("stored, but")));
            List<LabelledEntry> entries = labelled(wired);
            assertThat(entries).extracting(LabelledEntry::kind).contains("recommendation");
            assertThat(entries).extracting(e -> e.key().charAt(0)).contains('s', 'r');
            Map<String, List<EntryLabel>> effective = wired.labels().effective(
                    entries.stream().map(LabelledEntry::key).toList());
            assertThat(effective).containsOnlyKeys(entries.stream().map(LabelledEntry::key).toList());
            assertThat(wired.labels().waiting(null)).isEqualTo(entries.size());
            assertThat(wired.labels().waiting(entries.get(0).country())).isPositive();
            Map<String, Long> themes = themes(wired.index());
            assertThat(themes).containsKey(GENERAL);
            assertThat(themes.values().stream().mapToLong(Long::longValue).sum())
                    .isGreaterThanOrEqualTo(entries.size());
        }
    }

    @OnBothDatabases
    void aDecisionChangesTheThemeFacetAtOnceAndANewVersionKeepsIt(Database database) throws IOException {
        try (Wired wired = wire(database)) {
            Path report = Files.copy(Path.of("samples/A_HRC_43_15.pdf"), dir.resolve("A_HRC_43_15.pdf"));
            wired.ingest().ingest(List.of(report), QUIET);
            Map<String, Long> before = themes(wired.index());
            SearchHit hit = withTheme(wired.index(), GENERAL).get(0);
            String key = TrackingKey.ofEntry(hit.id(), hit.document(), hit.number());

            wired.labels().decide(EDITOR, key, Family.THEMES, "A1", LabelState.REJECTED);
            wired.labels().decide(EDITOR, key, Family.THEMES, "D25", LabelState.ADDED);

            Map<String, Long> after = themes(wired.index());
            assertThat(after.get(GENERAL)).isEqualTo(before.get(GENERAL) - 1);
            assertThat(after.getOrDefault(TORTURE, 0L)).isEqualTo(before.getOrDefault(TORTURE, 0L) + 1);
            assertThat(withTheme(wired.index(), TORTURE)).extracting(SearchHit::id).contains(hit.id());

            Files.write(report, (new String(Files.readAllBytes(report), StandardCharsets.ISO_8859_1)
                    + "\n% a new version\n").getBytes(StandardCharsets.ISO_8859_1));
            wired.ingest().ingest(List.of(report), QUIET);

            assertThat(wired.store().documents()).hasSize(1);
            assertThat(themes(wired.index())).isEqualTo(after);
            assertThat(wired.labels().labels(key)).extracting(EntryLabel::conceptId, EntryLabel::state)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("A1", LabelState.REJECTED),
                            org.assertj.core.groups.Tuple.tuple("D25", LabelState.ADDED));
            assertThat(withTheme(wired.index(), TORTURE)).extracting(SearchHit::text).contains(hit.text());
        }
    }

    @OnBothDatabases
    void aRebuiltIndexCarriesTheLabelsAndRelabellingKeepsTheDecisions(Database database) {
        try (Wired wired = wire(database)) {
            wired.ingest().ingest(List.of(Path.of("samples/A_HRC_43_15.pdf")), QUIET);
            SearchHit hit = withTheme(wired.index(), GENERAL).get(0);
            String key = TrackingKey.ofEntry(hit.id(), hit.document(), hit.number());
            wired.labels().decide(EDITOR, key, Family.THEMES, "A1", LabelState.REJECTED);
            Map<String, Long> decided = themes(wired.index());

            wired.sync().rebuild(done -> { });
            Map<String, Long> rebuilt = themes(wired.index());
            int relabelled = wired.sync().relabel(done -> { });

            assertThat(rebuilt).isEqualTo(decided);
            assertThat(relabelled).isEqualTo(1);
            assertThat(themes(wired.index())).isEqualTo(decided);
            assertThat(wired.labels().labels(key)).filteredOn(l -> l.conceptId().equals("A1"))
                    .extracting(EntryLabel::state).containsExactly(LabelState.REJECTED);
        }
    }
}
