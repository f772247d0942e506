package org.upright.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upright.storage.StorageException.Reason;

/** A database that cannot be used says so in one line that names it and the reason. */
class DatabaseFailuresTest {

    @Test
    void aPostgresServerThatDoesNotAnswerIsUnreachable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        DatabaseConfig config = new DatabaseConfig("jdbc:postgresql://127.0.0.1:" + closedPort + "/upright", "u", "p");

        assertThatThrownBy(() -> Database.open(config)).isInstanceOfSatisfying(StorageException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.UNREACHABLE);
            assertThat(e.getMessage()).startsWith("cannot open the database: the database jdbc:postgresql://127.0.0.1:"
                    + closedPort + "/upright cannot be reached or opened (").doesNotContain("\n");
        });
    }

    @Test
    void aDataDirectoryThatCannotBeCreatedIsUnreachable(@TempDir Path dir) throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("a-file"), "not a directory");

        assertThatThrownBy(() -> Database.open(DatabaseConfig.forDataDir(notADirectory.resolve("data"))))
                .isInstanceOfSatisfying(StorageException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.UNREACHABLE);
                    assertThat(e.getMessage()).startsWith("cannot open the database: the data directory")
                            .doesNotContain("\n");
                });
    }

    @Test
    void anH2FileHeldByAnotherProgramIsLocked(@TempDir Path dir) throws Exception {
        Database.open(DatabaseConfig.forDataDir(dir)).close();
        Process holder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), HoldH2File.class.getName(),
                DatabaseConfig.forDataDir(dir).url().replace(";AUTO_SERVER=TRUE", ""))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).startsWith(HoldH2File.HOLDING);

            assertThatThrownBy(() -> Database.open(DatabaseConfig.forDataDir(dir)))
                    .isInstanceOfSatisfying(StorageException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.LOCKED);
                        assertThat(e.getMessage()).contains("is locked by another process or transaction")
                                .doesNotContain("\n");
                    });
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @OnBothDatabases
    void aRuleOfTheSchemaBrokenIsOneLineNamingTheRule(Database database) {
        database.dsl().execute("""
                INSERT INTO ratification_fact (country_iso3, instrument, action_year, source, imported_at)
                VALUES ('KAZ', 'CAT', 1998, 'treaty-status.csv', CURRENT_TIMESTAMP)""");

        assertThatThrownBy(() -> database.inTransaction("cannot import treaty-status.csv", ctx -> ctx.execute("""
                INSERT INTO ratification_fact (country_iso3, instrument, action_year, source, imported_at)
                VALUES ('KAZ', 'CAT', 1999, 'treaty-status.csv', CURRENT_TIMESTAMP)""")))
                .isInstanceOfSatisfying(StorageException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.DUPLICATE);
                    assertThat(e.getMessage()).startsWith("cannot import treaty-status.csv: the record exists already")
                            .containsIgnoringCase("ratification_fact_once").doesNotContain("\n");
                });
    }
}
