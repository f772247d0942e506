package org.upright.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.upright.account.Account;
import org.upright.account.Role;
import org.upright.common.BadInputException;
import org.upright.common.NotAllowedException;
import org.upright.common.UsageException;
import org.upright.storage.Database;
import org.upright.storage.OnBothDatabases;

/** The label store on a real database, H2 and PostgreSQL: suggestions, decisions, history, queue, corrections. */
class JdbcLabelServiceTest {
    static final Account ADMIN = new Account(1, "Aigerim Admin", Role.ADMIN, Set.of());
    static final Account EDITOR = new Account(2, "Daniyar Editor", Role.EDITOR, Set.of("Ministry of Health"));
    static final Account VIEWER = new Account(3, "Vera Viewer", Role.VIEWER, Set.of());
    static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");

    static final LabelledEntry TORTURE = new LabelledEntry("r:A_HRC_22_12:95.12", "KAZ", "recommendation",
            "A/HRC/22/12", "Ratify the Optional Protocol to the Convention against Torture (Brazil);");
    static final LabelledEntry WOMEN = new LabelledEntry("s:A_HRC_WG.6_7_KAZ_2:14", "KAZ", "concern",
            "A/HRC/WG.6/7/KAZ/2", "The Committee was concerned about violence against women and girls.");
    static final LabelledEntry OTHER_STATE = new LabelledEntry("r:A_HRC_43_15:116.3", "SVN", "recommendation",
            "A/HRC/43/15", "Strengthen the right to education of Roma children and women (Norway);");

    private final List<String> reindexed = new ArrayList<>();

    private JdbcLabelService service(Database database) {
        return new JdbcLabelService(database, Clock.fixed(NOW, ZoneOffset.UTC), KeywordClassifier::classify,
                KeywordClassifier::concept, reindexed::add);
    }

    private static List<String> ids(List<EntryLabel> labels, Family family) {
        return labels.stream().filter(l -> l.family() == family).map(EntryLabel::conceptId).toList();
    }

    @OnBothDatabases
    void suggestionsAreStoredPerFamilyAsTheClassifierGivesThem(Database database) {
        LabelService labels = service(database);

        labels.suggest(List.of(TORTURE, WOMEN));

        List<EntryLabel> torture = labels.labels(TORTURE.key());
        assertThat(ids(torture, Family.THEMES)).containsExactlyInAnyOrder("D25", "A12");
        assertThat(ids(torture, Family.SDGS)).containsExactly("SDG16");
        assertThat(torture).allSatisfy(l -> {
            assertThat(l.state()).isEqualTo(LabelState.SUGGESTED);
            assertThat(l.confidence()).isEqualTo(KeywordClassifier.classify(TORTURE.text()).themes().get(0)
                    .confidence());
            assertThat(l.decidedBy()).isNull();
        });
        assertThat(ids(labels.labels(WOMEN.key()), Family.AFFECTED_PERSONS)).containsExactly("women");
        assertThat(labels.effective(List.of(TORTURE.key(), WOMEN.key(), "r:unknown:1")))
                .containsOnlyKeys(TORTURE.key(), WOMEN.key());
        assertThat(labels.history(TORTURE.key())).isEmpty();
    }

