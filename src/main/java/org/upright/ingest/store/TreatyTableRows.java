package org.upright.ingest.store;

import static org.upright.ingest.store.Sql.DOCUMENT_ID;
import static org.upright.ingest.store.Sql.ID;
import static org.upright.ingest.store.Sql.ORDINAL;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.upright.ingest.model.Competence;
import org.upright.ingest.model.NotParty;
import org.upright.ingest.model.OtherInstrument;
import org.upright.ingest.model.Ratification;
import org.upright.ingest.model.TreatyBodyReport;
import org.upright.ingest.model.TreatyStatus;

/**
 * The compilations' tables about treaties: ratifications with the competences accepted, core treaties not ratified,
 * other instruments, the 2014 treaty-status cells and the treaty bodies' reporting status.
 */
final class TreatyTableRows {
    static final Table<Record> RATIFICATION = Sql.named("ratification");
    static final Table<Record> COMPETENCE = Sql.named("ratification_competence");
    static final Table<Record> NOT_PARTY = Sql.named("not_party");
    static final Table<Record> OTHER_INSTRUMENT = Sql.named("other_instrument_status");
    static final Table<Record> TREATY_STATUS = Sql.named("treaty_status");
    static final Table<Record> REPORTING_STATUS = Sql.named("reporting_status");

    private static final Field<String> INSTRUMENT = Sql.text("instrument");
    private static final Field<String> TEXT = Sql.text("text");
    private static final Field<Integer> FOOTNOTE = Sql.integer("footnote");

    private static final Field<String> DATE_TEXT = Sql.text("date_text");
    private static final Field<String> ISO_DATE = Sql.text("iso_date");
    private static final Field<String> DECLARATIONS_TEXT = Sql.text("declarations_text");
    private static final Field<Long> RATIFICATION_ID = Sql.bigint("ratification_id");
    private static final Field<String> PROCEDURE = Sql.text("procedure");
    private static final Field<String> ARTICLES = Sql.text("articles");
    private static final Field<Boolean> ACCEPTED = Sql.bool("accepted");

    private static final Field<Boolean> SIGNED_ONLY = Sql.bool("signed_only");
    private static final Field<Integer> SIGNATURE_YEAR = Sql.integer("signature_year");

    private static final Field<String> STATUS_TEXT = Sql.text("status_text");
    private static final Field<Boolean> PARTY = Sql.bool("party");

    private static final Field<String> TABLE_ROW = Sql.text("table_row");
    private static final Field<String> TABLE_COLUMN = Sql.text("table_column");
    private static final Field<Integer> MENTIONED_YEAR = Sql.integer("mentioned_year");

    private static final Field<String> BODY = Sql.text("body");
    private static final Field<String> LATEST_REPORT = Sql.text("latest_report");
    private static final Field<String> LATEST_OBSERVATIONS = Sql.text("latest_concluding_observations");
    private static final Field<String> FOLLOW_UP_RESPONSE = Sql.text("follow_up_response");
    private static final Field<String> STATUS = Sql.text("status");
    private static final Field<String> STATUS_DATE = Sql.text("status_date");

    private TreatyTableRows() {
    }

