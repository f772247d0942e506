package org.upright.classify;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** The label tables (V7__labels.sql) read and written with jOOQ, without generated code. */
final class LabelRows {
    /** Keys per IN list: well under every database's limit of bound parameters. */
    static final int CHUNK = 500;

    private static final Table<Record> ENTRY = DSL.table(DSL.name("label_entry"));
    private static final Table<Record> LABEL = DSL.table(DSL.name("entry_label"));
    private static final Table<Record> CHANGE = DSL.table(DSL.name("label_change"));

    private static final Field<String> KEY = DSL.field(DSL.name("entry_key"), String.class);
    private static final Field<String> COUNTRY = DSL.field(DSL.name("country"), String.class);
    private static final Field<String> KIND = DSL.field(DSL.name("kind"), String.class);
    private static final Field<String> SYMBOL = DSL.field(DSL.name("symbol"), String.class);
    private static final Field<String> TEXT = DSL.field(DSL.name("text"), String.class);
    private static final Field<Double> WAITING = DSL.field(DSL.name("waiting_confidence"), Double.class);
    private static final Field<String> FAMILY = DSL.field(DSL.name("family"), String.class);
    private static final Field<String> CONCEPT = DSL.field(DSL.name("concept_id"), String.class);
    private static final Field<String> LABEL_TEXT = DSL.field(DSL.name("label"), String.class);
    private static final Field<Double> CONFIDENCE = DSL.field(DSL.name("confidence"), Double.class);
    private static final Field<String> STATE = DSL.field(DSL.name("state"), String.class);
    private static final Field<String> DECIDED_BY = DSL.field(DSL.name("decided_by"), String.class);
    private static final Field<OffsetDateTime> DECIDED_AT =
            DSL.field(DSL.name("decided_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
    private static final Field<Long> ID = DSL.field(DSL.name("id"), Long.class);
    private static final Field<String> BEFORE = DSL.field(DSL.name("before_state"), String.class);
    private static final Field<String> AFTER = DSL.field(DSL.name("after_state"), String.class);
    private static final Field<Long> ACTOR_ID = DSL.field(DSL.name("actor_id"), Long.class);
    private static final Field<String> ACTOR_NAME = DSL.field(DSL.name("actor_name"), String.class);
    private static final Field<OffsetDateTime> CHANGED_AT =
            DSL.field(DSL.name("changed_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
    private static final String SUGGESTED = LabelState.SUGGESTED.name();

    private LabelRows() {
    }

    /** Those of the keys the store knows. */
    static Set<String> known(DSLContext ctx, Collection<String> keys) {
        Set<String> known = new HashSet<>();
        for (List<String> chunk : chunks(keys)) {
            known.addAll(ctx.select(KEY).from(ENTRY).where(anyOf(chunk)).fetch(KEY));
        }
        return known;
    }

    /**
     * Writes the entries (new ones inserted, known ones brought up to date) in batches, each with the lowest
     * confidence of its undecided suggestions (absent: none waits).
     */
    static void putEntries(DSLContext ctx, List<LabelledEntry> entries, Set<String> known,
                           java.util.Map<String, Double> waiting) {
        List<LabelledEntry> fresh = entries.stream().filter(e -> !known.contains(e.key())).toList();
        List<LabelledEntry> old = entries.stream().filter(e -> known.contains(e.key())).toList();
        for (int from = 0; from < fresh.size(); from += CHUNK) {
            BatchBindStep batch = ctx.batch(ctx.insertInto(ENTRY, KEY, COUNTRY, KIND, SYMBOL, TEXT, WAITING)
                    .values((String) null, null, null, null, null, (Double) null));
            for (LabelledEntry e : fresh.subList(from, Math.min(fresh.size(), from + CHUNK))) {
                batch.bind(e.key(), e.country(), e.kind(), e.symbol(), e.text(), waiting.get(e.key()));
            }
            batch.execute();
        }
        for (int from = 0; from < old.size(); from += CHUNK) {
            BatchBindStep batch = ctx.batch(ctx.update(ENTRY).set(COUNTRY, (String) null).set(KIND, (String) null)
                    .set(SYMBOL, (String) null).set(TEXT, (String) null).set(WAITING, (Double) null)
                    .where(KEY.eq((String) null)));
            for (LabelledEntry e : old.subList(from, Math.min(old.size(), from + CHUNK))) {
                batch.bind(e.country(), e.kind(), e.symbol(), e.text(), waiting.get(e.key()), e.key());
            }
            batch.execute();
        }
    }

    /** Sets an entry's queue position from its undecided suggestions as stored now. */
    static void refreshWaiting(DSLContext ctx, String key) {
        ctx.update(ENTRY).set(WAITING, DSL.select(DSL.min(CONFIDENCE)).from(LABEL).where(KEY.eq(key))
                .and(STATE.eq(SUGGESTED))).where(KEY.eq(key)).execute();
    }

    /** Deletes the undecided suggestions of the keys. */
    static void dropSuggestions(DSLContext ctx, Collection<String> keys) {
        for (List<String> chunk : chunks(keys)) {
            ctx.deleteFrom(LABEL).where(anyOf(chunk)).and(STATE.eq(SUGGESTED)).execute();
        }
    }

    /** The decided labels of the keys as {@code key|FAMILY|concept}: the concepts a suggestion must not touch. */
    static Set<String> decided(DSLContext ctx, Collection<String> keys) {
        Set<String> decided = new HashSet<>();
        for (List<String> chunk : chunks(keys)) {
            ctx.select(KEY, FAMILY, CONCEPT).from(LABEL).where(anyOf(chunk)).and(STATE.ne(SUGGESTED))
                    .forEach(r -> decided.add(slot(r.get(KEY), Family.valueOf(r.get(FAMILY)), r.get(CONCEPT))));
        }
        return decided;
    }

    static String slot(String key, Family family, String conceptId) {
        return key + "|" + family.name() + "|" + conceptId;
    }

    /** Inserts suggested labels in batches. */
    static void insertSuggestions(DSLContext ctx, List<EntryLabel> labels) {
        for (int from = 0; from < labels.size(); from += CHUNK) {
            BatchBindStep batch = ctx.batch(ctx.insertInto(LABEL, KEY, FAMILY, CONCEPT, LABEL_TEXT, CONFIDENCE, STATE)
                    .values((String) null, null, null, null, (Double) null, null));
            for (EntryLabel l : labels.subList(from, Math.min(labels.size(), from + CHUNK))) {
                batch.bind(l.key(), l.family().name(), l.conceptId(), l.label(), l.confidence(), SUGGESTED);
            }
            batch.execute();
        }
    }

    /** Every label of the keys, in no particular order. */
    static List<EntryLabel> labels(DSLContext ctx, Collection<String> keys, boolean withRejected) {
        List<EntryLabel> labels = new ArrayList<>();
        for (List<String> chunk : chunks(keys)) {
            Condition where = anyOf(chunk);
            if (!withRejected) {
                where = where.and(STATE.ne(LabelState.REJECTED.name()));
            }
            labels.addAll(ctx.select(KEY, FAMILY, CONCEPT, LABEL_TEXT, CONFIDENCE, STATE, DECIDED_BY, DECIDED_AT)
                    .from(LABEL).where(where).fetch(LabelRows::label));
        }
        return labels;
    }

    /** One label of an entry, if it has it in any state. */
    static Optional<EntryLabel> label(DSLContext ctx, String key, Family family, String conceptId) {
        return ctx.select(KEY, FAMILY, CONCEPT, LABEL_TEXT, CONFIDENCE, STATE, DECIDED_BY, DECIDED_AT).from(LABEL)
                .where(KEY.eq(key)).and(FAMILY.eq(family.name())).and(CONCEPT.eq(conceptId))
                .fetchOptional(LabelRows::label);
    }

    /**
     * Writes a decided label: over the row there was, or as a new row. Answers false when the row there was is gone
     * (a new suggestion replaced it meanwhile).
     */
    static boolean putDecided(DSLContext ctx, EntryLabel label, boolean exists) {
        OffsetDateTime at = utc(label.decidedAt());
        if (exists) {
            return ctx.update(LABEL).set(LABEL_TEXT, label.label()).set(STATE, label.state().name())
                    .set(DECIDED_BY, label.decidedBy()).set(DECIDED_AT, at)
                    .where(KEY.eq(label.key())).and(FAMILY.eq(label.family().name()))
                    .and(CONCEPT.eq(label.conceptId())).execute() == 1;
        }
        return ctx.insertInto(LABEL, KEY, FAMILY, CONCEPT, LABEL_TEXT, CONFIDENCE, STATE, DECIDED_BY, DECIDED_AT)
                .values(label.key(), label.family().name(), label.conceptId(), label.label(), label.confidence(),
                        label.state().name(), label.decidedBy(), at)
                .execute() == 1;
    }

    /** Appends one decision to the history. */
    static void audit(DSLContext ctx, LabelChange change, long actorId) {
        ctx.insertInto(CHANGE, KEY, FAMILY, CONCEPT, BEFORE, AFTER, ACTOR_ID, ACTOR_NAME, CHANGED_AT)
                .values(change.key(), change.family().name(), change.conceptId(),
                        change.before() == null ? null : change.before().name(), change.after().name(), actorId,
                        change.actor(), utc(change.at()))
                .execute();
    }

    /** The history of one entry, oldest first. */
    static List<LabelChange> history(DSLContext ctx, String key) {
        return ctx.select(KEY, FAMILY, CONCEPT, BEFORE, AFTER, ACTOR_NAME, CHANGED_AT).from(CHANGE)
                .where(KEY.eq(key)).orderBy(ID).fetch(r -> new LabelChange(r.get(KEY), Family.valueOf(r.get(FAMILY)),
                        r.get(CONCEPT), r.get(BEFORE) == null ? null : LabelState.valueOf(r.get(BEFORE)),
                        LabelState.valueOf(r.get(AFTER)), r.get(ACTOR_NAME), r.get(CHANGED_AT).toInstant()));
    }

    /** The entries of these keys the store knows. */
    static List<LabelledEntry> entries(DSLContext ctx, Collection<String> keys) {
        List<LabelledEntry> entries = new ArrayList<>();
        for (List<String> chunk : chunks(keys)) {
            entries.addAll(ctx.select(KEY, COUNTRY, KIND, SYMBOL, TEXT).from(ENTRY).where(anyOf(chunk))
                    .fetch(r -> new LabelledEntry(r.get(KEY), r.get(COUNTRY), r.get(KIND), r.get(SYMBOL),
                            r.get(TEXT))));
        }
        return entries;
    }

    /**
     * A page of the keys of entries with undecided suggestions, the entry whose least confident suggestion is
     * lowest first (ties by key, so that pages are stable).
     */
    static List<String> waitingKeys(DSLContext ctx, String country, int offset, int limit) {
        return ctx.select(KEY).from(ENTRY).where(waiting(country)).orderBy(WAITING.asc(), KEY.asc())
                .limit(limit).offset(offset).fetch(KEY);
    }

    /** How many entries have undecided suggestions. */
    static long waitingCount(DSLContext ctx, String country) {
        return ctx.selectCount().from(ENTRY).where(waiting(country)).fetchOne(0, Long.class);
    }

    private static Condition waiting(String country) {
        Condition condition = WAITING.isNotNull();
        return country == null ? condition : condition.and(COUNTRY.eq(country));
    }

    /** The keys of entries with at least one decided label, in key order. */
    static List<String> reviewedKeys(DSLContext ctx) {
        return ctx.selectDistinct(KEY).from(LABEL).where(STATE.ne(SUGGESTED)).orderBy(KEY).fetch(KEY);
    }

    private static EntryLabel label(Record r) {
        OffsetDateTime at = r.get(DECIDED_AT);
        return new EntryLabel(r.get(KEY), Family.valueOf(r.get(FAMILY)), r.get(CONCEPT), r.get(LABEL_TEXT),
                r.get(CONFIDENCE), LabelState.valueOf(r.get(STATE)), r.get(DECIDED_BY),
                at == null ? null : at.toInstant());
    }

    /** {@code entry_key = ANY(?)}: one array parameter, which both databases plan faster than a long IN list. */
    private static Condition anyOf(List<String> keys) {
        return KEY.eq(DSL.any(keys.toArray(String[]::new)));
    }

    private static List<List<String>> chunks(Collection<String> keys) {
        List<String> all = List.copyOf(new java.util.LinkedHashSet<>(keys));
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
