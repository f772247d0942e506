package org.upright.ingest.store;

import static org.upright.ingest.store.Sql.DOCUMENT_ID;
import static org.upright.ingest.store.Sql.ORDINAL;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.upright.ingest.model.Communications;
import org.upright.ingest.model.PlannedVisit;
import org.upright.ingest.model.Questionnaires;
import org.upright.ingest.model.SourcedNote;
import org.upright.ingest.model.SpecialProcedures;
import org.upright.ingest.model.Visit;

/**
 * The State's cooperation with special procedures: one row for the standing invitation, rows for visits made,
 * agreed and requested and for the sourced notes, and one row each for communications and questionnaires, present
 * only when the table gave them.
 */
final class SpecialProcedureRows {
    static final Table<Record> COOPERATION = Sql.named("special_procedure_cooperation");
    static final Table<Record> VISIT = Sql.named("special_procedure_visit");
    static final Table<Record> PLANNED_VISIT = Sql.named("special_procedure_planned_visit");
    static final Table<Record> NOTE = Sql.named("special_procedure_note");
    static final Table<Record> COMMUNICATIONS = Sql.named("special_procedure_communications");
    static final Table<Record> QUESTIONNAIRES = Sql.named("special_procedure_questionnaires");

    static final String AGREED_IN_PRINCIPLE = "agreed-in-principle";
    static final String REQUESTED = "requested";
    static final String COOPERATION_NOTE = "cooperation";
    static final String FOLLOW_UP_TO_VISITS = "follow-up-to-visits";

    private static final Field<Boolean> STANDING_INVITATION = Sql.bool("standing_invitation");
    private static final Field<Integer[]> FOOTNOTES = Sql.integers("footnotes");
    private static final Field<String> MANDATE = Sql.text("mandate");
    private static final Field<String> START_DATE = Sql.text("start_date");
    private static final Field<String> END_DATE = Sql.text("end_date");
    private static final Field<Integer> FOOTNOTE = Sql.integer("footnote");
    private static final Field<String> STAGE = Sql.text("stage");
    private static final Field<String> DATE_TEXT = Sql.text("date_text");
    private static final Field<String> ISO_DATE = Sql.text("iso_date");
    private static final Field<String> TOPIC = Sql.text("topic");
    private static final Field<String> TEXT = Sql.text("text");
    private static final Field<String> SPEAKER = Sql.text("speaker");
    private static final Field<Integer> SENT = Sql.integer("sent");
    private static final Field<Integer> REPLIED = Sql.integer("replied");
    private static final Field<Integer> REPLY_RATE = Sql.integer("reply_rate_percent");
    private static final Field<String> PERIOD_TEXT = Sql.text("period_text");
    private static final Field<Integer> ANSWERED_IN_TIME = Sql.integer("answered_in_time");

    /** A planned visit or a note with the list it belongs to, so that several lists share one table. */
    private record Tagged<T>(String tag, T fact) {
    }

    private SpecialProcedureRows() {
    }

    static void write(DSLContext ctx, long documentId, SpecialProcedures sp) {
        ctx.insertInto(COOPERATION, DOCUMENT_ID, STANDING_INVITATION, FOOTNOTES)
                .values(documentId, sp.standingInvitation(), Sql.array(sp.footnotes())).execute();
        Sql.insertFacts(ctx, VISIT, documentId, Sql.orEmpty(sp.visits()),
                List.of(MANDATE, START_DATE, END_DATE, FOOTNOTE),
                v -> new Object[] {v.mandate(), v.start(), v.end(), v.footnote()});
        Sql.insertFacts(ctx, PLANNED_VISIT, documentId,
                tagged(AGREED_IN_PRINCIPLE, sp.visitsAgreedInPrinciple(), REQUESTED, sp.visitsRequested()),
                List.of(STAGE, MANDATE, DATE_TEXT, ISO_DATE, FOOTNOTE),
                t -> new Object[] {t.tag(), t.fact().mandate(), t.fact().dateText(), t.fact().date(),
                    t.fact().footnote()});
        Sql.insertFacts(ctx, NOTE, documentId,
                tagged(COOPERATION_NOTE, sp.cooperationNotes(), FOLLOW_UP_TO_VISITS, sp.followUpToVisits()),
                List.of(TOPIC, TEXT, SPEAKER, FOOTNOTE),
                t -> new Object[] {t.tag(), t.fact().text(), t.fact().speaker(), t.fact().footnote()});
        Communications c = sp.communications();
        if (c != null) {
            ctx.insertInto(COMMUNICATIONS, DOCUMENT_ID, SENT, REPLIED, REPLY_RATE, PERIOD_TEXT)
                    .values(documentId, c.sent(), c.replied(), c.replyRatePercent(), c.periodText()).execute();
        }
        Questionnaires q = sp.questionnaires();
        if (q != null) {
            ctx.insertInto(QUESTIONNAIRES, DOCUMENT_ID, SENT, ANSWERED_IN_TIME)
                    .values(documentId, q.sent(), q.answeredInTime()).execute();
        }
    }

