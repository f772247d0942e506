package org.upright.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.upright.ingest.store.DocumentStore;
import org.upright.ingest.store.ReferenceTables;
import org.upright.ingest.store.StoreOutcome;
import org.upright.ingest.store.SourceFile;
import org.upright.reference.ReferenceData;
import org.upright.search.IndexEntry;
import org.upright.search.SearchQuery;
import org.upright.search.lucene.LuceneSearchIndex;
import org.upright.storage.Database;
import org.upright.storage.OnBothDatabases;

/** The index follows the database: a stored document is searchable, a new version replaces the old one's entries. */
class SearchSyncTest {
    private static final ReferenceData REFERENCE = ReferenceData.load();
    private static final Path COMPILATION = Path.of("samples/A_HRC_WG.6_7_KAZ_2.txt");

    private static StoreOutcome store(DocumentStore store, String text) {
        return store.store(new SourceFile("A_HRC_WG.6_7_KAZ_2.txt", text.getBytes()),
                new Extractor(REFERENCE).extract("A_HRC_WG.6_7_KAZ_2.txt", text.getBytes()).document());
    }

    @OnBothDatabases
    void aNewVersionReplacesTheEntriesOfTheOldOne(Database database) throws IOException {
        ReferenceTables.sync(database, REFERENCE);
        DocumentStore store = new DocumentStore(database);
        String text = Files.readString(COMPILATION);
        try (LuceneSearchIndex index = LuceneSearchIndex.inMemory()) {
            SearchSync sync = new SearchSync(store, index, new IndexEntries(REFERENCE));
            StoreOutcome first = store(store, text);
            sync.indexed(first.documentId());
            long entries = index.size();

            StoreOutcome second = store(store, text.replace("Policy measures", "Policy measures and plans"));
            sync.indexed(second.documentId());

            assertThat(index.documentIds()).containsExactly(second.documentId());
            assertThat(index.size()).isEqualTo(entries);
            assertThat(index.search(SearchQuery.of("ICRMW")).hits()).allMatch(h -> h.id().contains(":"
                    + second.documentId() + ":"));
        }
    }

    @OnBothDatabases
    void aRepairIndexesWhatIsMissingAndDropsWhatIsNoLongerStored(Database database) throws IOException {
        ReferenceTables.sync(database, REFERENCE);
        DocumentStore store = new DocumentStore(database);
        try (LuceneSearchIndex index = LuceneSearchIndex.inMemory()) {
            SearchSync sync = new SearchSync(store, index, new IndexEntries(REFERENCE));
            StoreOutcome stored = store(store, Files.readString(COMPILATION));
            index.replaceDocument(999, List.of(new IndexEntry("s:999:0", "statement", 999, "X", "KAZ", List.of(),
                    List.of(), 2000, "concern", List.of(), List.of(), List.of(), null, null, 1, null, "orphan", null)));
            List<Integer> progress = new ArrayList<>();

            SearchSync.Outcome outcome = sync.repair(progress::add);

            assertThat(outcome.indexed()).isEqualTo(1);
            assertThat(outcome.removed()).isEqualTo(1);
            assertThat(progress).containsExactly(1);
            assertThat(index.documentIds()).containsExactly(stored.documentId());
            assertThat(sync.missing()).isZero();
            assertThat(sync.repair(p -> { }).indexed()).as("a second repair has nothing to do").isZero();
        }
    }
}
