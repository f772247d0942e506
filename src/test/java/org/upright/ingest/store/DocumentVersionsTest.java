package org.upright.ingest.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.upright.ingest.store.StoreOutcome.Status.NEW;
import static org.upright.ingest.store.StoreOutcome.Status.NEW_VERSION;
import static org.upright.ingest.store.StoreOutcome.Status.UNCHANGED;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.upright.ingest.model.DocumentInfo;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.ingest.model.Paragraph;
import org.upright.storage.Database;
import org.upright.storage.OnBothDatabases;

/** The same bytes are stored once; other bytes under the same symbol (or file name) are a new version. */
class DocumentVersionsTest {
    private static final String KAZ = Samples.KAZ_COMPILATION;

    @OnBothDatabases
    void theSameBytesAgainAreUnchangedAndWriteNothing(Database database) {
        DocumentStore store = new DocumentStore(database);
        StoreOutcome first = store.store(Samples.file(KAZ), Samples.extracted(KAZ));
        Map<String, Integer> rows = Documents.rowCounts(database);

        StoreOutcome again = store.store(Samples.file(KAZ), Samples.extracted(KAZ));

        assertThat(first.status()).isEqualTo(NEW);
        assertThat(again).isEqualTo(new StoreOutcome(UNCHANGED, first.documentId(), first.paragraphs(),
                first.statements(), first.recommendations()));
        assertThat(Documents.rowCounts(database)).isEqualTo(rows);
    }

    @OnBothDatabases
    void theSameBytesUnderAnotherNameAreTheSameDocument(Database database) {
        DocumentStore store = new DocumentStore(database);
        SourceFile file = Samples.file(KAZ);
        long id = store.store(file, Samples.extracted(KAZ)).documentId();

        StoreOutcome renamed = store.store(new SourceFile("copy of " + file.name(), file.bytes()),
                Samples.extracted(KAZ));

        assertThat(renamed.status()).isEqualTo(UNCHANGED);
        assertThat(renamed.documentId()).isEqualTo(id);
        assertThat(store.documents()).singleElement().extracting(StoredDocument::fileName).isEqualTo(file.name());
    }

    @OnBothDatabases
    void otherBytesWithTheSameSymbolAreANewVersionThatSupersedesTheOld(Database database) {
        DocumentStore store = new DocumentStore(database);
        ExtractedDocument original = Samples.extracted(KAZ);
        List<Paragraph> paragraphs = original.paragraphs();
        ExtractedDocument corrected = Documents.withParagraphs(original, paragraphs.subList(0, paragraphs.size() - 1));
        StoreOutcome v1 = store.store(Samples.file(KAZ), original);

        StoreOutcome v2 = store.store(Documents.edited(Samples.file(KAZ), "\ncorrigendum"), corrected);

        assertThat(v2.status()).isEqualTo(NEW_VERSION);
        assertThat(v2.paragraphs()).isEqualTo(v1.paragraphs() - 1);
        String symbol = original.document().symbol();
        assertThat(store.history(symbol)).extracting(StoredDocument::id, StoredDocument::version,
                StoredDocument::current).containsExactly(
                        tuple(v2.documentId(), 2, true),
                        tuple(v1.documentId(), 1, false));
        assertThat(store.documents()).extracting(StoredDocument::id).containsExactly(v2.documentId());
        assertThat(store.counts()).isEqualTo(new StoreCounts(1, v2.paragraphs(), v2.statements(), 0));
        // the old version keeps its facts: history can show what it said
        assertThat(store.load(v1.documentId())).isEqualTo(original);
        assertThat(store.load(v2.documentId())).isEqualTo(corrected);
    }

    @OnBothDatabases
    void queriesOfCurrentFactsSeeOnlyTheNewVersion(Database database) {
        DocumentStore store = new DocumentStore(database);
        ExtractedDocument original = Samples.extracted(KAZ);
        store.store(Samples.file(KAZ), original);
        store.store(Documents.edited(Samples.file(KAZ), " "), Documents.withParagraphs(original, List.of()));

        int currentStatements = Documents.count(database, """
                SELECT count(*) FROM statement s JOIN document d ON d.id = s.document_id
                WHERE d.superseded_by IS NULL""");
        int allStatements = Documents.count(database, "SELECT count(*) FROM statement");

        assertThat(currentStatements).isZero();
        assertThat(allStatements).isEqualTo(original.paragraphs().stream().mapToInt(p -> p.statements().size()).sum());
    }

    @OnBothDatabases
    void aDocumentWithoutSymbolIsVersionedByItsFileName(Database database) {
        DocumentStore store = new DocumentStore(database);
        ExtractedDocument unnamed = Documents.withInfo(Samples.extracted(KAZ),
                new DocumentInfo(null, "KAZ", "other", null, "en"));
        SourceFile file = Samples.file(KAZ);
        StoreOutcome v1 = store.store(file, unnamed);

        StoreOutcome v2 = store.store(Documents.edited(file, "\n"), unnamed);
        StoreOutcome elsewhere = store.store(new SourceFile("other.txt", Documents.edited(file, "!").bytes()), unnamed);

        assertThat(List.of(v1.status(), v2.status(), elsewhere.status())).containsExactly(NEW, NEW_VERSION, NEW);
        assertThat(store.history(file.name())).extracting(StoredDocument::id)
                .containsExactly(v2.documentId(), v1.documentId());
        assertThat(store.documents()).extracting(StoredDocument::id)
                .containsExactly(v2.documentId(), elsewhere.documentId());
    }

    @OnBothDatabases
    void aStoredDocumentSaysWhatItIsAndKeepsItsFile(Database database) {
        DocumentStore store = new DocumentStore(database);
        SourceFile file = Samples.file(Samples.SVN_WORKING_GROUP_REPORT);
        DocumentInfo info = Samples.extracted(Samples.SVN_WORKING_GROUP_REPORT).document();

        long id = store.store(file, Samples.extracted(Samples.SVN_WORKING_GROUP_REPORT)).documentId();

        StoredDocument stored = store.find(id).orElseThrow();
        assertThat(stored).extracting(StoredDocument::symbol, StoredDocument::kind, StoredDocument::country,
                        StoredDocument::cycle, StoredDocument::sha256, StoredDocument::fileName,
                        StoredDocument::version, StoredDocument::current)
                .containsExactly(info.symbol(), info.kind(), info.country(), info.cycle(), file.sha256(),
                        file.name(), 1, true);
        assertThat(stored.ingestedAt()).isBetween(Instant.now().minusSeconds(60), Instant.now());
        assertThat(store.file(id)).contains(file);
        assertThat(store.find(id + 1000)).isEmpty();
    }
}
