package org.upright.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.ingest.store.DocumentStore;
import org.upright.ingest.store.ReferenceTables;
import org.upright.reference.ReferenceData;
import org.upright.storage.Database;
import org.upright.storage.DatabaseConfig;

/** Ingesting batches into a real H2 database in a temporary data directory. */
class IngestServiceTest {
    private static final ReferenceData REFERENCE = ReferenceData.load();

    @TempDir
    Path dir;

    private Database database;
    private IngestService service;
    private final List<String> heard = new ArrayList<>();

    @BeforeEach
    void open() {
        database = Database.open(DatabaseConfig.forDataDir(dir.resolve("data")));
        ReferenceTables.sync(database, REFERENCE);
        service = new IngestService(new Extractor(REFERENCE), new DocumentStore(database), 2);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private IngestReport ingest(Path... inputs) {
        return service.ingest(List.of(inputs), new IngestService.Listener() {
            @Override
            public void started(int files) {
                heard.add("started " + files);
            }

            @Override
            public void done(IngestedFile file) {
                heard.add(file.status().name());
            }
        });
    }

    @Test
    void aBatchIsStoredAndTheSameBatchAgainChangesNothing() throws IOException {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        Files.copy(Path.of("samples/A_HRC_WG.6_7_KAZ_2.txt"), batch.resolve("A_HRC_WG.6_7_KAZ_2.txt"));
        Files.copy(Path.of("samples/A_HRC_43_15.pdf"), batch.resolve("A_HRC_43_15.pdf"));
        Files.writeString(batch.resolve("notes.md"), "not a document type ingest picks from a directory");

        IngestReport first = ingest(batch);
        assertThat(first.count(IngestedFile.Status.NEW)).isEqualTo(2);
        assertThat(first.statements()).isEqualTo(153);
        assertThat(first.recommendations()).isEqualTo(215);
        assertThat(heard).first().isEqualTo("started 2");

        IngestReport second = ingest(batch);
        assertThat(second.count(IngestedFile.Status.UNCHANGED)).isEqualTo(2);
        assertThat(new DocumentStore(database).documents()).hasSize(2);
    }

    @Test
    void aFileThatFailsIsListedWithItsReasonAndTheBatchGoesOn() throws IOException {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        Files.write(batch.resolve("empty.txt"), new byte[0]);
        Files.write(batch.resolve("broken.pdf"), "%PDF-1.7 not really".getBytes());
        Files.copy(Path.of("samples/A_HRC_WG.6_7_KAZ_2.txt"), batch.resolve("A_HRC_WG.6_7_KAZ_2.txt"));

        IngestReport report = ingest(batch);

        assertThat(report.failed()).isTrue();
        assertThat(report.count(IngestedFile.Status.FAILED)).isEqualTo(2);
        assertThat(report.count(IngestedFile.Status.NEW)).isEqualTo(1);
        assertThat(report.files()).filteredOn(f -> f.status() == IngestedFile.Status.FAILED)
                .extracting(IngestedFile::failure)
                .anySatisfy(reason -> assertThat(reason).contains("empty.txt").contains("empty file"))
                .anySatisfy(reason -> assertThat(reason).contains("broken.pdf").contains("damaged"));
        assertThat(new DocumentStore(database).documents()).hasSize(1);
    }

    @Test
    void aChangedFileIsStoredAsANewVersionOfItsDocument() throws IOException {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        Path file = batch.resolve("A_HRC_WG.6_7_KAZ_2.txt");
        Files.copy(Path.of("samples/A_HRC_WG.6_7_KAZ_2.txt"), file);
        ingest(batch);
        Files.writeString(file, Files.readString(file).replace("Policy measures", "Policy measures and plans"));

        IngestReport report = ingest(batch);

        assertThat(report.count(IngestedFile.Status.NEW_VERSION)).isEqualTo(1);
        DocumentStore store = new DocumentStore(database);
        assertThat(store.documents()).hasSize(1);
        assertThat(store.history("A/HRC/WG.6/7/KAZ/2")).hasSize(2);
    }
}
