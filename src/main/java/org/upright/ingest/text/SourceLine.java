package org.upright.ingest.text;

/**
 * One line of a plain-text document: its index, its character offset in the decoded text, its text without
 * surrounding white space, and whether a page break came just before it.
 */
public record SourceLine(int index, int offset, String text, boolean pageBreak) {

    /** Whether the line holds nothing. */
    public boolean blank() {
        return text.isEmpty();
    }
}
