package org.upright;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.ingest.store.DocumentStore;
import org.upright.storage.Backend;
import org.upright.storage.Database;
import org.upright.storage.DatabaseConfig;
import org.upright.storage.OnBothDatabases;

/** {@code upright ingest} and {@code upright import} as a user runs them, with every service wired as in main. */
class AppCommandsTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = App.commandLine().run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** {@code --data DIR} for H2, {@code --db URL} for PostgreSQL: the same fresh database either way. */
    private static List<String> where(Backend backend, DatabaseConfig config) {
        return backend == Backend.H2 ? List.of("--data", config.h2Directory().orElseThrow().toString())
                : List.of("--db", config.url());
    }

    private static String[] args(String command, List<String> where, Path... inputs) {
        return Stream.concat(Stream.concat(Stream.of(command), where.stream()),
                Stream.of(inputs).map(Path::toString)).toArray(String[]::new);
    }

    private Path batch(String... samples) throws IOException {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        for (String sample : samples) {
            Files.copy(Path.of("samples", sample), batch.resolve(sample));
        }
        return batch;
    }

    @OnBothDatabases
    void ingestStoresABatchAndASecondRunReportsEveryDocumentUnchanged(Backend backend, DatabaseConfig config)
            throws IOException {
        Path batch = batch("A_HRC_WG.6_7_KAZ_2.txt", "A_HRC_43_15.pdf", "A_HRC_43_15_Add.1.pdf");

        Run first = run(args("ingest", where(backend, config), batch));
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("A/HRC/WG.6/7/KAZ/2", "upr-compilation", "A/HRC/43/15/Add.1")
                .contains("3 file(s): 3 new, 0 unchanged, 0 new version(s), 0 failed");

        Run second = run(args("ingest", where(backend, config), batch));
        assertThat(second.code()).isZero();
        assertThat(second.out()).contains("3 file(s): 0 new, 3 unchanged, 0 new version(s), 0 failed");
        try (Database database = Database.open(config)) {
            assertThat(new DocumentStore(database).documents()).hasSize(3);
        }
    }

    @Test
    void aFileThatFailsIsListedWithItsReasonStoredNowhereAndTheExitCodeIsOne() throws IOException {
        Path batch = batch("A_HRC_WG.6_7_KAZ_2.txt");
        Files.writeString(batch.resolve("truncated.pdf"), "%PDF-1.7\n1 0 obj <<");
        Path data = dir.resolve("data");

        Run run = run("ingest", "--data", data.toString(), batch.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("1 new", "1 failed", "failures:");
        assertThat(run.err().lines().filter(l -> l.startsWith("upright: ") && l.contains("truncated.pdf")))
                .singleElement().asString().contains("damaged");
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
        try (Database database = Database.open(DatabaseConfig.forDataDir(data))) {
            assertThat(new DocumentStore(database).documents()).singleElement()
                    .satisfies(d -> assertThat(d.fileName()).isEqualTo("A_HRC_WG.6_7_KAZ_2.txt"));
        }
    }

    @Test
    void aDatabaseThatCannotBeReachedIsOneLineAndNothingIsDone() throws IOException {
        Path batch = batch("A_HRC_WG.6_7_KAZ_2.txt");

        Run run = run("ingest", "--db", "jdbc:postgresql://127.0.0.1:1/upright?connectTimeout=2", batch.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).startsWith("upright: ").contains("cannot be reached").doesNotContain("\n");
    }

    @OnBothDatabases
    void importRatificationsGivesEveryUnMemberStateAFactPerCoreInstrument(Backend backend, DatabaseConfig config) {
        Run run = run(importArgs(backend, config));

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("3,474 ratification facts from 18 instrument files");
        assertThat(run.err()).isEmpty();
    }

    private static String[] importArgs(Backend backend, DatabaseConfig config) {
        return Stream.concat(Stream.concat(Stream.of("import", "ratifications"), where(backend, config).stream()),
                Stream.of("src/test/resources/ratification")).toArray(String[]::new);
    }
}
