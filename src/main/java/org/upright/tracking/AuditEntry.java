package org.upright.tracking;

import java.time.Instant;

/**
 * One accepted change of a tracked item: the version it made, when, who, what kind of change and the changed part
 * before and after as JSON text (null before a first value).
 */
public record AuditEntry(String key, long version, Instant at, long actorId, String actor, String kind, String before,
                         String after) {
}
