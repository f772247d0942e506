package org.upright.ingest.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.ingest.model.Paragraph;
import org.upright.ingest.model.Recommendation;
import org.upright.ingest.model.Statement;
import org.upright.storage.Database;
import org.upright.storage.DatabaseConfig;
import org.upright.storage.OnBothDatabases;
import org.upright.storage.StorageException;

/** A document is stored whole or not at all: a failure in the middle, or a killed process, leaves nothing of it. */
class AtomicStoreTest {
    private static final String KAZ = Samples.KAZ_COMPILATION;

    @OnBothDatabases
    void aStatementBreakingTheSchemaLeavesNothingOfItsDocument(Database database) {
        DocumentStore store = new DocumentStore(database);

        assertThatThrownBy(() -> store.store(Samples.file(KAZ), withoutLastStatementText(Samples.extracted(KAZ))))
                .isInstanceOfSatisfying(StorageException.class, e -> {
                    assertThat(e.reason()).isEqualTo(StorageException.Reason.CONSTRAINT);
                    assertThat(e.getMessage()).startsWith("cannot store " + KAZ + ": the change breaks a rule")
                            .doesNotContain("\n");
                });
        assertThat(Documents.rowCounts(database)).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
    }

    @OnBothDatabases
    void aFailedNewVersionLeavesTheOldOneCurrentAndWhole(Database database) {
        DocumentStore store = new DocumentStore(database);
        StoreOutcome v1 = store.store(Samples.file(KAZ), Samples.extracted(KAZ));
        Map<String, Integer> rows = Documents.rowCounts(database);

        assertThatThrownBy(() -> store.store(Documents.edited(Samples.file(KAZ), "\n"),
                withoutLastStatementText(Samples.extracted(KAZ)))).isInstanceOf(StorageException.class);

        assertThat(Documents.rowCounts(database)).isEqualTo(rows);
        assertThat(store.history(Samples.extracted(KAZ).document().symbol()))
                .singleElement().satisfies(d -> assertThat(d.id()).isEqualTo(v1.documentId()))
                .satisfies(d -> assertThat(d.current()).isTrue());
    }

    @OnBothDatabases
    void anExceptionThrownInTheMiddleLeavesNothingAndTheStoreGoesOn(Database database) {
        DocumentStore store = new DocumentStore(database);
        List<Recommendation> broken = new AbstractList<>() {
            @Override
            public Recommendation get(int index) {
                throw new IllegalStateException("the extraction broke");
            }

            @Override
            public int size() {
                return 1;
            }
        };
        ExtractedDocument halfBroken = Documents.withRecommendations(Samples.extracted(KAZ), broken);

        assertThatThrownBy(() -> store.store(Samples.file(KAZ), halfBroken))
                .isInstanceOf(IllegalStateException.class).hasMessage("the extraction broke");

        assertThat(Documents.rowCounts(database)).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        assertThat(store.store(Samples.file(KAZ), Samples.extracted(KAZ)).status())
                .isEqualTo(StoreOutcome.Status.NEW);
    }

    @OnBothDatabases
    void aProcessKilledWhileStoringLeavesNothingOfTheDocument(DatabaseConfig config) throws Exception {
        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), HalfStoredDocument.class.getName(),
                config.url(), config.user(), config.password())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals(HalfStoredDocument.HALFWAY));
            assertThat(line).as("the child reached the middle of its transaction").isNotNull();
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback by the process itself
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        try (Database database = Database.open(config)) {
            assertThat(Documents.rowCounts(database)).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
            assertThat(new DocumentStore(database).history(HalfStoredDocument.SYMBOL)).isEmpty();
        }
    }

    /** The document with the text of its last statement missing, which the schema refuses. */
    private static ExtractedDocument withoutLastStatementText(ExtractedDocument document) {
        List<Paragraph> paragraphs = new ArrayList<>(document.paragraphs());
        Paragraph last = paragraphs.get(paragraphs.size() - 1);
        List<Statement> statements = new ArrayList<>(last.statements());
        Statement s = statements.get(statements.size() - 1);
        statements.set(statements.size() - 1,
                new Statement(null, s.speakers(), s.reportedBy(), s.year(), s.kind(), s.footnotes()));
        paragraphs.set(paragraphs.size() - 1, new Paragraph(last.number(), last.sectionPath(), last.kind(),
                last.text(), last.footnotes(), statements, last.page()));
        return Documents.withParagraphs(document, paragraphs);
    }
}
