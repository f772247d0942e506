package org.upright.tracking;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.upright.common.UsageException;

/** How far the State has come with a recommendation (or a cluster of them). */
public enum TrackingStatus {
    NOT_STARTED, IN_PROGRESS, PARTIALLY_IMPLEMENTED, IMPLEMENTED, NOT_ACCEPTED;

    /** The status named in a request ("in_progress", "IN-PROGRESS"); a one-line {@link UsageException} else. */
    public static TrackingStatus parse(String name) {
        String wanted = name == null ? "" : name.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (TrackingStatus status : values()) {
            if (status.name().equals(wanted)) {
                return status;
            }
        }
        throw new UsageException("unknown tracking status " + name + ": use one of " + Arrays.stream(values())
                .map(s -> s.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }

    /**
     * Whether a recommendation in this status is still open: all but implemented and not accepted. A UPR
     * recommendation the State only noted stays open until someone records it as not accepted (ADR 0011).
     */
    public boolean open() {
        return this != IMPLEMENTED && this != NOT_ACCEPTED;
    }

    /** The lower-case name used in JSON, URLs and message keys ("in_progress"). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
