package org.upright.obligation;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.upright.common.PartialDate;

/**
 * Where a fact comes from: a stored UN document (its symbol, kind and id) or an imported dataset, with the date the
 * source speaks for (a document's session or adoption date, a dataset's import), so that the latest can win.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Source(String name, String kind, PartialDate date, Long documentId) {

    /** A computed value: what the treaty's reporting periods give when no document says. */
    public static Source computed(String how) {
        return new Source(how, "computed", null, null);
    }
}
