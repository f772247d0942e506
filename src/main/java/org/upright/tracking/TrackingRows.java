package org.upright.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** The tracking tables (V6__tracking.sql) read and written with jOOQ, without generated code. */
final class TrackingRows {
    private static final Table<Record> ITEM = DSL.table(DSL.name("tracking_item"));
    private static final Table<Record> INSTITUTION = DSL.table(DSL.name("tracking_institution"));
    private static final Table<Record> ACTION = DSL.table(DSL.name("tracking_action"));
    private static final Table<Record> INDICATOR = DSL.table(DSL.name("tracking_indicator"));
    private static final Table<Record> COMMENT = DSL.table(DSL.name("tracking_comment"));
    private static final Table<Record> MEMBER = DSL.table(DSL.name("tracking_member"));
    private static final Table<Record> CHANGE = DSL.table(DSL.name("tracking_change"));

    private static final Field<String> KEY = DSL.field(DSL.name("item_key"), String.class);
    private static final Field<String> STATUS = DSL.field(DSL.name("status"), String.class);
    private static final Field<Long> VERSION = DSL.field(DSL.name("version"), Long.class);
    private static final Field<String> UPDATED_BY = DSL.field(DSL.name("updated_by"), String.class);
    private static final Field<OffsetDateTime> UPDATED_AT =
            DSL.field(DSL.name("updated_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
    private static final Field<Integer> ORDINAL = DSL.field(DSL.name("ordinal"), Integer.class);
    private static final Field<String> INSTITUTION_NAME = DSL.field(DSL.name("institution"), String.class);
    private static final Field<String> ACTION_DATE = DSL.field(DSL.name("action_date"), String.class);
    private static final Field<String> DESCRIPTION = DSL.field(DSL.name("description"), String.class);
    private static final Field<String> EVIDENCE = DSL.field(DSL.name("evidence"), String.class);
    private static final Field<String> NAME = DSL.field(DSL.name("name"), String.class);
    private static final Field<String> BASELINE = DSL.field(DSL.name("baseline"), String.class);
    private static final Field<String> TARGET = DSL.field(DSL.name("target"), String.class);
    private static final Field<String> CURRENT = DSL.field(DSL.name("current_value"), String.class);
    private static final Field<String> UNIT = DSL.field(DSL.name("unit"), String.class);
    private static final Field<String> AUTHOR = DSL.field(DSL.name("author"), String.class);
    private static final Field<OffsetDateTime> WRITTEN_AT =
            DSL.field(DSL.name("written_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
    private static final Field<String> TEXT = DSL.field(DSL.name("text"), String.class);
    private static final Field<String> CLUSTER = DSL.field(DSL.name("cluster_key"), String.class);
    private static final Field<String> MEMBER_KEY = DSL.field(DSL.name("member_key"), String.class);
    private static final Field<OffsetDateTime> CHANGED_AT =
            DSL.field(DSL.name("changed_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
    private static final Field<Long> ACTOR_ID = DSL.field(DSL.name("actor_id"), Long.class);
    private static final Field<String> ACTOR_NAME = DSL.field(DSL.name("actor_name"), String.class);
    private static final Field<String> KIND = DSL.field(DSL.name("kind"), String.class);
    private static final Field<String> BEFORE = DSL.field(DSL.name("before_json"), String.class);
    private static final Field<String> AFTER = DSL.field(DSL.name("after_json"), String.class);

    private TrackingRows() {
    }

    /** The statuses of those of the keys that are tracked, read in chunks of 500 keys. */
    static java.util.Map<String, TrackingStatus> statuses(DSLContext ctx, java.util.Collection<String> keys) {
        java.util.Map<String, TrackingStatus> statuses = new java.util.HashMap<>();
        List<String> all = List.copyOf(keys);
        for (int from = 0; from < all.size(); from += 500) {
            ctx.select(KEY, STATUS).from(ITEM).where(KEY.in(all.subList(from, Math.min(all.size(), from + 500))))
                    .forEach(r -> statuses.put(r.get(KEY), TrackingStatus.valueOf(r.get(STATUS))));
        }
        return statuses;
    }

    /** The item as stored, or the untracked default. */
    static TrackedItem read(DSLContext ctx, String key) {
        Record item = ctx.select(STATUS, VERSION, UPDATED_BY, UPDATED_AT).from(ITEM).where(KEY.eq(key)).fetchOne();
        if (item == null) {
            return TrackedItem.untracked(key);
        }
        List<String> institutions = ctx.select(INSTITUTION_NAME).from(INSTITUTION).where(KEY.eq(key))
                .orderBy(ORDINAL).fetch(INSTITUTION_NAME);
        List<TrackedItem.Action> actions = ctx.select(ACTION_DATE, DESCRIPTION, EVIDENCE).from(ACTION)
                .where(KEY.eq(key)).orderBy(ORDINAL).fetch(r -> new TrackedItem.Action(
                        LocalDate.parse(r.get(ACTION_DATE)), r.get(DESCRIPTION), lines(r.get(EVIDENCE))));
        List<TrackedItem.Indicator> indicators = ctx.select(NAME, BASELINE, TARGET, CURRENT, UNIT).from(INDICATOR)
                .where(KEY.eq(key)).orderBy(ORDINAL).fetch(r -> new TrackedItem.Indicator(r.get(NAME),
                        r.get(BASELINE), r.get(TARGET), r.get(CURRENT), r.get(UNIT)));
        List<TrackedItem.Comment> comments = ctx.select(AUTHOR, WRITTEN_AT, TEXT).from(COMMENT).where(KEY.eq(key))
                .orderBy(ORDINAL).fetch(r -> new TrackedItem.Comment(r.get(AUTHOR), r.get(WRITTEN_AT).toInstant(),
                        r.get(TEXT)));
        List<String> members = ctx.select(MEMBER_KEY).from(MEMBER).where(CLUSTER.eq(key)).orderBy(ORDINAL)
                .fetch(MEMBER_KEY);
        return new TrackedItem(key, TrackingStatus.valueOf(item.get(STATUS)), institutions, actions, indicators,
                comments, members, item.get(VERSION), item.get(UPDATED_BY), item.get(UPDATED_AT).toInstant());
    }

    /**
     * Raises the item's version from {@code expected} by one (creating the row at version 1 when {@code expected} is
     * 0); false when the stored version is another, i.e. someone changed the item since the caller read it.
     */
    static boolean bump(DSLContext ctx, String key, long expected, String actor, Instant at) {
        if (expected == 0) {
            // two first changes at once: the primary key lets one insert win; the other fails on it (the service
            // turns that failure into the conflict)
            return ctx.insertInto(ITEM, KEY, STATUS, VERSION, UPDATED_BY, UPDATED_AT)
                    .values(key, TrackingStatus.NOT_STARTED.name(), 1L, actor, utc(at)).execute() == 1;
        }
        return ctx.update(ITEM).set(VERSION, expected + 1).set(UPDATED_BY, actor).set(UPDATED_AT, utc(at))
                .where(KEY.eq(key)).and(VERSION.eq(expected)).execute() == 1;
    }

    static void setStatus(DSLContext ctx, String key, TrackingStatus status) {
        ctx.update(ITEM).set(STATUS, status.name()).where(KEY.eq(key)).execute();
    }

    static void addAction(DSLContext ctx, String key, int ordinal, TrackedItem.Action action) {
        ctx.insertInto(ACTION, KEY, ORDINAL, ACTION_DATE, DESCRIPTION, EVIDENCE).values(key, ordinal,
                action.date().toString(), action.description(), String.join("\n", action.evidence())).execute();
    }

    static void setIndicator(DSLContext ctx, String key, int ordinal, TrackedItem.Indicator indicator, boolean exists) {
        if (exists) {
            ctx.update(INDICATOR).set(BASELINE, indicator.baseline()).set(TARGET, indicator.target())
                    .set(CURRENT, indicator.current()).set(UNIT, indicator.unit())
                    .where(KEY.eq(key)).and(NAME.eq(indicator.name())).execute();
        } else {
            ctx.insertInto(INDICATOR, KEY, NAME, ORDINAL, BASELINE, TARGET, CURRENT, UNIT).values(key,
                    indicator.name(), ordinal, indicator.baseline(), indicator.target(), indicator.current(),
                    indicator.unit()).execute();
        }
    }

    static void addComment(DSLContext ctx, String key, int ordinal, TrackedItem.Comment comment) {
        ctx.insertInto(COMMENT, KEY, ORDINAL, AUTHOR, WRITTEN_AT, TEXT)
                .values(key, ordinal, comment.author(), utc(comment.at()), comment.text()).execute();
    }

    static void setInstitutions(DSLContext ctx, String key, List<String> institutions) {
        ctx.deleteFrom(INSTITUTION).where(KEY.eq(key)).execute();
        for (int i = 0; i < institutions.size(); i++) {
            ctx.insertInto(INSTITUTION, KEY, ORDINAL, INSTITUTION_NAME).values(key, i, institutions.get(i)).execute();
        }
    }

    static void setMembers(DSLContext ctx, String key, List<String> members) {
        ctx.deleteFrom(MEMBER).where(CLUSTER.eq(key)).execute();
        for (int i = 0; i < members.size(); i++) {
            ctx.insertInto(MEMBER, CLUSTER, MEMBER_KEY, ORDINAL).values(key, members.get(i), i).execute();
        }
    }

    /** The keys of the clusters a recommendation is a member of. */
    static List<String> clustersOf(DSLContext ctx, String memberKey) {
        return ctx.select(CLUSTER).from(MEMBER).where(MEMBER_KEY.eq(memberKey)).orderBy(CLUSTER).fetch(CLUSTER);
    }

    static void audit(DSLContext ctx, AuditEntry entry) {
        ctx.insertInto(CHANGE, KEY, VERSION, CHANGED_AT, ACTOR_ID, ACTOR_NAME, KIND, BEFORE, AFTER)
                .values(entry.key(), entry.version(), utc(entry.at()), entry.actorId(), entry.actor(), entry.kind(),
                        entry.before(), entry.after()).execute();
    }

    /** The item's changes, oldest first. */
    static List<AuditEntry> history(DSLContext ctx, String key) {
        return ctx.select(VERSION, CHANGED_AT, ACTOR_ID, ACTOR_NAME, KIND, BEFORE, AFTER).from(CHANGE)
                .where(KEY.eq(key)).orderBy(VERSION).fetch(r -> new AuditEntry(key, r.get(VERSION),
                        r.get(CHANGED_AT).toInstant(), r.get(ACTOR_ID), r.get(ACTOR_NAME), r.get(KIND), r.get(BEFORE),
                        r.get(AFTER)));
    }

    /**
     * The status changes of the keys, ordered by key and version, read in chunks of 500 keys: one query per chunk
     * instead of one history per key, for the charts of a State's statuses over time.
     */
    static List<AuditEntry> statusChanges(DSLContext ctx, java.util.Collection<String> keys) {
        List<AuditEntry> changes = new java.util.ArrayList<>();
        List<String> all = List.copyOf(keys);
        for (int from = 0; from < all.size(); from += 500) {
            changes.addAll(ctx.select(KEY, VERSION, CHANGED_AT, ACTOR_ID, ACTOR_NAME, KIND, BEFORE, AFTER).from(CHANGE)
                    .where(KEY.in(all.subList(from, Math.min(all.size(), from + 500)))).and(KIND.eq("status"))
                    .orderBy(KEY, VERSION).fetch(r -> new AuditEntry(r.get(KEY), r.get(VERSION),
                            r.get(CHANGED_AT).toInstant(), r.get(ACTOR_ID), r.get(ACTOR_NAME), r.get(KIND),
                            r.get(BEFORE), r.get(AFTER))));
        }
        return changes;
    }

    /** The item's last change, if any. */
    static Optional<AuditEntry> latest(DSLContext ctx, String key) {
        List<AuditEntry> all = history(ctx, key);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
