package org.upright.ingest.pdf;

/** A file built to exhaust the reader (absurd amounts of text or paths); reported as an unusable PDF. */
final class HostileInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HostileInput(String message) {
        super(message, null, false, false);
    }
}
