package org.upright.classify;

import java.time.Instant;

/** One change in the history of an entry's labels: who, when, which label, from which state to which. */
public record LabelChange(String key, Family family, String conceptId, LabelState before, LabelState after,
                          String actor, Instant at) {
}
