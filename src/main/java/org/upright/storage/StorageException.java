package org.upright.storage;

import org.upright.common.UprightException;

/** The database cannot be used or refused a change: unreachable, locked, full, read-only, or a rule of the schema broken. */
public class StorageException extends UprightException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, for callers that react to it: a conflict can be retried, a duplicate may mean "already done". */
    public enum Reason {
        /** The server or the database files cannot be reached or opened. */
        UNREACHABLE,
        /** The login or the operation was refused for lack of rights. */
        ACCESS_DENIED,
        /** Another process holds the database, or a lock was not granted in time. */
        LOCKED,
        /** Two transactions collided (deadlock, serialization failure); trying again may succeed. */
        CONFLICT,
        /** No space, memory or connections left. */
        FULL,
        /** The database accepts no writes. */
        READ_ONLY,
        /** A row with the same unique key exists already. */
        DUPLICATE,
        /** Another rule of the schema was broken (a missing value, a check, a reference). */
        CONSTRAINT,
        /** Anything else; the message carries what the driver said. */
        OTHER
    }

    private final Reason reason;

    public StorageException(String message, Throwable cause) {
        this(Reason.OTHER, message, cause);
    }

    public StorageException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** Why the database failed. */
    public Reason reason() {
        return reason;
    }
}
