package org.upright.classify;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.upright.account.Account;
import org.upright.account.Role;
import org.upright.common.BadInputException;
import org.upright.common.ConflictException;
import org.upright.common.NotAllowedException;
import org.upright.common.UsageException;
import org.upright.storage.Database;

/**
 * The label store on the database (V7__labels.sql): suggestions of the classifier it is given, and reviewers'
 * decisions with their history. Editors and admins review the entries of any State; viewers none.
 */
public final class JdbcLabelService implements LabelService {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcLabelService.class);
    private static final int MAX_PAGE = 500;

    /** Decided labels first (a person's word), then suggestions by confidence, then by id for a stable order. */
    static final Comparator<EntryLabel> BEST_FIRST = Comparator
            .comparing((EntryLabel l) -> l.state() == LabelState.SUGGESTED)
            .thenComparing(l -> l.confidence() == null ? 1.0 : l.confidence(), Comparator.reverseOrder())
            .thenComparing(EntryLabel::family)
            .thenComparing(EntryLabel::conceptId);

    private final Database database;
    private final Clock clock;
    private final Function<String, Suggestions> classifier;
    private final BiFunction<Family, String, Optional<Concept>> concepts;
    private final Consumer<String> decided;

    /**
     * @param classifier what the classifier suggests for a text (already thresholded: stored as given)
     * @param concepts   the taxonomy's concept of a family and canonical id, for decisions that add a label
     * @param decided    told the key of every entry whose labels a decision changed, after it commits: App
     *                   re-indexes the entry's document through it, so that facets show the change at once
     */
    public JdbcLabelService(Database database, Clock clock, Function<String, Suggestions> classifier,
                            BiFunction<Family, String, Optional<Concept>> concepts, Consumer<String> decided) {
        this.database = database;
        this.clock = clock;
        this.classifier = classifier;
        this.concepts = concepts;
        this.decided = decided;
    }

    @Override
    public void suggest(Collection<LabelledEntry> entries) {
        Map<String, LabelledEntry> byKey = new LinkedHashMap<>();
        for (LabelledEntry e : entries) {
            if (e.key() != null && e.text() != null && !e.text().isBlank()) {
                byKey.put(e.key(), e);
            }
        }
        if (byKey.isEmpty()) {
            return;
        }
        // classified before the transaction opens, so that it stays short
        List<EntryLabel> suggested = new ArrayList<>();
        for (LabelledEntry e : byKey.values()) {
            Suggestions suggestions = classifier.apply(e.text());
            for (Family family : Family.values()) {
                Set<String> seen = new LinkedHashSet<>();
                for (Suggestion s : suggestions.of(family)) {
                    if (seen.add(s.id())) {
                        suggested.add(new EntryLabel(e.key(), family, s.id(), s.label(), s.confidence(),
                                LabelState.SUGGESTED, null, null));
                    }
                }
            }
        }
        database.inTransaction("cannot store the suggested labels", ctx -> {
            Set<String> known = LabelRows.known(ctx, byKey.keySet());
            // a decided label stays as decided: accepted or added is kept, rejected is not suggested again
            Set<String> decidedSlots = LabelRows.decided(ctx, known);
            List<EntryLabel> kept = suggested.stream()
                    .filter(l -> !decidedSlots.contains(LabelRows.slot(l.key(), l.family(), l.conceptId())))
                    .toList();
            Map<String, Double> waiting = new java.util.HashMap<>();
            kept.forEach(l -> waiting.merge(l.key(), l.confidence(), Math::min));
            LabelRows.putEntries(ctx, List.copyOf(byKey.values()), known, waiting);
            LabelRows.dropSuggestions(ctx, known);
            LabelRows.insertSuggestions(ctx, kept);
            return null;
        });
    }

    @Override
    public Map<String, List<EntryLabel>> effective(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return grouped(read("cannot read labels", () -> LabelRows.labels(database.dsl(), keys, false)));
    }

    @Override
    public List<EntryLabel> labels(String key) {
        return grouped(read("cannot read the labels of " + key,
                () -> LabelRows.labels(database.dsl(), List.of(key), true))).getOrDefault(key, List.of());
    }

    @Override
    public List<LabelChange> history(String key) {
        return read("cannot read the label history of " + key, () -> LabelRows.history(database.dsl(), key));
    }

    @Override
    public List<ReviewItem> queue(String country, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new UsageException("the review queue pages from offset 0 by 1 to " + MAX_PAGE + " entries");
        }
        return read("cannot read the review queue", () -> {
            List<String> keys = LabelRows.waitingKeys(database.dsl(), country, offset, limit);
            Map<String, LabelledEntry> entries = new LinkedHashMap<>();
            LabelRows.entries(database.dsl(), keys).forEach(e -> entries.put(e.key(), e));
            Map<String, List<EntryLabel>> labels = grouped(LabelRows.labels(database.dsl(), keys, true));
            List<ReviewItem> items = new ArrayList<>();
            for (String key : keys) {
                if (entries.containsKey(key)) {
                    items.add(new ReviewItem(entries.get(key), labels.getOrDefault(key, List.of())));
                }
            }
            return items;
        });
    }

    @Override
    public long waiting(String country) {
        return read("cannot count the review queue", () -> LabelRows.waitingCount(database.dsl(), country));
    }

    @Override
    public EntryLabel decide(Account reviewer, String key, Family family, String conceptId, LabelState decision) {
        if (reviewer == null || reviewer.role() == Role.VIEWER) {
            throw new NotAllowedException("a viewer may not review labels; an editor or an admin may");
        }
        if (decision == null || decision == LabelState.SUGGESTED) {
            throw new UsageException("a decision accepts, rejects or adds a label");
        }
        if (family == null || conceptId == null || conceptId.isBlank()) {
            throw new UsageException("a decision names the label family and the concept");
        }
        Concept concept = concepts.apply(family, conceptId.strip()).orElseThrow(() -> new BadInputException(
                "the taxonomy has no " + family.taxonomyName() + " '" + conceptId.strip() + "'"));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        record Outcome(EntryLabel label, boolean changed) {
        }
        Outcome outcome;
        try {
            outcome = database.dsl().transactionResult(configuration -> {
                org.jooq.DSLContext ctx = org.jooq.impl.DSL.using(configuration);
                if (LabelRows.entries(ctx, List.of(key)).isEmpty()) {
                    throw new BadInputException("no statement or recommendation has the key " + key);
                }
                Optional<EntryLabel> before = LabelRows.label(ctx, key, family, concept.id());
                // a label the classifier suggested is accepted, one it did not is added, whichever word was used
                boolean suggested = before.map(b -> b.confidence() != null).orElse(false);
                LabelState after = decision == LabelState.REJECTED ? LabelState.REJECTED
                        : suggested ? LabelState.ACCEPTED : LabelState.ADDED;
                LabelState was = before.map(EntryLabel::state).orElse(null);
                if (was == after) {
                    return new Outcome(before.get(), false);
                }
                EntryLabel label = new EntryLabel(key, family, concept.id(), concept.label(),
                        before.map(EntryLabel::confidence).orElse(null), after, reviewer.name(), now);
                if (!LabelRows.putDecided(ctx, label, before.isPresent())) {
                    throw new ConflictException(key + ": its suggestions were renewed while you decided; reload to "
                            + "see them, then decide again");
                }
                LabelRows.audit(ctx, new LabelChange(key, family, concept.id(), was, after, reviewer.name(), now),
                        reviewer.id());
                LabelRows.refreshWaiting(ctx, key);
                return new Outcome(label, true);
            });
        } catch (IntegrityConstraintViolationException e) {
            // another reviewer added the same label between our read and our write
            throw new ConflictException(key + ": someone decided on " + concept.id()
                    + " at the same moment; reload to see their decision");
        } catch (DataAccessException e) {
            throw database.failure("cannot store the label decision on " + key, e);
        }
        if (outcome.changed()) {
            try {
                decided.accept(key);
            } catch (RuntimeException e) {
                // the decision is stored and the caller must hear so; only the search index lags behind
                LOG.warn("the labels of {} are saved, but the search index could not follow ({}); "
                        + "`upright reindex` brings it up to date", key, e.getMessage());
            }
        }
        return outcome.label();
    }

    @Override
    public List<LabelledStatement> corrections() {
        return read("cannot read the reviewed labels", () -> {
            List<String> keys = LabelRows.reviewedKeys(database.dsl());
            Map<String, LabelledEntry> entries = new LinkedHashMap<>();
            LabelRows.entries(database.dsl(), keys).forEach(e -> entries.put(e.key(), e));
            Map<String, List<EntryLabel>> labels = grouped(LabelRows.labels(database.dsl(), keys, true));
            List<LabelledStatement> statements = new ArrayList<>();
            int line = 0;
            for (String key : keys) {
                LabelledEntry entry = entries.get(key);
                if (entry == null) {
                    continue;
                }
                statements.add(new LabelledStatement(entry.symbol() == null ? key : entry.symbol(), ++line,
                        entry.text(), reviewed(labels.getOrDefault(key, List.of()))));
            }
            return statements;
        });
    }

    /**
     * The families a reviewer decided on, each with its accepted and added ids: a family nobody reviewed on the
     * entry is left out (its suggestions are not a person's word), a family whose every suggestion was rejected is
     * there and empty (a person said "none of these").
     */
    private static Map<Family, Set<String>> reviewed(List<EntryLabel> labels) {
        Map<Family, Set<String>> reviewed = new EnumMap<>(Family.class);
        for (EntryLabel l : labels) {
            if (l.state() != LabelState.SUGGESTED) {
                Set<String> ids = reviewed.computeIfAbsent(l.family(), f -> new LinkedHashSet<>());
                if (l.state() != LabelState.REJECTED) {
                    ids.add(l.conceptId());
                }
            }
        }
        Map<Family, Set<String>> copy = new EnumMap<>(Family.class);
        reviewed.forEach((family, ids) -> copy.put(family, Set.copyOf(ids)));
        return copy;
    }

    private static Map<String, List<EntryLabel>> grouped(List<EntryLabel> labels) {
        Map<String, List<EntryLabel>> byKey = new LinkedHashMap<>();
        labels.stream().sorted(BEST_FIRST).forEach(l -> byKey.computeIfAbsent(l.key(), k -> new ArrayList<>()).add(l));
        byKey.replaceAll((key, list) -> List.copyOf(list));
        return byKey;
    }

    private <T> T read(String doing, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (DataAccessException e) {
            throw database.failure(doing, e);
        }
    }
}
