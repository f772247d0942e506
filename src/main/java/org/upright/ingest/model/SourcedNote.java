package org.upright.ingest.model;

/** A sentence of a table cell with who said it (a speaker code) and the footnote that gives its source. */
public record SourcedNote(String text, String speaker, Integer footnote) {
}
