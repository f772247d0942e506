package org.upright.obligation;

/** How a State stands to an instrument as of a date. */
public enum Participation {
    /** Party, the source not saying whether by ratification, accession or succession. */
    PARTY,
    RATIFIED,
    ACCEDED,
    SUCCEEDED,
    /** Signed, not (yet) ratified. */
    SIGNED,
    NOT_PARTY,
    /** No source says. */
    UNKNOWN;

    /** Whether the State is bound by the instrument. */
    public boolean bound() {
        return this == PARTY || this == RATIFIED || this == ACCEDED || this == SUCCEEDED;
    }

    /** The word the exchange format and the terminal use: "party", "not-party", ... */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
