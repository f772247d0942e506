package org.upright.classify;

/** One suggested label: the canonical concept (id and label) and the confidence, between 0 and 1. */
public record Suggestion(Concept concept, double confidence) {
    /** The canonical id ({@code A12}, {@code women}, {@code SDG4}). */
    public String id() {
        return concept.id();
    }

    /** The canonical label. */
    public String label() {
        return concept.label();
    }
}
