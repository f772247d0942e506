package org.upright.account;

/**
 * What an account may do: an admin everything (accounts too), an editor write the tracking of the institutions
 * assigned to it, a viewer read what is not published to the public.
 */
public enum Role {
    ADMIN, EDITOR, VIEWER;

    /** The role named on the command line or in a form ("admin", "Editor"). */
    public static Role parse(String name) {
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return role;
            }
        }
        throw new org.upright.common.UsageException("unknown role " + name + ": use admin, editor or viewer");
    }

    /** Whether this role includes everything the other role may do. */
    public boolean includes(Role other) {
        return ordinal() <= other.ordinal();
    }
}
