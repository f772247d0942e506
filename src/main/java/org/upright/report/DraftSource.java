package org.upright.report;

/**
 * Where a drafted sentence comes from: the stored document (its id, for the link to its page), its symbol and kind,
 * the paragraph, the page where the reader knew it, and the statement's place in the paragraph.
 */
record DraftSource(long documentId, String symbol, String kind, int paragraph, Integer page, int statement) {

    /** "CAT/C/PRY/CO/2, para. 6, p. 2": the visible source marker. */
    String marker() {
        return (symbol == null ? "document " + documentId : symbol) + ", para. " + paragraph
                + (page == null ? "" : ", p. " + page);
    }

    /** The app's page of the document at the paragraph. */
    String link() {
        return "/documents/" + documentId + "#p" + paragraph;
    }
}
