package org.upright.ingest.pdf;

/** A thin horizontal line drawn on a page (a footnote separator, a table border), in top-down page points. */
record Rule(float x, float xEnd, float y) {

    float width() {
        return xEnd - x;
    }
}
