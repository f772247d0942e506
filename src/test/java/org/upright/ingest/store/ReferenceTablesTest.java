package org.upright.ingest.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jooq.Record;
import org.jooq.Result;
import org.upright.reference.MechanismType;
import org.upright.reference.ReferenceData;
import org.upright.storage.Database;
import org.upright.storage.OnBothDatabases;

/** The reference data is copied into the database once, kept in line with the shipped data, and cheap to re-check. */
class ReferenceTablesTest {
    private static final ReferenceData REFERENCE = ReferenceData.load();

    @OnBothDatabases
    void syncCopiesEveryCountryInstrumentProcedureMechanismAndSession(Database database) {
        ReferenceTables.sync(database, REFERENCE);

        assertThat(count(database, "country")).isEqualTo(REFERENCE.countries().all().size());
        assertThat(count(database, "instrument"))
                .isEqualTo(REFERENCE.instruments().all().size() + REFERENCE.instruments().others().size());
        assertThat(count(database, "mechanism")).isEqualTo(REFERENCE.mechanisms().all().size());
        assertThat(count(database, "treaty_body")).isEqualTo(REFERENCE.mechanisms().all().stream()
                .filter(m -> m.type() == MechanismType.TREATY_BODY).count());
        assertThat(count(database, "upr_session")).isEqualTo(REFERENCE.sessions().lastKnownSession());
        Result<Record> cat = database.dsl().fetch("""
                SELECT i.monitoring_body, p.procedure, p.articles FROM instrument i
                JOIN instrument_procedure p ON p.instrument_code = i.code WHERE i.code = 'CAT' ORDER BY p.procedure""");
        assertThat(cat).extracting(r -> r.get(0, String.class), r -> r.get(1, String.class),
                r -> List.of(r.get(2, String[].class))).containsExactly(
                        tuple("CAT", "individual-complaints", List.of("22")),
                        tuple("CAT", "inquiry-procedure", List.of("20")),
                        tuple("CAT", "inter-state-complaints", List.of("21")));
    }

    @OnBothDatabases
    void aSecondSyncWritesNothing(Database database) {
        ReferenceTables.sync(database, REFERENCE);
        String before = snapshot(database);
        Object syncedAt = database.dsl().fetchOne("SELECT synced_at FROM reference_sync").get(0);

        ReferenceTables.sync(database, REFERENCE);

        assertThat(snapshot(database)).isEqualTo(before);
        assertThat(database.dsl().fetchOne("SELECT synced_at FROM reference_sync").get(0)).isEqualTo(syncedAt);
    }

    @OnBothDatabases
    void syncPutsBackWhatDiffersFromTheShippedData(Database database) {
        ReferenceTables.sync(database, REFERENCE);
        String shipped = snapshot(database);
        database.dsl().execute("UPDATE country SET name = 'Somewhere else' WHERE iso3 = 'KAZ'");
        database.dsl().execute("DELETE FROM mechanism_name");
        database.dsl().execute("DELETE FROM instrument_procedure WHERE instrument_code = 'CAT'");
        database.dsl().execute("UPDATE reference_sync SET fingerprint = NULL");

        ReferenceTables.sync(database, REFERENCE);

        assertThat(snapshot(database)).isEqualTo(shipped);
    }

    @OnBothDatabases
    void processesStartingTogetherSyncWithoutError(Database database) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> syncs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                syncs.add(pool.submit(() -> ReferenceTables.sync(database, REFERENCE)));
            }
            for (Future<?> sync : syncs) {
                sync.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(count(database, "country")).isEqualTo(REFERENCE.countries().all().size());
    }

    private static int count(Database database, String table) {
        return Documents.count(database, "SELECT count(*) FROM " + table);
    }

    /** Every row of the reference tables, as text. */
    private static String snapshot(Database database) {
        StringBuilder all = new StringBuilder();
        for (String query : List.of("SELECT * FROM country ORDER BY iso3", "SELECT * FROM instrument ORDER BY code",
                "SELECT instrument_code, procedure, articles FROM instrument_procedure ORDER BY 1, 2",
                "SELECT * FROM mechanism ORDER BY code", "SELECT * FROM mechanism_name ORDER BY 1, 2",
                "SELECT * FROM upr_session ORDER BY 1")) {
            for (Record r : database.dsl().fetch(query)) {
                for (Object value : r.intoArray()) {
                    all.append(value instanceof Object[] array ? List.of(array) : value).append('|');
                }
                all.append('\n');
            }
        }
        return all.toString();
    }
}
