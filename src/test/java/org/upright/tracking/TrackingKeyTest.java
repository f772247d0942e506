package org.upright.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.upright.common.UsageException;
import org.upright.ingest.Extractor;
import org.upright.ingest.IndexEntries;
import org.upright.ingest.SearchSync;
import org.upright.ingest.store.DocumentStore;
import org.upright.ingest.store.ReferenceTables;
import org.upright.ingest.store.SourceFile;
import org.upright.ingest.store.StoreOutcome;
import org.upright.reference.ReferenceData;
import org.upright.search.SearchHit;
import org.upright.search.SearchQuery;
import org.upright.search.lucene.LuceneSearchIndex;
import org.upright.storage.Database;
import org.upright.storage.OnBothDatabases;

/** Tracking keys name what a new version of a document keeps, so that tracking survives re-ingestion. */
class TrackingKeyTest {
    private static final ReferenceData REFERENCE = ReferenceData.load();

    @Test
    void aKeyNamesTheLineageAndTheRecommendationNumberInOnePathSegment() {
        assertThat(TrackingKey.ofEntry("r:12:3", "A/HRC/22/12", "95.12")).isEqualTo("r:A_HRC_22_12:95.12");
        assertThat(TrackingKey.ofEntry("r:12:3", "A/HRC/22/12", null)).isEqualTo("r:A_HRC_22_12:@3");
        assertThat(TrackingKey.ofEntry("s:40:17", "A/HRC/WG.6/7/KAZ/2", null)).isEqualTo("s:A_HRC_WG.6_7_KAZ_2:17");
        assertThat(TrackingKey.cluster("  Ratify OP-CAT! ")).isEqualTo("c:ratify-op-cat");
        assertThat(TrackingKey.check("r:A_HRC_22_12:95.12")).isEqualTo("r:A_HRC_22_12:95.12");
        assertThatThrownBy(() -> TrackingKey.ofEntry("x:1", "A/1", null)).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> TrackingKey.check("r:A/HRC:1")).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> TrackingKey.check("r:" + "x".repeat(400) + ":1")).isInstanceOf(UsageException.class);
    }

    @OnBothDatabases
    void aNewVersionOfTheDocumentKeepsTheTrackingOfItsRecommendationsAndStatements(Database database)
            throws IOException {
        ReferenceTables.sync(database, REFERENCE);
        DocumentStore store = new DocumentStore(database);
        TrackingService tracking = new TrackingService(database, Clock.systemUTC());
        Path report = Path.of("samples/A_HRC_43_15.pdf");
        Path compilation = Path.of("samples/A_HRC_WG.6_7_KAZ_2.txt");
        try (LuceneSearchIndex index = LuceneSearchIndex.inMemory()) {
            SearchSync sync = new SearchSync(store, index, new IndexEntries(REFERENCE));
            sync.indexed(store(store, report, Files.readAllBytes(report)).documentId());
            sync.indexed(store(store, compilation, Files.readAllBytes(compilation)).documentId());
            SearchHit recommendation = first(index, "recommendation");
            SearchHit statement = first(index, "statement");
            String recommendationKey = key(recommendation);
            String statementKey = key(statement);
            tracking.change(TrackingServiceTest.ADMIN, recommendationKey, 0, new TrackingChange.SetStatus("implemented"));
            tracking.change(TrackingServiceTest.ADMIN, statementKey, 0, new TrackingChange.SetStatus("in_progress"));

            byte[] newReport = (new String(Files.readAllBytes(report), java.nio.charset.StandardCharsets.ISO_8859_1)
                    + "\n% a new version\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            StoreOutcome second = store(store, report, newReport);
            sync.indexed(second.documentId());
            String newText = Files.readString(compilation).replace("Policy measures", "Policy measures and plans");
            StoreOutcome third = store(store, compilation, newText.getBytes());
            sync.indexed(third.documentId());

            SearchHit again = sameText(index, "recommendation", recommendation);
            SearchHit statementAgain = sameText(index, "statement", statement);
            assertThat(again.id()).isNotEqualTo(recommendation.id()).contains(":" + second.documentId() + ":");
            assertThat(statementAgain.id()).isNotEqualTo(statement.id()).contains(":" + third.documentId() + ":");
            assertThat(tracking.item(key(again)).status()).isEqualTo(TrackingStatus.IMPLEMENTED);
            assertThat(tracking.item(key(statementAgain)).status()).isEqualTo(TrackingStatus.IN_PROGRESS);
        }
    }

    private static String key(SearchHit hit) {
        return TrackingKey.ofEntry(hit.id(), hit.document(), hit.number());
    }

    private static List<SearchHit> all(LuceneSearchIndex index, String type) {
        return index.search(new SearchQuery("", Map.of("type", List.of(type)), SearchQuery.Sort.RELEVANCE, 0,
                SearchQuery.MAX_LIMIT, false, false)).hits();
    }

    private static SearchHit first(LuceneSearchIndex index, String type) {
        List<SearchHit> hits = all(index, type);
        assertThat(hits).isNotEmpty();
        return hits.get(hits.size() / 2);
    }

    /** The hit of the new version with the same text as the old one's hit. */
    private static SearchHit sameText(LuceneSearchIndex index, String type, SearchHit old) {
        return all(index, type).stream().filter(h -> h.text().equals(old.text()) && !h.id().equals(old.id()))
                .findFirst().orElseThrow();
    }

    private static StoreOutcome store(DocumentStore store, Path file, byte[] bytes) {
        String name = file.getFileName().toString();
        return store.store(new SourceFile(name, bytes), new Extractor(REFERENCE).extract(name, bytes).document());
    }
}