    @OnBothDatabases
    void decisionsAreKeptWithTheirHistoryAndANewSuggestionNeverResurrectsARejectedLabel(Database database) {
        LabelService labels = service(database);
        labels.suggest(List.of(TORTURE));

        EntryLabel accepted = labels.decide(EDITOR, TORTURE.key(), Family.THEMES, "D25", LabelState.ACCEPTED);
        labels.decide(ADMIN, TORTURE.key(), Family.THEMES, "A12", LabelState.REJECTED);
        EntryLabel added = labels.decide(EDITOR, TORTURE.key(), Family.AFFECTED_PERSONS, "women", LabelState.ADDED);
        labels.suggest(List.of(TORTURE));

        assertThat(accepted.state()).isEqualTo(LabelState.ACCEPTED);
        assertThat(accepted.decidedBy()).isEqualTo(EDITOR.name());
        assertThat(accepted.decidedAt()).isEqualTo(NOW);
        assertThat(added.state()).isEqualTo(LabelState.ADDED);
        assertThat(added.confidence()).isNull();
        assertThat(added.label()).isEqualTo("women");
        List<EntryLabel> all = labels.labels(TORTURE.key());
        assertThat(all).extracting(EntryLabel::conceptId, EntryLabel::state).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("D25", LabelState.ACCEPTED),
                org.assertj.core.groups.Tuple.tuple("A12", LabelState.REJECTED),
                org.assertj.core.groups.Tuple.tuple("women", LabelState.ADDED),
                org.assertj.core.groups.Tuple.tuple("SDG16", LabelState.SUGGESTED));
        assertThat(labels.effective(List.of(TORTURE.key())).get(TORTURE.key()))
                .as("decided first, an added label as sure as can be, then the suggestions")
                .extracting(EntryLabel::conceptId).containsExactly("women", "D25", "SDG16");
        assertThat(labels.history(TORTURE.key()))
                .extracting(LabelChange::conceptId, LabelChange::before, LabelChange::after, LabelChange::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("D25", LabelState.SUGGESTED, LabelState.ACCEPTED,
                                EDITOR.name()),
                        org.assertj.core.groups.Tuple.tuple("A12", LabelState.SUGGESTED, LabelState.REJECTED,
                                ADMIN.name()),
                        org.assertj.core.groups.Tuple.tuple("women", null, LabelState.ADDED, EDITOR.name()));
        assertThat(labels.history(TORTURE.key())).allSatisfy(c -> assertThat(c.at()).isEqualTo(NOW));
        assertThat(reindexed).containsExactly(TORTURE.key(), TORTURE.key(), TORTURE.key());
    }

    @OnBothDatabases
    void theSameDecisionTwiceWritesOneHistoryRowAndAReversalAnother(Database database) {
        LabelService labels = service(database);
        labels.suggest(List.of(TORTURE));

        labels.decide(EDITOR, TORTURE.key(), Family.THEMES, "A12", LabelState.REJECTED);
        labels.decide(EDITOR, TORTURE.key(), Family.THEMES, "A12", LabelState.REJECTED);
        EntryLabel again = labels.decide(ADMIN, TORTURE.key(), Family.THEMES, "A12", LabelState.ACCEPTED);

        assertThat(again.state()).isEqualTo(LabelState.ACCEPTED);
        assertThat(again.confidence()).isNotNull();
        assertThat(labels.history(TORTURE.key())).extracting(LabelChange::after)
                .containsExactly(LabelState.REJECTED, LabelState.ACCEPTED);
        assertThat(reindexed).hasSize(2);
    }

    @OnBothDatabases
    void aViewerMayNotDecideAndNothingChanges(Database database) {
        LabelService labels = service(database);
        labels.suggest(List.of(TORTURE));

        assertThatThrownBy(() -> labels.decide(VIEWER, TORTURE.key(), Family.THEMES, "D25", LabelState.ACCEPTED))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> labels.decide(null, TORTURE.key(), Family.THEMES, "D25", LabelState.ACCEPTED))
                .isInstanceOf(NotAllowedException.class);

        assertThat(labels.labels(TORTURE.key())).allSatisfy(l -> assertThat(l.state())
                .isEqualTo(LabelState.SUGGESTED));
        assertThat(labels.history(TORTURE.key())).isEmpty();
        assertThat(reindexed).isEmpty();
    }

    @OnBothDatabases
    void anUnknownConceptOrEntryIsBadInputAndSuggestedIsNoDecision(Database database) {
        LabelService labels = service(database);
        labels.suggest(List.of(TORTURE));

        assertThatThrownBy(() -> labels.decide(EDITOR, TORTURE.key(), Family.THEMES, "Z99", LabelState.ADDED))
                .isInstanceOf(BadInputException.class).hasMessageContaining("Z99");
        assertThatThrownBy(() -> labels.decide(EDITOR, TORTURE.key(), Family.SDGS, "women", LabelState.ADDED))
                .isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> labels.decide(EDITOR, "r:nowhere:1", Family.THEMES, "D25", LabelState.ADDED))
                .isInstanceOf(BadInputException.class).hasMessageContaining("r:nowhere:1");
        assertThatThrownBy(() -> labels.decide(EDITOR, TORTURE.key(), Family.THEMES, "D25", LabelState.SUGGESTED))
                .isInstanceOf(UsageException.class);

        assertThat(labels.history(TORTURE.key())).isEmpty();
        assertThat(labels.labels("r:nowhere:1")).isEmpty();
    }

    @OnBothDatabases
    void theQueueShowsTheLeastConfidentFirstPerStateAndShrinksAsEntriesAreReviewed(Database database) {
        LabelService labels = service(database);
        labels.suggest(List.of(TORTURE, WOMEN, OTHER_STATE));

        List<ReviewItem> all = labels.queue(null, 0, 10);
        assertThat(labels.waiting(null)).isEqualTo(3);
        assertThat(labels.waiting("KAZ")).isEqualTo(2);
        assertThat(labels.queue("KAZ", 0, 10)).extracting(i -> i.entry().country()).containsOnly("KAZ");
        assertThat(all).hasSize(3);
        List<Double> lowest = all.stream().map(i -> i.labels().stream()
                .filter(l -> l.state() == LabelState.SUGGESTED)
                .mapToDouble(EntryLabel::confidence).min().orElseThrow()).toList();
        assertThat(lowest).isSorted();
        assertThat(labels.queue(null, 1, 1)).extracting(i -> i.entry().key()).containsExactly(all.get(1).entry()
                .key());
        ReviewItem first = all.get(0);
        assertThat(first.entry().text()).isNotBlank();

        for (EntryLabel l : first.labels()) {
            labels.decide(EDITOR, first.entry().key(), l.family(), l.conceptId(), LabelState.ACCEPTED);
        }

        assertThat(labels.waiting(null)).isEqualTo(2);
        assertThat(labels.queue(null, 0, 10)).extracting(i -> i.entry().key())
                .doesNotContain(first.entry().key()).hasSize(2);
        assertThatThrownBy(() -> labels.queue(null, -1, 10)).isInstanceOf(UsageException.class);
    }

    @OnBothDatabases
    void correctionsHoldTheReviewedEntriesWithTheirAcceptedAndAddedLabelsPerReviewedFamily(Database database) {
        LabelService labels = service(database);
        labels.suggest(List.of(TORTURE, WOMEN, OTHER_STATE));

        labels.decide(EDITOR, TORTURE.key(), Family.THEMES, "D25", LabelState.ACCEPTED);
        labels.decide(EDITOR, TORTURE.key(), Family.THEMES, "A12", LabelState.REJECTED);
        labels.decide(EDITOR, TORTURE.key(), Family.THEMES, "X-SELF-DETERMINATION", LabelState.ADDED);
        labels.decide(EDITOR, WOMEN.key(), Family.SDGS, "SDG5", LabelState.REJECTED);

        List<LabelledStatement> corrections = labels.corrections();

        assertThat(corrections).extracting(LabelledStatement::text).containsExactlyInAnyOrder(TORTURE.text(),
                WOMEN.text());
        LabelledStatement torture = corrections.stream().filter(s -> s.text().equals(TORTURE.text())).findFirst()
                .orElseThrow();
        assertThat(torture.doc()).isEqualTo(TORTURE.symbol());
        assertThat(torture.labels()).isEqualTo(Map.of(Family.THEMES, Set.of("D25", "X-SELF-DETERMINATION")));
        LabelledStatement women = corrections.stream().filter(s -> s.text().equals(WOMEN.text())).findFirst()
                .orElseThrow();
        assertThat(women.labels()).isEqualTo(Map.of(Family.SDGS, Set.of()));
    }

    @OnBothDatabases
    void aNewTextForAKnownKeyReplacesOnlyItsSuggestions(Database database) {
        LabelService labels = service(database);
        labels.suggest(List.of(TORTURE));
        labels.decide(EDITOR, TORTURE.key(), Family.THEMES, "D25", LabelState.ACCEPTED);

        LabelledEntry revised = new LabelledEntry(TORTURE.key(), "KAZ", "recommendation", "A/HRC/22/12",
                "Guarantee the right to education of every child (Brazil);");
        labels.suggest(List.of(revised));

        assertThat(labels.labels(TORTURE.key())).extracting(EntryLabel::conceptId)
                .containsExactlyInAnyOrder("D25", "E51", "children", "SDG4");
        assertThat(labels.queue(null, 0, 1).get(0).entry().text()).isEqualTo(revised.text());
    }
}
