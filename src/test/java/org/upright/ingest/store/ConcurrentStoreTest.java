package org.upright.ingest.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.storage.Database;
import org.upright.storage.DatabaseConfig;
import org.upright.storage.OnBothDatabases;

/**
 * Several threads, through several connection pools as several processes would, storing at the same moment: the
 * same bytes give one document, different versions of one document get one number each.
 */
class ConcurrentStoreTest {
    private static final int THREADS = 8;

    @OnBothDatabases
    void theSameFileStoredFromEightThreadsAtOnceIsStoredOnce(Database database, DatabaseConfig config)
            throws Exception {
        SourceFile file = Samples.file(Samples.KAZ_COMPILATION);
        ExtractedDocument document = Samples.extracted(Samples.KAZ_COMPILATION);

        List<StoreOutcome> outcomes;
        try (Database otherProcess = Database.open(config)) {
            List<DocumentStore> stores = List.of(new DocumentStore(database), new DocumentStore(otherProcess));
            outcomes = atOnce(i -> stores.get(i % 2).store(file, document));
        }

        assertThat(outcomes).filteredOn(o -> o.status() == StoreOutcome.Status.NEW).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o.status() == StoreOutcome.Status.UNCHANGED).hasSize(THREADS - 1);
        assertThat(outcomes).extracting(StoreOutcome::documentId).containsOnly(outcomes.get(0).documentId());
        assertThat(Documents.rowCounts(database)).containsEntry("document", 1).containsEntry("document_file", 1)
                .containsEntry("paragraph", document.paragraphs().size());
    }

    @OnBothDatabases
    void newVersionsStoredAtOnceEachGetTheirOwnNumberAndOneIsCurrent(Database database, DatabaseConfig config)
            throws Exception {
        List<StoreOutcome> outcomes;
        try (Database otherProcess = Database.open(config)) {
            List<DocumentStore> stores = List.of(new DocumentStore(database), new DocumentStore(otherProcess));
            outcomes = atOnce(i -> stores.get(i % 2).store(Documents.syntheticFile("report.txt", i),
                    Documents.synthetic("A/HRC/99/1", 20, 3, i)));
        }

        DocumentStore store = new DocumentStore(database);
        List<StoredDocument> history = store.history("A/HRC/99/1");
        assertThat(history).extracting(StoredDocument::version).containsExactly(8, 7, 6, 5, 4, 3, 2, 1);
        assertThat(history).filteredOn(StoredDocument::current).singleElement()
                .extracting(StoredDocument::version).isEqualTo(8);
        assertThat(outcomes).filteredOn(o -> o.status() == StoreOutcome.Status.NEW).hasSize(1);
        assertThat(store.counts()).isEqualTo(new StoreCounts(1, 20, 60, 0));
    }

    /** The task of each of the threads, run by all of them released at the same moment. */
    private static List<StoreOutcome> atOnce(IndexedTask task) throws Exception {
        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<StoreOutcome>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                int index = i;
                Callable<StoreOutcome> call = () -> {
                    start.await();
                    return task.run(index);
                };
                futures.add(pool.submit(call));
            }
            List<StoreOutcome> outcomes = new ArrayList<>();
            for (Future<StoreOutcome> future : futures) {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** One thread's work, knowing which thread it is. */
    private interface IndexedTask {
        StoreOutcome run(int index);
    }
}
