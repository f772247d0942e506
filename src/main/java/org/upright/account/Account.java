package org.upright.account;

import java.util.Set;

/**
 * A person who signs in: the name, the role, and for an editor the institutions whose tracking it may change
 * (an admin may change all; a viewer none).
 */
public record Account(long id, String name, Role role, Set<String> institutions) {
    public Account {
        institutions = Set.copyOf(institutions);
    }

    /** Whether this account may change the tracking of an item some of these institutions are responsible for. */
    public boolean mayEditFor(Set<String> responsible) {
        return switch (role) {
            case ADMIN -> true;
            case VIEWER -> false;
            case EDITOR -> responsible.stream().anyMatch(institutions::contains);
        };
    }
}
