package org.upright.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.upright.account.Account;
import org.upright.account.Role;
import org.upright.common.ConflictException;
import org.upright.common.NotAllowedException;
import org.upright.common.UsageException;
import org.upright.storage.Database;
import org.upright.storage.OnBothDatabases;

/** Tracking on a real database, H2 and PostgreSQL: reading, changing, locking, permissions and the audit history. */
class TrackingServiceTest {
    static final Account ADMIN = new Account(1, "Aigerim Admin", Role.ADMIN, Set.of());
    static final Account JUSTICE = new Account(2, "Daniyar Justice", Role.EDITOR, Set.of("Ministry of Justice"));
    static final Account JUSTICE_TOO = new Account(4, "Saule Justice", Role.EDITOR, Set.of("Ministry of Justice"));
    static final Account HEALTH = new Account(3, "Marat Health", Role.EDITOR, Set.of("Ministry of Health"));
    static final Account VIEWER = new Account(5, "Vera Viewer", Role.VIEWER, Set.of());
    static final String KEY = "r:A_HRC_22_12:95.12";

    private static TrackingService service(Database database) {
        return new TrackingService(database, Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC));
    }

    /** The item assigned to the Ministry of Justice by the admin: version 1. */
    private static TrackingService assigned(Database database) {
        TrackingService tracking = service(database);
        tracking.change(ADMIN, KEY, 0, new TrackingChange.AssignInstitutions(List.of("Ministry of Justice")));
        return tracking;
    }

    @OnBothDatabases
    void anItemNeverTrackedIsNotStartedAtVersionZero(Database database) {
        TrackedItem item = service(database).item(KEY);

        assertThat(item.status()).isEqualTo(TrackingStatus.NOT_STARTED);
        assertThat(item.version()).isZero();
        assertThat(item.tracked()).isFalse();
        assertThat(service(database).history(KEY)).isEmpty();
    }

    @OnBothDatabases
    void everyKindOfChangeIsStoredAndAuditedWithItsBeforeAndAfter(Database database) {
        TrackingService tracking = assigned(database);

        tracking.change(JUSTICE, KEY, 1, new TrackingChange.SetStatus("in_progress"));
        tracking.change(JUSTICE, KEY, 2, new TrackingChange.AddAction("2026-03-01", "Draft law sent to parliament",
                List.of("https://example.org/law")));
        tracking.change(JUSTICE, KEY, 3, new TrackingChange.SetIndicator("Cases heard", "10", "100", "40", "cases"));
        tracking.change(JUSTICE, KEY, 4, new TrackingChange.SetIndicator("Cases heard", "10", "100", "55", "cases"));
        TrackedItem item = tracking.change(JUSTICE, KEY, 5, new TrackingChange.AddComment("Waiting for the vote"));

        assertThat(item.version()).isEqualTo(6);
        assertThat(item.status()).isEqualTo(TrackingStatus.IN_PROGRESS);
        assertThat(item.institutions()).containsExactly("Ministry of Justice");
        assertThat(item.actions()).singleElement().satisfies(a -> {
            assertThat(a.date()).hasToString("2026-03-01");
            assertThat(a.evidence()).containsExactly("https://example.org/law");
        });
        assertThat(item.indicators()).singleElement().extracting(TrackedItem.Indicator::current).isEqualTo("55");
        assertThat(item.comments()).singleElement().satisfies(c -> {
            assertThat(c.author()).isEqualTo("Daniyar Justice");
            assertThat(c.at()).isEqualTo(Instant.parse("2026-11-25T09:00:00Z"));
        });
        List<AuditEntry> history = tracking.history(KEY);
        assertThat(history).extracting(AuditEntry::kind)
                .containsExactly("institutions", "status", "action", "indicator", "indicator", "comment");
        assertThat(history.get(1)).satisfies(e -> {
            assertThat(e.actor()).isEqualTo("Daniyar Justice");
            assertThat(e.before()).isEqualTo("\"not_started\"");
            assertThat(e.after()).isEqualTo("\"in_progress\"");
        });
        assertThat(history.get(4).before()).contains("\"current\":\"40\"");
        assertThat(history.get(4).after()).contains("\"current\":\"55\"");
    }

    @OnBothDatabases
    void aStaleVersionIsAConflictNamingWhoChangedItAndLeavesEverythingAsItWas(Database database) {
        TrackingService tracking = assigned(database);
        tracking.change(JUSTICE, KEY, 1, new TrackingChange.SetStatus("implemented"));

        assertThatThrownBy(() -> tracking.change(JUSTICE_TOO, KEY, 1, new TrackingChange.SetStatus("not_accepted")))
                .isInstanceOf(ConflictException.class)
                .hasMessage(KEY + " was changed by Daniyar Justice at 2026-11-25 09:00 UTC since you opened it; "
                        + "reload to see their change, then apply yours again");
        assertThat(tracking.item(KEY).status()).isEqualTo(TrackingStatus.IMPLEMENTED);
        assertThat(tracking.history(KEY)).hasSize(2);
    }

    @OnBothDatabases
    void twoEditorsAtOnceOneWinsAndTheOtherGetsTheConflict(Database database) throws Exception {
        TrackingService tracking = assigned(database);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<String>> editors = List.of(JUSTICE, JUSTICE_TOO).stream().<Callable<String>>map(editor -> () -> {
                start.await();
                try {
                    tracking.change(editor, KEY, 1, new TrackingChange.AddComment("from " + editor.name()));
                    return "won";
                } catch (ConflictException e) {
                    return "conflict";
                }
            }).toList();
            List<Future<String>> results = editors.stream().map(pool::submit).toList();
            start.countDown();
            List<String> outcomes = List.of(results.get(0).get(), results.get(1).get());

            assertThat(outcomes).containsExactlyInAnyOrder("won", "conflict");
            assertThat(tracking.item(KEY).comments()).hasSize(1);
            assertThat(tracking.item(KEY).version()).isEqualTo(2);
            assertThat(tracking.history(KEY)).hasSize(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @OnBothDatabases
    void twoFirstChangesAtOnceCannotBothCreateTheItem(Database database) {
        TrackingService tracking = service(database);
        tracking.change(ADMIN, KEY, 0, new TrackingChange.SetStatus("in_progress"));

        assertThatThrownBy(() -> tracking.change(ADMIN, KEY, 0, new TrackingChange.SetStatus("implemented")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("was changed by Aigerim Admin");
        assertThat(tracking.item(KEY).status()).isEqualTo(TrackingStatus.IN_PROGRESS);
    }

    @OnBothDatabases
    void editorsChangeOnlyTheirInstitutionsItemsAndOnlyAdminsAssignViewersNothing(Database database) {
        TrackingService tracking = assigned(database);

        assertThatThrownBy(() -> tracking.change(HEALTH, KEY, 1, new TrackingChange.SetStatus("implemented")))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("Ministry of Justice");
        assertThatThrownBy(() -> tracking.change(JUSTICE, KEY, 1,
                new TrackingChange.AssignInstitutions(List.of("Ministry of Health"))))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> tracking.change(VIEWER, KEY, 1, new TrackingChange.AddComment("hello")))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> tracking.change(JUSTICE, "r:OTHER:1", 0, new TrackingChange.SetStatus("implemented")))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("an admin assigns one first");
        assertThat(tracking.item(KEY).version()).isEqualTo(1);
        assertThat(tracking.history(KEY)).hasSize(1);
    }

    @OnBothDatabases
    void invalidInputIsAOneLineUsageErrorAndChangesNothing(Database database) {
        TrackingService tracking = assigned(database);
        List<TrackingChange> bad = List.of(
                new TrackingChange.SetStatus("done"),
                new TrackingChange.AddAction("2026-13-01", "x", List.of()),
                new TrackingChange.AddAction("2026-01-01", "x", List.of("javascript:alert(1)")),
                new TrackingChange.AddAction("2026-01-01", "x", List.of("ftp://example.org/file")),
                new TrackingChange.AddAction("2026-01-01", " ", List.of()),
                new TrackingChange.AddComment("x".repeat(TrackingInput.MAX_TEXT + 1)),
                new TrackingChange.SetIndicator("two\nlines", null, null, null, null),
                new TrackingChange.SetMembers(List.of(KEY)));

        for (TrackingChange change : bad) {
            assertThatThrownBy(() -> tracking.change(JUSTICE, KEY, 1, change)).as(change.toString())
                    .isInstanceOf(UsageException.class).message().doesNotContain("\n");
        }
        assertThatThrownBy(() -> tracking.item("r:A/HRC/22/12:1")).isInstanceOf(UsageException.class);
        assertThat(tracking.item(KEY).version()).isEqualTo(1);
        assertThat(tracking.history(KEY)).hasSize(1);
    }

    @OnBothDatabases
    void aClusterListsItsMembersAndEachMemberSeesTheCluster(Database database) {
        TrackingService tracking = service(database);
        String cluster = TrackingKey.cluster("Ratify OP-CAT");
        tracking.change(ADMIN, cluster, 0, new TrackingChange.SetMembers(List.of(KEY, "r:A_HRC_22_12:95.13")));
        tracking.change(ADMIN, cluster, 1, new TrackingChange.SetStatus("partially_implemented"));

        assertThat(cluster).isEqualTo("c:ratify-op-cat");
        assertThat(tracking.item(cluster).members()).containsExactly(KEY, "r:A_HRC_22_12:95.13");
        assertThat(tracking.clustersOf(KEY)).singleElement().satisfies(c -> {
            assertThat(c.key()).isEqualTo(cluster);
            assertThat(c.status()).isEqualTo(TrackingStatus.PARTIALLY_IMPLEMENTED);
        });
        assertThat(tracking.clustersOf("r:A_HRC_22_12:1")).isEmpty();
    }

    @OnBothDatabases
    void aStatusChangeIsKeptAndReportedWhenTheSearchIndexCannotFollow(Database database) {
        TrackingService tracking = new TrackingService(database, Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"),
                ZoneOffset.UTC), key -> {
                    throw new IllegalStateException("index closed");
                });
        tracking.change(ADMIN, KEY, 0, new TrackingChange.AssignInstitutions(List.of("Ministry of Justice")));

        TrackedItem changed = tracking.change(JUSTICE, KEY, 1, new TrackingChange.SetStatus("implemented"));

        assertThat(changed.status()).isEqualTo(TrackingStatus.IMPLEMENTED);
        assertThat(tracking.item(KEY).version()).isEqualTo(2);
    }

    @OnBothDatabases
    void theStatusChangesOfManyKeysAreReadAtOnceOldestFirstWithoutOtherKindsOfChange(Database database) {
        TrackingService tracking = assigned(database);
        String other = "r:A_HRC_22_12:95.13";
        tracking.change(JUSTICE, KEY, 1, new TrackingChange.SetStatus("in_progress"));
        tracking.change(JUSTICE, KEY, 2, new TrackingChange.AddComment("Started"));
        tracking.change(JUSTICE, KEY, 3, new TrackingChange.SetStatus("implemented"));
        tracking.change(ADMIN, other, 0, new TrackingChange.SetStatus("not_accepted"));

        List<TrackingService.StatusChange> changes = tracking.statusChanges(List.of(KEY, other,
                "r:A_HRC_22_12:1.1"));

        assertThat(changes).extracting(TrackingService.StatusChange::key, TrackingService.StatusChange::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(KEY, TrackingStatus.IN_PROGRESS),
                        org.assertj.core.groups.Tuple.tuple(KEY, TrackingStatus.IMPLEMENTED),
                        org.assertj.core.groups.Tuple.tuple(other, TrackingStatus.NOT_ACCEPTED));
        assertThat(changes).allSatisfy(c -> assertThat(c.at()).isEqualTo(Instant.parse("2026-11-25T09:00:00Z")));
        assertThat(tracking.statusChanges(List.of())).isEmpty();
    }
}
