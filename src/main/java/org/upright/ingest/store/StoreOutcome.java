package org.upright.ingest.store;

/** What storing one document did, and how many of its paragraphs, statements and recommendations the store holds. */
public record StoreOutcome(Status status, long documentId, int paragraphs, int statements, int recommendations) {

    /** Whether the document was new, already stored with the same bytes, or a new version of a stored one. */
    public enum Status {
        /** Stored for the first time. */
        NEW,
        /** The same bytes were stored before; nothing was written. */
        UNCHANGED,
        /** Another version (same symbol, or same file name without one) was stored before and is now superseded. */
        NEW_VERSION
    }
}
