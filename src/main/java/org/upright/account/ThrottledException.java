package org.upright.account;

import java.time.Duration;
import org.upright.common.UprightException;

/** A sign-in refused because of too many recent failures for the name or the address: HTTP 429, retry later. */
public final class ThrottledException extends UprightException {
    private static final long serialVersionUID = 1L;
    private final Duration retryAfter;

    public ThrottledException(Duration retryAfter) {
        super("too many failed sign-ins; try again in " + minutes(retryAfter) + " minute(s)");
        this.retryAfter = retryAfter;
    }

    /** How long until a sign-in is accepted again. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** The wait in whole minutes, rounded up (at least one). */
    public long minutes() {
        return minutes(retryAfter);
    }

    private static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
