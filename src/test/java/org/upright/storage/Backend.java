package org.upright.storage;

/** The two databases every storage test runs on. */
public enum Backend {
    H2("H2"), POSTGRESQL("PostgreSQL");

    private final String label;

    Backend(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
