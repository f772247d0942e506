package org.upright.tracking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.upright.account.Account;
import org.upright.account.Role;
import org.upright.common.ConflictException;
import org.upright.common.NotAllowedException;
import org.upright.common.UsageException;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;
import org.upright.storage.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tracking of recommendations and clusters: reads items and their history, and applies changes with optimistic
 * locking (a change names the version it was made on; a stale one is refused with who changed the item and when,
 * never silently overwritten), the permissions of the actor's role and institutions, and an audit entry per change,
 * all in one transaction.
 */
public final class TrackingService {
    private static final Logger LOG = LoggerFactory.getLogger(TrackingService.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Database database;
    private final Clock clock;
    private final java.util.function.Consumer<String> statusChanged;

    public TrackingService(Database database, Clock clock) {
        this(database, clock, key -> { });
    }

    /**
     * With a listener told the key of every item whose status changed, after the change commits: App re-indexes the
     * item's document through it, so that search facets and charts show the new status at once (ADR 0011).
     */
    public TrackingService(Database database, Clock clock, java.util.function.Consumer<String> statusChanged) {
        this.database = database;
        this.clock = clock;
        this.statusChanged = statusChanged;
    }

    /** The statuses of the tracked ones among the keys; a key not in the map was never tracked (not started). */
    public Map<String, TrackingStatus> statuses(java.util.Collection<String> keys) {
        try {
            return TrackingRows.statuses(database.dsl(), keys);
        } catch (DataAccessException e) {
            throw database.failure("cannot read tracking statuses", e);
        }
    }

    /** The item of a key: as tracked, or {@link TrackingStatus#NOT_STARTED} at version 0 when never tracked. */
    public TrackedItem item(String key) {
        return TrackingRows.read(database.dsl(), TrackingKey.check(key));
    }

    /** Every accepted change of the item, oldest first. */
    public List<AuditEntry> history(String key) {
        return TrackingRows.history(database.dsl(), TrackingKey.check(key));
    }

    /** A status a tracked item took at a moment, read from its audit history. */
    public record StatusChange(String key, Instant at, TrackingStatus status) {
    }

    /**
     * Every status change of the keys (a few queries for any number of keys), by key and then oldest first; a key
     * without one was never given a status (not started).
     */
    public List<StatusChange> statusChanges(java.util.Collection<String> keys) {
        try {
            return TrackingRows.statusChanges(database.dsl(), keys).stream()
                    .map(e -> new StatusChange(e.key(), e.at(), TrackingStatus.parse(unquoted(e.after())))).toList();
        } catch (DataAccessException e) {
            throw database.failure("cannot read the history of tracking statuses", e);
        }
    }

    /** The status code of an audit entry's JSON text ("\"in_progress\""). */
    private static String unquoted(String json) {
        try {
            return JSON.readValue(json, String.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored tracking status is not JSON text: " + json, e);
        }
    }

    /** The clusters the recommendation of this key is a member of, as tracked. */
    public List<TrackedItem> clustersOf(String memberKey) {
        String key = TrackingKey.check(memberKey);
        return TrackingRows.clustersOf(database.dsl(), key).stream().map(this::item).toList();
    }

    /** Whether the account may change the item: admins all, editors those of one of their institutions. */
    public static boolean mayEdit(Account account, TrackedItem item) {
        return account != null && account.mayEditFor(java.util.Set.copyOf(item.institutions()));
    }

    /** Whether the account may assign institutions and cluster members (admins). */
    public static boolean mayAssign(Account account) {
        return account != null && account.role() == Role.ADMIN;
    }

    /**
     * Applies a change made on {@code expectedVersion} of the item and returns the item after it.
     *
     * @throws UsageException      when the change is not valid (one line naming the field)
     * @throws NotAllowedException when the actor may not make it
     * @throws ConflictException   when the item changed since the actor read it at {@code expectedVersion}
     */
    public TrackedItem change(Account actor, String key, long expectedVersion, TrackingChange change) {
        String checkedKey = TrackingKey.check(key);
        Applied applied = validate(checkedKey, change);
        if (actor == null || actor.role() == Role.VIEWER) {
            throw new NotAllowedException("a viewer may not change tracking");
        }
        if ((change instanceof TrackingChange.AssignInstitutions || change instanceof TrackingChange.SetMembers)
                && !mayAssign(actor)) {
            throw new NotAllowedException("only an admin may assign " + change.kind());
        }
        TrackedItem before = item(checkedKey);
        if (before.version() != expectedVersion) {
            throw conflict(checkedKey, expectedVersion);
        }
        if (!mayEdit(actor, before)) {
            throw new NotAllowedException(before.institutions().isEmpty()
                    ? "no institution is responsible for " + checkedKey + " yet; an admin assigns one first"
                    : "only " + String.join(", ", before.institutions()) + " (or an admin) may change " + checkedKey);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        boolean done;
        try {
            done = database.dsl().transactionResult(configuration -> {
                DSLContext ctx = DSL.using(configuration);
                if (!TrackingRows.bump(ctx, checkedKey, expectedVersion, actor.name(), now)) {
                    return false;
                }
                String[] beforeAfter = applied.apply(ctx, before, actor, now);
                TrackingRows.audit(ctx, new AuditEntry(checkedKey, expectedVersion + 1, now, actor.id(),
                        actor.name(), change.kind(), beforeAfter[0], beforeAfter[1]));
                return true;
            });
        } catch (IntegrityConstraintViolationException e) {
            // another first change created the item (or wrote the same version) between our read and our write
            done = false;
        } catch (DataAccessException e) {
            throw database.failure("cannot store the tracking of " + checkedKey, e);
        }
        if (!done) {
            throw conflict(checkedKey, expectedVersion);
        }
        if (change instanceof TrackingChange.SetStatus) {
            try {
                statusChanged.accept(checkedKey);
            } catch (RuntimeException e) {
                // the change is stored and the caller must hear so; only the search index lags behind
                LOG.warn("the tracking of {} is saved, but the search index could not follow ({}); "
                        + "`upright reindex` brings it up to date", checkedKey, e.getMessage());
            }
        }
        return item(checkedKey);
    }

    private ConflictException conflict(String key, long expectedVersion) {
        return TrackingRows.latest(database.dsl(), key)
                .filter(last -> last.version() > expectedVersion)
                .map(last -> new ConflictException(key + " was changed by " + last.actor() + " at "
                        + TIME.format(last.at()) + " since you opened it; reload to see their change, then apply "
                        + "yours again"))
                .orElseGet(() -> new ConflictException(key + " is not at version " + expectedVersion
                        + " any more; reload to see the change, then apply yours again"));
    }

    /** A validated change, ready to write; it answers the changed part before and after, as JSON text. */
    private interface Applied {
        String[] apply(DSLContext ctx, TrackedItem before, Account actor, Instant now);
    }

    private static Applied validate(String key, TrackingChange change) {
        return switch (change) {
            case TrackingChange.SetStatus s -> {
                TrackingStatus status = TrackingStatus.parse(s.status());
                yield (ctx, before, actor, now) -> {
                    TrackingRows.setStatus(ctx, key, status);
                    return new String[] {json(before.status().code()), json(status.code())};
                };
            }
            case TrackingChange.AddAction a -> {
                TrackedItem.Action action = new TrackedItem.Action(TrackingInput.date(a.date()),
                        TrackingInput.text("the action's description", a.description(), TrackingInput.MAX_TEXT,
                                false), TrackingInput.links(a.evidence()));
                yield (ctx, before, actor, now) -> {
                    TrackingRows.addAction(ctx, key, before.actions().size(), action);
                    return new String[] {null, json(actionJson(action))};
                };
            }
            case TrackingChange.SetIndicator i -> {
                TrackedItem.Indicator indicator = new TrackedItem.Indicator(
                        TrackingInput.text("the indicator's name", i.name(), TrackingInput.MAX_NAME, true),
                        TrackingInput.optional("the baseline", i.baseline(), TrackingInput.MAX_VALUE, true),
                        TrackingInput.optional("the target", i.target(), TrackingInput.MAX_VALUE, true),
                        TrackingInput.optional("the current value", i.current(), TrackingInput.MAX_VALUE, true),
                        TrackingInput.optional("the unit", i.unit(), 50, true));
                yield (ctx, before, actor, now) -> {
                    TrackedItem.Indicator old = before.indicators().stream()
                            .filter(x -> x.name().equals(indicator.name())).findFirst().orElse(null);
                    TrackingRows.setIndicator(ctx, key, before.indicators().size(), indicator, old != null);
                    return new String[] {old == null ? null : json(old), json(indicator)};
                };
            }
            case TrackingChange.AddComment c -> {
                String text = TrackingInput.text("the comment", c.text(), TrackingInput.MAX_TEXT, false);
                yield (ctx, before, actor, now) -> {
                    TrackedItem.Comment comment = new TrackedItem.Comment(actor.name(), now, text);
                    TrackingRows.addComment(ctx, key, before.comments().size(), comment);
                    return new String[] {null, json(Map.of("author", actor.name(), "text", text))};
                };
            }
            case TrackingChange.AssignInstitutions a -> {
                List<String> institutions = TrackingInput.institutions(a.institutions());
                yield (ctx, before, actor, now) -> {
                    TrackingRows.setInstitutions(ctx, key, institutions);
                    return new String[] {json(before.institutions()), json(institutions)};
                };
            }
            case TrackingChange.SetMembers m -> {
                if (!TrackingKey.isCluster(key)) {
                    throw new UsageException(key + " is not a cluster; only clusters have members");
                }
                List<String> members = TrackingInput.members(m.members());
                yield (ctx, before, actor, now) -> {
                    TrackingRows.setMembers(ctx, key, members);
                    return new String[] {json(before.members()), json(members)};
                };
            }
        };
    }

    private static Map<String, Object> actionJson(TrackedItem.Action action) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("date", action.date().toString());
        map.put("description", action.description());
        map.put("evidence", action.evidence());
        return map;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tracking value cannot be written as JSON", e);
        }
    }
}
