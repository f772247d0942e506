package org.upright.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.common.UprightException;
import org.upright.search.IndexEntry;
import org.upright.search.SearchIndex;
import org.upright.search.SearchIndexContract;
import org.upright.search.SearchQuery;

/** The contract on a Lucene index in a directory, and what only a directory on disk can show. */
class LuceneSearchIndexTest extends SearchIndexContract {
    @TempDir
    Path directory;

    @Override
    protected SearchIndex open() {
        return LuceneSearchIndex.open(directory.resolve("index"));
    }

    static IndexEntry entry(long document, int ordinal, String text) {
        return new IndexEntry("s:" + document + ":" + ordinal, "statement", document, "E/C.12/KAZ/CO/2", "KAZ",
                List.of("CESCR"), List.of("treaty-body"), 2019, "concern", List.of(), List.of(), List.of(), null,
                null, ordinal, null, text, null);
    }

    @Test
    void reopeningTheDirectoryKeepsEverything() {
        index.close();

        try (LuceneSearchIndex reopened = LuceneSearchIndex.open(directory.resolve("index"))) {
            assertThat(reopened.size()).isEqualTo(8);
            assertThat(reopened.documentIds()).containsExactly(1L, 2L);
            assertThat(reopened.search(SearchQuery.of("tortured")).total()).isEqualTo(3);
            assertThat(reopened.search(SearchQuery.of("")).facets().get("speaker")).containsEntry("CAT", 1L);
        }
    }

    @Test
    void aSecondOpenOfAnIndexInUseFailsInOneLineAndLeavesTheFirstWorking() {
        assertThatThrownBy(() -> LuceneSearchIndex.open(directory.resolve("index")))
                .isInstanceOf(UprightException.class)
                .hasMessageContaining("is in use: another Upright process holds its write.lock")
                .message().doesNotContain("\n");

        index.removeDocument(2);
        assertThat(index.documentIds()).containsExactly(1L);
    }

    @Test
    void aDamagedIndexIsReportedInOneLineThatSuggestsReindexing() throws IOException {
        index.close();
        Path segments;
        try (Stream<Path> files = Files.list(directory.resolve("index"))) {
            segments = files.filter(f -> f.getFileName().toString().startsWith("segments_")).findFirst()
                    .orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(segments);
        bytes[bytes.length / 2] ^= (byte) 0xFF;
        Files.write(segments, bytes);

        assertThatThrownBy(() -> LuceneSearchIndex.open(directory.resolve("index")))
                .isInstanceOf(UprightException.class)
                .hasMessageContaining("is damaged")
                .hasMessageContaining("upright reindex")
                .message().doesNotContain("\n");
    }

    @Test
    void aDirectoryThatIsAFileIsReportedInOneLine() throws IOException {
        Path file = Files.writeString(directory.resolve("not-a-directory"), "x");

        assertThatThrownBy(() -> LuceneSearchIndex.open(file)).isInstanceOf(UprightException.class)
                .hasMessageContaining(file.toString()).message().doesNotContain("\n");
    }

    @Test
    void searchesDuringReplacementsSeeTheOldVersionOrTheNewNeverAMixture() throws Exception {
        List<IndexEntry> longVersion = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            longVersion.add(entry(7, i, "The Committee is concerned about housing, version " + i + "."));
        }
        List<IndexEntry> shortVersion = List.of(entry(7, 0, "The Committee is concerned about housing."));
        index.replaceDocument(7, longVersion);
        SearchQuery ofDocument = SearchQuery.of("housing").filtered(Map.of("document", List.of("E/C.12/KAZ/CO/2")));
        AtomicBoolean writing = new AtomicBoolean(true);

        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<List<Long>>> readers = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                readers.add(pool.submit(() -> {
                    List<Long> totals = new ArrayList<>();
                    while (writing.get()) {
                        totals.add(index.search(ofDocument).total());
                    }
                    return totals;
                }));
            }
            for (int round = 0; round < 30; round++) {
                index.replaceDocument(7, round % 2 == 0 ? shortVersion : longVersion);
            }
            writing.set(false);
            for (Future<List<Long>> reader : readers) {
                assertThat(reader.get()).isNotEmpty().allMatch(total -> total == 1 || total == 5);
            }
        }
        assertThat(index.search(ofDocument).total()).isEqualTo(5);
    }

    @Test
    void aSearchPastItsTimeLimitIsStoppedWithAnError() {
        try (LuceneSearchIndex slow = LuceneSearchIndex.open(new ByteBuffersDirectory(), "test", Duration.ZERO)) {
            slow.replaceDocument(7, List.of(entry(7, 0, "Housing.")));

            assertThatThrownBy(() -> slow.search(SearchQuery.of("housing"))).isInstanceOf(UprightException.class)
                    .hasMessageContaining("took longer than");
        }
    }

    @Test
    void closingTwiceIsHarmless() {
        index.close();
        index.close();
    }
}
