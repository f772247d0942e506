package org.upright.ingest.store;

import java.time.Instant;

/**
 * One stored version of a document: what it is, its file, its version among the documents with the same symbol (or
 * file name, for a document without a symbol), whether it is the current one, and when it was stored.
 */
public record StoredDocument(long id, String symbol, String kind, String country, Integer cycle, String sha256,
                             String fileName, int version, boolean current, Instant ingestedAt) {
}
