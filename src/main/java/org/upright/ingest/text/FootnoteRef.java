package org.upright.ingest.text;

/** A footnote reference: its number and the character offset in the clean text where it stood. */
public record FootnoteRef(int number, int offset) {
}
