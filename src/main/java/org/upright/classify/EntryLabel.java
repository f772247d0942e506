package org.upright.classify;

import java.time.Instant;

/**
 * One label of a statement or recommendation: the family and canonical concept, the classifier's confidence (null
 * for a label a person added), its state, and who decided it when (null while only suggested).
 *
 * @param key        the entry's stable key (a tracking key: survives a new version of the document)
 * @param family     theme, affected persons or SDG
 * @param conceptId  the taxonomy's canonical id ("A12", "women", "SDG4")
 * @param label      the canonical label, for display
 */
public record EntryLabel(String key, Family family, String conceptId, String label, Double confidence,
                         LabelState state, String decidedBy, Instant decidedAt) {

    /** Whether the entry carries the label: accepted, added, or suggested and not turned down. */
    public boolean effective() {
        return state != LabelState.REJECTED;
    }
}
