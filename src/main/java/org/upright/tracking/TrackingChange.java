package org.upright.tracking;

import java.util.List;

/** A change to a tracked item, as a request asks for it; {@link TrackingService} validates and applies it. */
public sealed interface TrackingChange {
    /** The audit kind of the change ("status", "action", ...). */
    String kind();

    /** Set the status (a name of {@link TrackingStatus}, any case). */
    record SetStatus(String status) implements TrackingChange {
        @Override
        public String kind() {
            return "status";
        }
    }

    /** Add an action: an ISO date, what was done, evidence links (http or https). */
    record AddAction(String date, String description, List<String> evidence) implements TrackingChange {
        public AddAction {
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }

        @Override
        public String kind() {
            return "action";
        }
    }

    /** Add an indicator, or update the one of the same name. */
    record SetIndicator(String name, String baseline, String target, String current, String unit)
            implements TrackingChange {
        @Override
        public String kind() {
            return "indicator";
        }
    }

    /** Add a comment in the actor's name. */
    record AddComment(String text) implements TrackingChange {
        @Override
        public String kind() {
            return "comment";
        }
    }

    /** Replace the responsible institutions (admins only). */
    record AssignInstitutions(List<String> institutions) implements TrackingChange {
        public AssignInstitutions {
            institutions = institutions == null ? List.of() : List.copyOf(institutions);
        }

        @Override
        public String kind() {
            return "institutions";
        }
    }

    /** Replace a cluster's member keys (admins only). */
    record SetMembers(List<String> members) implements TrackingChange {
        public SetMembers {
            members = members == null ? List.of() : List.copyOf(members);
        }

        @Override
        public String kind() {
            return "members";
        }
    }
}