    static void writeRatifications(DSLContext ctx, long documentId, List<Ratification> ratifications) {
        Sql.insertFacts(ctx, RATIFICATION, documentId, ratifications,
                List.of(INSTRUMENT, DATE_TEXT, ISO_DATE, DECLARATIONS_TEXT),
                r -> new Object[] {r.instrument(), r.dateText(), r.date(), r.declarationsText()});
        long[] ids = Sql.idsByOrdinal(ctx, RATIFICATION, documentId, ratifications.size());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < ratifications.size(); i++) {
            List<Competence> competences = Sql.orEmpty(ratifications.get(i).competences());
            for (int j = 0; j < competences.size(); j++) {
                Competence c = competences.get(j);
                rows.add(new Object[] {ids[i], j, c.text(), c.procedure(), c.articles(), c.accepted()});
            }
        }
        Sql.insert(ctx, COMPETENCE, List.of(RATIFICATION_ID, ORDINAL, TEXT, PROCEDURE, ARTICLES, ACCEPTED), rows);
    }

    static List<Ratification> readRatifications(DSLContext ctx, long documentId) {
        Map<Long, List<Competence>> competences = new HashMap<>();
        ctx.select(RATIFICATION_ID, TEXT, PROCEDURE, ARTICLES, ACCEPTED).from(COMPETENCE)
                .join(RATIFICATION).on(ID.eq(RATIFICATION_ID))
                .where(DOCUMENT_ID.eq(documentId))
                .orderBy(RATIFICATION_ID, Sql.qualified(COMPETENCE, ORDINAL))
                .forEach(r -> competences.computeIfAbsent(r.value1(), id -> new ArrayList<>())
                        .add(new Competence(r.value2(), r.value3(), r.value4(), r.value5())));
        return ctx.select(ID, INSTRUMENT, DATE_TEXT, ISO_DATE, DECLARATIONS_TEXT).from(RATIFICATION)
                .where(DOCUMENT_ID.eq(documentId)).orderBy(ORDINAL)
                .fetch(r -> new Ratification(r.get(INSTRUMENT), r.get(DATE_TEXT), r.get(ISO_DATE),
                        r.get(DECLARATIONS_TEXT), List.copyOf(competences.getOrDefault(r.get(ID), List.of()))));
    }

    static void writeNotParty(DSLContext ctx, long documentId, List<NotParty> rows) {
        Sql.insertFacts(ctx, NOT_PARTY, documentId, rows, List.of(INSTRUMENT, SIGNED_ONLY, SIGNATURE_YEAR),
                n -> new Object[] {n.instrument(), n.signedOnly(), n.signatureYear()});
    }

    static List<NotParty> readNotParty(DSLContext ctx, long documentId) {
        return ctx.select(INSTRUMENT, SIGNED_ONLY, SIGNATURE_YEAR).from(NOT_PARTY)
                .where(DOCUMENT_ID.eq(documentId)).orderBy(ORDINAL)
                .fetch(r -> new NotParty(r.value1(), r.value2(), r.value3()));
    }

    static void writeOtherInstruments(DSLContext ctx, long documentId, List<OtherInstrument> rows) {
        Sql.insertFacts(ctx, OTHER_INSTRUMENT, documentId, rows, List.of(INSTRUMENT, FOOTNOTE, STATUS_TEXT, PARTY),
                o -> new Object[] {o.instrument(), o.footnote(), o.statusText(), o.party()});
    }

    static List<OtherInstrument> readOtherInstruments(DSLContext ctx, long documentId) {
        return ctx.select(INSTRUMENT, FOOTNOTE, STATUS_TEXT, PARTY).from(OTHER_INSTRUMENT)
                .where(DOCUMENT_ID.eq(documentId)).orderBy(ORDINAL)
                .fetch(r -> new OtherInstrument(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    static void writeTreatyStatus(DSLContext ctx, long documentId, List<TreatyStatus> rows) {
        Sql.insertFacts(ctx, TREATY_STATUS, documentId, rows,
                List.of(INSTRUMENT, TABLE_ROW, TABLE_COLUMN, MENTIONED_YEAR, TEXT),
                t -> new Object[] {t.instrument(), t.row(), t.column(), t.year(), t.text()});
    }

    static List<TreatyStatus> readTreatyStatus(DSLContext ctx, long documentId) {
        return ctx.select(INSTRUMENT, TABLE_ROW, TABLE_COLUMN, MENTIONED_YEAR, TEXT).from(TREATY_STATUS)
                .where(DOCUMENT_ID.eq(documentId)).orderBy(ORDINAL)
                .fetch(r -> new TreatyStatus(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    static void writeReporting(DSLContext ctx, long documentId, List<TreatyBodyReport> rows) {
        Sql.insertFacts(ctx, REPORTING_STATUS, documentId, rows, List.of(BODY, LATEST_REPORT, LATEST_OBSERVATIONS,
                FOLLOW_UP_RESPONSE, STATUS_TEXT, STATUS, STATUS_DATE),
                t -> new Object[] {t.body(), t.latestReportSubmittedAndConsidered(), t.latestConcludingObservations(),
                    t.followUpResponse(), t.reportingStatusText(), t.status(), t.statusDate()});
    }

    static List<TreatyBodyReport> readReporting(DSLContext ctx, long documentId) {
        return ctx.select(BODY, LATEST_REPORT, LATEST_OBSERVATIONS, FOLLOW_UP_RESPONSE, STATUS_TEXT, STATUS,
                        STATUS_DATE).from(REPORTING_STATUS)
                .where(DOCUMENT_ID.eq(documentId)).orderBy(ORDINAL)
                .fetch(r -> new TreatyBodyReport(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7()));
    }
}
