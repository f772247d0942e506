package org.upright.storage;

import java.sql.SQLException;
import java.util.Locale;
import org.upright.storage.StorageException.Reason;

/**
 * Turns what a JDBC driver throws into a {@link StorageException} with one line that says what is wrong. H2 and
 * PostgreSQL agree on the standard SQL states (23505, 08001, 40001); where they do not, H2's own error codes decide.
 */
public final class SqlFailures {
    /** The longest driver message kept in a failure line. */
    private static final int MAX_MESSAGE = 300;

    private SqlFailures() {
    }

    /** One line: what was being done, what is wrong with the database, and what the driver said. */
    public static StorageException of(String doing, String database, Throwable e) {
        Reason reason = reasonOf(e);
        return new StorageException(reason, doing + ": " + explain(reason, database) + " (" + rootMessage(e) + ")", e);
    }

    /** The reason the first SQL exception in the chain gives. */
    public static Reason reasonOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && (sql.getSQLState() != null || sql.getErrorCode() != 0)) {
                Reason reason = reasonOf(sql);
                if (reason != Reason.OTHER || t.getCause() == null) {
                    return reason;
                }
            }
        }
        String message = rootMessage(e).toLowerCase(Locale.ROOT);
        return message.contains("no space left") ? Reason.FULL : Reason.OTHER;
    }

    private static Reason reasonOf(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (message.contains("no space left")) {
            return Reason.FULL;
        }
        if (isH2(e)) {
            switch (e.getErrorCode()) {
                case 90020, 50200 -> { // database already in use by another process; lock timeout
                    return Reason.LOCKED;
                }
                case 90131, 40001 -> { // concurrent update of one row; deadlock
                    return Reason.CONFLICT;
                }
                case 90097 -> {
                    return Reason.READ_ONLY;
                }
                case 90013, 90062, 90067, 90121, 90028, 90031 -> { // not found, cannot create, broken, closed, I/O
                    return Reason.UNREACHABLE;
                }
                default -> {
                    // the standard states below
                }
            }
        }
        if (state.equals("23505")) {
            return Reason.DUPLICATE;
        }
        if (state.startsWith("23")) {
            return Reason.CONSTRAINT;
        }
        if (state.startsWith("08") || state.equals("3D000") || state.startsWith("57P")) {
            return Reason.UNREACHABLE; // connection failures; no such database; server shutting down
        }
        if (state.startsWith("28") || state.equals("42501")) {
            return Reason.ACCESS_DENIED;
        }
        if (state.equals("55P03") || state.equals("57014")) {
            return Reason.LOCKED; // lock not available; statement cancelled by a timeout
        }
        if (state.equals("40001") || state.equals("40P01")) {
            return Reason.CONFLICT;
        }
        if (state.startsWith("53")) {
            return Reason.FULL; // disk, memory or connections exhausted
        }
        if (state.equals("25006")) {
            return Reason.READ_ONLY;
        }
        return Reason.OTHER;
    }

    private static boolean isH2(SQLException e) {
        return e.getClass().getName().startsWith("org.h2.");
    }

    private static String explain(Reason reason, String database) {
        return switch (reason) {
            case UNREACHABLE -> "the database " + database + " cannot be reached or opened";
            case ACCESS_DENIED -> "the database " + database + " refused access";
            case LOCKED -> "the database " + database + " is locked by another process or transaction";
            case CONFLICT -> "the change collided with another one in " + database;
            case FULL -> "the database " + database + " is full (no space, memory or connections left)";
            case READ_ONLY -> "the database " + database + " is read-only";
            case DUPLICATE -> "the record exists already in " + database;
            case CONSTRAINT -> "the change breaks a rule of the schema of " + database;
            case OTHER -> "the database " + database + " failed";
        };
    }

    /** The innermost cause's message, on one line: what the driver actually said. */
    public static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        // H2 appends the whole statement after "; SQL statement:"; what comes before says what is wrong
        int statement = message.indexOf("; SQL statement:");
        if (statement > 0) {
            message = message.substring(0, statement);
        }
        message = message.replaceAll("\\s+", " ").strip();
        // a syntax error quotes its statement, which can hold thousands of parameters: keep the line readable
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE - 1) + "\u2026";
        }
        if (root instanceof SQLException sql && sql.getSQLState() != null) {
            message = message + " (SQL state " + sql.getSQLState() + ")";
        }
        return message;
    }
}
