package org.upright.ingest.upr;

/** A printed line of a UPR document without page furniture and footnotes, white space collapsed, with its page. */
record Line(String text, int page) {

    boolean blank() {
        return text.isEmpty();
    }
}
