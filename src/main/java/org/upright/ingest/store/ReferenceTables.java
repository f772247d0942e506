package org.upright.ingest.store;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;
import org.upright.reference.Country;
import org.upright.reference.Instrument;
import org.upright.reference.Mechanism;
import org.upright.reference.OptionalProcedure;
import org.upright.reference.ReferenceData;
import org.upright.reference.RelatedInstrument;
import org.upright.reference.UprSessions;
import org.upright.storage.Database;

/**
 * Copies the reference data Upright ships (countries, instruments and their optional procedures, mechanisms and
 * their names, UPR sessions) into the database, so that stored facts can be joined to names. Idempotent, and one
 * read when nothing changed: a fingerprint of what was copied last is kept and compared.
 */
public final class ReferenceTables {
    /** Raised when what is copied changes shape, so that every database copies again once. */
    private static final String LAYOUT = "reference tables v1";

    private static final Table<Record> SYNC = Sql.named("reference_sync");
    private static final Field<String> SYNC_NAME = Sql.text("name");
    private static final Field<String> FINGERPRINT = Sql.text("fingerprint");
    private static final Field<OffsetDateTime> SYNCED_AT =
            field(name("synced_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);

    private static final Table<Record> COUNTRY = Sql.named("country");
    private static final List<Field<?>> COUNTRY_FIELDS = List.of(Sql.text("iso3"), Sql.text("iso2"), Sql.text("name"));
    private static final Table<Record> INSTRUMENT = Sql.named("instrument");
    private static final List<Field<?>> INSTRUMENT_FIELDS = List.of(Sql.text("code"), Sql.text("name"),
            Sql.bool("core"), Sql.text("monitoring_body"), Sql.integer("adopted_year"), Sql.text("other_group"));
    private static final Table<Record> PROCEDURE = Sql.named("instrument_procedure");
    private static final List<Field<?>> PROCEDURE_FIELDS =
            List.of(Sql.text("instrument_code"), Sql.text("procedure"), Sql.strings("articles"));
    private static final Table<Record> MECHANISM = Sql.named("mechanism");
    private static final List<Field<?>> MECHANISM_FIELDS =
            List.of(Sql.text("code"), Sql.text("mechanism_type"), Sql.text("name"));
    private static final Table<Record> MECHANISM_NAME = Sql.named("mechanism_name");
    private static final List<Field<?>> MECHANISM_NAME_FIELDS =
            List.of(Sql.text("mechanism_code"), Sql.ORDINAL, Sql.text("name"));
    private static final Table<Record> SESSION = Sql.named("upr_session");
    private static final List<Field<?>> SESSION_FIELDS =
            List.of(Sql.integer("session_number"), Sql.integer("held_year"), Sql.integer("cycle"));

    /** The rows to copy, table by table. */
    private record Rows(List<Object[]> countries, List<Object[]> instruments, List<Object[]> procedures,
                        List<Object[]> mechanisms, List<Object[]> mechanismNames, List<Object[]> sessions) {
    }

    private ReferenceTables() {
    }

    /**
     * Brings the reference tables in line with the reference data: inserts what is missing, updates what changed.
     * Rows the data no longer has are kept, as stored facts may still name them. Two processes starting together
     * copy once: the second waits for the first and then finds the fingerprint equal.
     */
    public static void sync(Database database, ReferenceData reference) {
        Rows rows = rowsOf(reference);
        String fingerprint = fingerprint(rows);
        database.inTransaction("cannot copy the reference data into the database", ctx -> {
            String copied = ctx.select(FINGERPRINT).from(SYNC).where(SYNC_NAME.eq("reference")).forUpdate()
                    .fetchOne(FINGERPRINT);
            if (fingerprint.equals(copied)) {
                return null;
            }
            Upserts.apply(ctx, COUNTRY, COUNTRY_FIELDS, rows.countries());
            Upserts.apply(ctx, MECHANISM, MECHANISM_FIELDS, rows.mechanisms());
            Upserts.apply(ctx, INSTRUMENT, INSTRUMENT_FIELDS, rows.instruments());
            Upserts.apply(ctx, SESSION, SESSION_FIELDS, rows.sessions());
            // child lists are replaced whole: nothing refers to them, and they are small
            ctx.deleteFrom(PROCEDURE).execute();
            Sql.insert(ctx, PROCEDURE, PROCEDURE_FIELDS, rows.procedures());
            ctx.deleteFrom(MECHANISM_NAME).execute();
            Sql.insert(ctx, MECHANISM_NAME, MECHANISM_NAME_FIELDS, rows.mechanismNames());
            ctx.update(SYNC).set(FINGERPRINT, fingerprint).set(SYNCED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                    .where(SYNC_NAME.eq("reference")).execute();
            return null;
        });
    }

    private static Rows rowsOf(ReferenceData reference) {
        List<Object[]> countries = new ArrayList<>();
        for (Country c : reference.countries().all()) {
            countries.add(new Object[] {c.alpha3(), c.alpha2(), c.name()});
        }
        List<Object[]> instruments = new ArrayList<>();
        List<Object[]> procedures = new ArrayList<>();
        for (Instrument i : reference.instruments().all()) {
            instruments.add(new Object[] {i.code(), i.name(), true, i.body(), i.adoptedYear(), null});
            for (OptionalProcedure p : i.procedures()) {
                procedures.add(new Object[] {i.code(), p.procedure(), p.articles().toArray(String[]::new)});
            }
        }
        for (RelatedInstrument i : reference.instruments().others()) {
            instruments.add(new Object[] {i.code(), i.name(), false, null, i.adoptedYear(), i.group()});
        }
        List<Object[]> mechanisms = new ArrayList<>();
        List<Object[]> names = new ArrayList<>();
        for (Mechanism m : reference.mechanisms().all()) {
            mechanisms.add(new Object[] {m.code(), m.type().name(), m.name()});
            for (int i = 0; i < m.names().size(); i++) {
                names.add(new Object[] {m.code(), i, m.names().get(i)});
            }
        }
        List<Object[]> sessions = new ArrayList<>();
        UprSessions upr = reference.sessions();
        for (int session = 1; session <= upr.lastKnownSession(); session++) {
            int number = session;
            upr.year(number).ifPresent(year -> sessions.add(new Object[] {number, year, upr.cycle(number).orElseThrow()}));
        }
        return new Rows(countries, instruments, procedures, mechanisms, names, sessions);
    }

    private static String fingerprint(Rows rows) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(LAYOUT.getBytes(StandardCharsets.UTF_8));
            for (List<Object[]> table : List.of(rows.countries(), rows.instruments(), rows.procedures(),
                    rows.mechanisms(), rows.mechanismNames(), rows.sessions())) {
                for (Object[] row : table) {
                    digest.update(Arrays.deepToString(row).getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) '\n');
                }
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
