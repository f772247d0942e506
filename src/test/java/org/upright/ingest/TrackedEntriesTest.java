package org.upright.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.upright.account.Account;
import org.upright.account.Role;
import org.upright.ingest.store.DocumentStore;
import org.upright.ingest.store.ReferenceTables;
import org.upright.ingest.store.SourceFile;
import org.upright.reference.ReferenceData;
import org.upright.search.SearchHit;
import org.upright.search.SearchQuery;
import org.upright.search.lucene.LuceneSearchIndex;
import org.upright.storage.Database;
import org.upright.storage.OnBothDatabases;
import org.upright.tracking.TrackingChange;
import org.upright.tracking.TrackingKey;
import org.upright.tracking.TrackingService;

/**
 * Index entries carry their tracking status, wired as App wires them: untracked recommendations are not started, a
 * status change re-indexes its document at once, and a new version of the document keeps the status in the index.
 */
class TrackedEntriesTest {
    private static final ReferenceData REFERENCE = ReferenceData.load();
    private static final Account ADMIN = new Account(1, "admin", Role.ADMIN, java.util.Set.of());
    private static final Path REPORT = Path.of("samples/A_HRC_43_15.pdf");

    private static List<SearchHit> tracked(LuceneSearchIndex index, String status) {
        return index.search(new SearchQuery("", Map.of("type", List.of("recommendation"), "tracking",
                List.of(status)), SearchQuery.Sort.RELEVANCE, 0, SearchQuery.MAX_LIMIT, false, false)).hits();
    }

    private static long store(DocumentStore store, byte[] bytes) {
        String name = REPORT.getFileName().toString();
        return store.store(new SourceFile(name, bytes), new Extractor(REFERENCE).extract(name, bytes).document())
                .documentId();
    }

    @OnBothDatabases
    void aStatusChangeReachesTheIndexAtOnceAndSurvivesANewVersion(Database database) throws IOException {
        ReferenceTables.sync(database, REFERENCE);
        DocumentStore store = new DocumentStore(database);
        try (LuceneSearchIndex index = LuceneSearchIndex.inMemory()) {
            SearchSync[] sync = new SearchSync[1];
            TrackingService tracking = new TrackingService(database, Clock.systemUTC(), key -> sync[0].tracked(key));
            sync[0] = new SearchSync(store, index, new IndexEntries(REFERENCE, tracking));
            sync[0].indexed(store(store, Files.readAllBytes(REPORT)));
            List<SearchHit> notStarted = tracked(index, "not_started");
            assertThat(notStarted).isNotEmpty();
            assertThat(tracked(index, "implemented")).isEmpty();
            SearchHit hit = notStarted.get(notStarted.size() / 2);

            tracking.change(ADMIN, TrackingKey.ofEntry(hit.id(), hit.document(), hit.number()), 0,
                    new TrackingChange.SetStatus("implemented"));
            tracking.change(ADMIN, TrackingKey.cluster("Ratify OP-CAT"), 0, new TrackingChange.SetStatus("in_progress"));

            assertThat(tracked(index, "implemented")).extracting(SearchHit::id).containsExactly(hit.id());
            assertThat(tracked(index, "not_started")).hasSize(notStarted.size() - 1);
            byte[] newVersion = (new String(Files.readAllBytes(REPORT), StandardCharsets.ISO_8859_1)
                    + "\n% a new version\n").getBytes(StandardCharsets.ISO_8859_1);
            long second = store(store, newVersion);
            sync[0].indexed(second);
            assertThat(tracked(index, "implemented")).singleElement().satisfies(again -> {
                assertThat(again.id()).contains(":" + second + ":");
                assertThat(again.text()).isEqualTo(hit.text());
            });
        }
    }
}
