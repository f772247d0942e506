package org.upright.ingest.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import org.upright.storage.Backend;
import org.upright.storage.Database;
import org.upright.storage.DatabaseConfig;
import org.upright.storage.OnBothDatabases;
import org.upright.storage.StorageException;

/**
 * A store that waits too long for a lock another transaction holds gives up with one line saying the database is
 * locked, and leaves nothing behind.
 */
class LockedDocumentTest {

    @OnBothDatabases
    void aNewVersionWaitingTooLongForTheOldOneIsLockedAndLeavesNothing(Database database, DatabaseConfig config,
                                                                       Backend backend) throws Exception {
        DocumentStore store = new DocumentStore(database);
        long v1 = store.store(Documents.syntheticFile("report.txt", 1), Documents.synthetic("A/HRC/99/2", 3, 2, 1))
                .documentId();
        Map<String, Integer> rows = Documents.rowCounts(database);

        try (Database impatient = Database.open(withLockTimeoutOfHalfASecond(config, backend));
             Connection holder = database.dataSource().getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("SELECT id FROM document WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, v1);
                lock.executeQuery().close();
            }

            assertThatThrownBy(() -> new DocumentStore(impatient).store(Documents.syntheticFile("report.txt", 2),
                    Documents.synthetic("A/HRC/99/2", 3, 2, 2)))
                    .isInstanceOfSatisfying(StorageException.class, e -> {
                        assertThat(e.reason()).isEqualTo(StorageException.Reason.LOCKED);
                        assertThat(e.getMessage()).startsWith("cannot store report.txt: the database ")
                                .contains(" is locked by another process or transaction (").doesNotContain("\n");
                    });
            holder.rollback();
        }
        assertThat(Documents.rowCounts(database)).isEqualTo(rows);
    }

    private static DatabaseConfig withLockTimeoutOfHalfASecond(DatabaseConfig config, Backend backend) {
        String url = backend == Backend.H2 ? config.url() + ";LOCK_TIMEOUT=500"
                : config.url() + (config.url().contains("?") ? "&" : "?") + "options=-c%20lock_timeout=500";
        return new DatabaseConfig(url, config.user(), config.password());
    }
}
