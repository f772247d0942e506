package org.upright.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.ingest.store.DocumentStore;
import org.upright.ingest.store.StoredDocument;
import org.upright.reference.ReferenceData;
import org.upright.storage.Database;
import org.upright.storage.DatabaseConfig;

/**
 * Kills an ingest process (SIGKILL, as kill -9) in the middle of a batch, then runs the batch again: no document is
 * half-stored, and in the end every document is present exactly once.
 */
class IngestCrashTest {
    private static final int DOCUMENTS = 40;

    @TempDir
    Path dir;

    @Test
    void aBatchKilledMidwayLeavesWholeDocumentsAndARerunCompletesIt() throws Exception {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        String compilation = Files.readString(Path.of("samples/A_HRC_WG.6_7_KAZ_2.txt"), StandardCharsets.UTF_8);
        for (int i = 0; i < DOCUMENTS; i++) {
            // Distinct documents: each file name spells another symbol (sessions 1..40 of the same State), and
            // trailing blank lines make the bytes differ, as the store knows identical bytes as one document.
            Files.writeString(batch.resolve(String.format("A_HRC_WG.6_%d_KAZ_2.txt", i + 1)),
                    compilation + "\n".repeat(i + 1));
        }
        Path data = dir.resolve("data");

        Process ingest = start(data, batch);
        int seen = waitForSomeStored(data, ingest);
        ingest.destroyForcibly().waitFor();
        assertThat(seen).as("the batch was killed in the middle").isBetween(1, DOCUMENTS - 1);

        int expectedParagraphs = new Extractor(ReferenceData.load())
                .extract(batch.resolve("A_HRC_WG.6_1_KAZ_2.txt")).document().paragraphs().size();
        try (Database database = Database.open(DatabaseConfig.forDataDir(data))) {
            DocumentStore store = new DocumentStore(database);
            for (StoredDocument doc : store.documents()) {
                assertThat(store.load(doc.id()).paragraphs()).as(doc.symbol() + " is whole")
                        .hasSize(expectedParagraphs);
            }
        }

        Process rerun = start(data, batch);
        assertThat(rerun.waitFor()).isZero();
        try (Database database = Database.open(DatabaseConfig.forDataDir(data))) {
            List<StoredDocument> docs = new DocumentStore(database).documents();
            Map<String, Long> copies = docs.stream()
                    .collect(Collectors.groupingBy(StoredDocument::symbol, Collectors.counting()));
            assertThat(copies).hasSize(DOCUMENTS);
            assertThat(copies.values()).containsOnly(1L);
        }
    }

    /** Runs {@code upright ingest} in a JVM of its own, as a user would. */
    private static Process start(Path data, Path batch) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.upright.App", "ingest", "--data", data.toString(), batch.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Waits until the process has stored some documents but not all; returns how many it had. */
    private static int waitForSomeStored(Path data, Process ingest) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline) && ingest.isAlive()) {
            if (Files.exists(data.resolve("upright.mv.db"))) {
                try (Database database = Database.open(DatabaseConfig.forDataDir(data))) {
                    int stored = new DocumentStore(database).documents().size();
                    if (stored >= 1) {
                        return stored;
                    }
                } catch (RuntimeException stillStarting) {
                    // the other process may be creating the database; try again
                }
            }
            Thread.sleep(20);
        }
        return -1;
    }
}
