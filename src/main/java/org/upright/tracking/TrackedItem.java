package org.upright.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The tracking of one recommendation or cluster as it stands: its status, the institutions responsible, what was done
 * (actions with evidence), the indicators, the comments, a cluster's members and the version every change must name.
 * An item never tracked is {@link TrackingStatus#NOT_STARTED} at version 0.
 */
public record TrackedItem(String key, TrackingStatus status, List<String> institutions, List<Action> actions,
                          List<Indicator> indicators, List<Comment> comments, List<String> members, long version,
                          String updatedBy, Instant updatedAt) {
    public TrackedItem {
        institutions = List.copyOf(institutions);
        actions = List.copyOf(actions);
        indicators = List.copyOf(indicators);
        comments = List.copyOf(comments);
        members = List.copyOf(members);
    }

    /** The item of a key never tracked. */
    static TrackedItem untracked(String key) {
        return new TrackedItem(key, TrackingStatus.NOT_STARTED, List.of(), List.of(), List.of(), List.of(), List.of(),
                0, null, null);
    }

    /** Whether any change was ever made. */
    public boolean tracked() {
        return version > 0;
    }

    /** Whether the item is a cluster of recommendations. */
    public boolean cluster() {
        return TrackingKey.isCluster(key);
    }

    /** Something done about the item, on a day, with links to the evidence (http or https). */
    public record Action(LocalDate date, String description, List<String> evidence) {
        public Action {
            evidence = List.copyOf(evidence);
        }
    }

    /** A measure of progress: where it started, where it should go, where it is, in what unit. */
    public record Indicator(String name, String baseline, String target, String current, String unit) {
    }

    /** A remark by an account at a time. */
    public record Comment(String author, Instant at, String text) {
    }
}
