package org.upright.ingest.model;

/**
 * An optional procedure of a treaty body as the ratification table states it, e.g.
 * "Individual complaints (art. 14): Yes" with procedure {@code individual-complaints}, articles "14", accepted.
 */
public record Competence(String text, String procedure, String articles, Boolean accepted) {
}