    private static <T> List<Tagged<T>> tagged(String firstTag, List<T> first, String secondTag, List<T> second) {
        List<Tagged<T>> all = new ArrayList<>();
        Sql.orEmpty(first).forEach(fact -> all.add(new Tagged<>(firstTag, fact)));
        Sql.orEmpty(second).forEach(fact -> all.add(new Tagged<>(secondTag, fact)));
        return all;
    }

    /** The document's cooperation with special procedures, or null when it has no such table. */
    static SpecialProcedures read(DSLContext ctx, long documentId) {
        var cooperation = ctx.select(STANDING_INVITATION, FOOTNOTES).from(COOPERATION)
                .where(DOCUMENT_ID.eq(documentId)).fetchOne();
        if (cooperation == null) {
            return null;
        }
        List<Visit> visits = ctx.select(MANDATE, START_DATE, END_DATE, FOOTNOTE).from(VISIT)
                .where(DOCUMENT_ID.eq(documentId)).orderBy(ORDINAL)
                .fetch(r -> new Visit(r.value1(), r.value2(), r.value3(), r.value4()));
        List<PlannedVisit> agreed = new ArrayList<>();
        List<PlannedVisit> requested = new ArrayList<>();
        ctx.select(STAGE, MANDATE, DATE_TEXT, ISO_DATE, FOOTNOTE).from(PLANNED_VISIT)
                .where(DOCUMENT_ID.eq(documentId)).orderBy(ORDINAL)
                .forEach(r -> (REQUESTED.equals(r.value1()) ? requested : agreed)
                        .add(new PlannedVisit(r.value2(), r.value3(), r.value4(), r.value5())));
        List<SourcedNote> notes = new ArrayList<>();
        List<SourcedNote> followUp = new ArrayList<>();
        ctx.select(TOPIC, TEXT, SPEAKER, FOOTNOTE).from(NOTE)
                .where(DOCUMENT_ID.eq(documentId)).orderBy(ORDINAL)
                .forEach(r -> (FOLLOW_UP_TO_VISITS.equals(r.value1()) ? followUp : notes)
                        .add(new SourcedNote(r.value2(), r.value3(), r.value4())));
        Communications communications = ctx.select(SENT, REPLIED, REPLY_RATE, PERIOD_TEXT).from(COMMUNICATIONS)
                .where(DOCUMENT_ID.eq(documentId))
                .fetchOne(r -> new Communications(r.value1(), r.value2(), r.value3(), r.value4()));
        Questionnaires questionnaires = ctx.select(SENT, ANSWERED_IN_TIME).from(QUESTIONNAIRES)
                .where(DOCUMENT_ID.eq(documentId))
                .fetchOne(r -> new Questionnaires(r.value1(), r.value2()));
        return new SpecialProcedures(cooperation.value1(), visits, List.copyOf(agreed), List.copyOf(requested),
                List.copyOf(notes), List.copyOf(followUp), communications, questionnaires,
                Sql.list(cooperation.value2()));
    }
}
