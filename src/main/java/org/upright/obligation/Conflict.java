package org.upright.obligation;

import java.util.List;

/**
 * Sources that disagree on one fact (the date a treaty was ratified, whether a State is party, a deadline): every
 * value with its source, and the one used (that of the latest source).
 */
public record Conflict(String subject, List<SourcedValue> values, String used) {

    public Conflict {
        values = List.copyOf(values);
    }

    /** One source's value. */
    public record SourcedValue(String value, Source source) {
    }
}
