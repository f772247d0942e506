package org.upright.ingest.store;

/** How many documents, paragraphs, statements and recommendations the current versions of the stored documents hold. */
public record StoreCounts(long documents, long paragraphs, long statements, long recommendations) {
}
