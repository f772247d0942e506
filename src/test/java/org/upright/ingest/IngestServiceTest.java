package org.upright.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.upright.ingest.store.DocumentStore;
import org.upright.ingest.store.ReferenceTables;
import org.upright.ingest.store.StoredDocument;
import org.upright.reference.ReferenceData;
import org.upright.storage.Database;
import org.upright.storage.OnBothDatabases;

/** Ingesting batches into a real database: an H2 file in a temporary data directory, and a PostgreSQL server. */
class IngestServiceTest {
    private static final ReferenceData REFERENCE = ReferenceData.load();

    @TempDir
    Path dir;

    private final List<String> heard = new ArrayList<>();

    private IngestReport ingest(Database database, Path... inputs) {
        ReferenceTables.sync(database, REFERENCE);
        IngestService service = new IngestService(new Extractor(REFERENCE), new DocumentStore(database), 2);
        return service.ingest(List.of(inputs), new IngestService.Listener() {
            @Override
            public void started(int files) {
                synchronized (heard) {
                    heard.add("started " + files);
                }
            }

            @Override
            public void done(IngestedFile file) {
                synchronized (heard) {
                    heard.add(file.status().name());
                }
            }
        });
    }

    @OnBothDatabases
    void aBatchIsStoredAndTheSameBatchAgainChangesNothing(Database database) throws IOException {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        Files.copy(Path.of("samples/A_HRC_WG.6_7_KAZ_2.txt"), batch.resolve("A_HRC_WG.6_7_KAZ_2.txt"));
        Files.copy(Path.of("samples/A_HRC_43_15.pdf"), batch.resolve("A_HRC_43_15.pdf"));
        Files.writeString(batch.resolve("notes.md"), "not a document type ingest picks from a directory");

        IngestReport first = ingest(database, batch);
        assertThat(first.count(IngestedFile.Status.NEW)).isEqualTo(2);
        assertThat(first.statements()).isEqualTo(153);
        assertThat(first.recommendations()).isEqualTo(215);
        assertThat(heard).first().isEqualTo("started 2");

        IngestReport second = ingest(database, batch);
        assertThat(second.count(IngestedFile.Status.UNCHANGED)).isEqualTo(2);
        assertThat(new DocumentStore(database).documents()).hasSize(2);
    }

    @OnBothDatabases
    void aFileThatFailsIsListedWithItsReasonAndTheBatchGoesOn(Database database) throws IOException {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        Files.write(batch.resolve("empty.txt"), new byte[0]);
        Files.write(batch.resolve("broken.pdf"), "%PDF-1.7 not really".getBytes());
        Files.copy(Path.of("samples/A_HRC_WG.6_7_KAZ_2.txt"), batch.resolve("A_HRC_WG.6_7_KAZ_2.txt"));

        IngestReport report = ingest(database, batch);

        assertThat(report.failed()).isTrue();
        assertThat(report.count(IngestedFile.Status.FAILED)).isEqualTo(2);
        assertThat(report.count(IngestedFile.Status.NEW)).isEqualTo(1);
        assertThat(report.files()).filteredOn(f -> f.status() == IngestedFile.Status.FAILED)
                .extracting(IngestedFile::failure)
                .anySatisfy(reason -> assertThat(reason).contains("empty.txt").contains("empty file"))
                .anySatisfy(reason -> assertThat(reason).contains("broken.pdf").contains("damaged"));
        assertThat(new DocumentStore(database).documents()).hasSize(1);
    }

    @OnBothDatabases
    void aFileTooLargeIsRefusedBeforeItIsReadAndTheBatchGoesOn(Database database) throws IOException {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        try (java.io.RandomAccessFile huge = new java.io.RandomAccessFile(batch.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(65L * 1024 * 1024); // sparse: takes no disk, and no memory unless read
        }
        Files.copy(Path.of("samples/A_HRC_WG.6_7_KAZ_2.txt"), batch.resolve("A_HRC_WG.6_7_KAZ_2.txt"));

        IngestReport report = ingest(database, batch);

        assertThat(report.count(IngestedFile.Status.NEW)).isEqualTo(1);
        assertThat(report.files()).filteredOn(f -> f.status() == IngestedFile.Status.FAILED).singleElement()
                .extracting(IngestedFile::failure).asString().contains("huge.txt", "file too large");
    }

    @OnBothDatabases
    void aChangedFileIsStoredAsANewVersionOfItsDocument(Database database) throws IOException {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        Path file = batch.resolve("A_HRC_WG.6_7_KAZ_2.txt");
        Files.copy(Path.of("samples/A_HRC_WG.6_7_KAZ_2.txt"), file);
        ingest(database, batch);
        Files.writeString(file, Files.readString(file).replace("Policy measures", "Policy measures and plans"));

        IngestReport report = ingest(database, batch);

        assertThat(report.count(IngestedFile.Status.NEW_VERSION)).isEqualTo(1);
        DocumentStore store = new DocumentStore(database);
        assertThat(store.documents()).hasSize(1);
        assertThat(store.history("A/HRC/WG.6/7/KAZ/2")).hasSize(2);
    }

    @OnBothDatabases
    void theSameBatchIngestedTwiceAtOnceIsStoredOnce(Database database) throws Exception {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        Files.copy(Path.of("samples/A_HRC_WG.6_7_KAZ_2.txt"), batch.resolve("A_HRC_WG.6_7_KAZ_2.txt"));
        Files.copy(Path.of("samples/A_HRC_43_15.pdf"), batch.resolve("A_HRC_43_15.pdf"));
        Files.copy(Path.of("samples/A_HRC_43_15_Add.1.pdf"), batch.resolve("A_HRC_43_15_Add.1.pdf"));

        List<IngestReport> reports;
        try (ExecutorService twice = Executors.newFixedThreadPool(2)) {
            Callable<IngestReport> run = () -> ingest(database, batch);
            reports = twice.invokeAll(List.of(run, run)).stream().map(IngestServiceTest::get).toList();
        }

        assertThat(reports).noneMatch(IngestReport::failed);
        assertThat(reports.get(0).count(IngestedFile.Status.NEW) + reports.get(1).count(IngestedFile.Status.NEW))
                .as("each file is new in one of the batches and unchanged in the other").isEqualTo(3);
        DocumentStore store = new DocumentStore(database);
        assertThat(store.documents()).extracting(StoredDocument::symbol)
                .containsExactlyInAnyOrder("A/HRC/WG.6/7/KAZ/2", "A/HRC/43/15", "A/HRC/43/15/Add.1");
        assertThat(store.history("A/HRC/43/15")).hasSize(1);
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError(e);
        }
    }
}
