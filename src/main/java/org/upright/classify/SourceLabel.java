package org.upright.classify;

/**
 * A label as one source vocabulary spells it (UHRI's coded list of cycles 1-2, its numbered or label-only lists of
 * later cycles, the SDG goals' titles), kept beside the canonical concept it maps to.
 */
public record SourceLabel(Family family, String vocabulary, String label, String conceptId) {
}
