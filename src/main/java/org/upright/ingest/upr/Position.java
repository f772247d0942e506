package org.upright.ingest.upr;

/** The State under review's position on a recommendation, as the exchange format spells it. */
enum Position {
    SUPPORTED("Supported"),
    NOTED("Noted");

    private final String label;

    Position(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** The label of a position, or null when none is known. */
    static String labelOf(Position position) {
        return position == null ? null : position.label;
    }
}
