package org.upright.ingest.pdf;

/**
 * One printed character as the page placed it, in points from the page's top-left corner: its text (already
 * normalised), left and right edges, baseline, rendered size, the width of a space in its font, and its font's
 * weight and slant. Blank text marks a space the PDF printed; such glyphs separate words but carry no text.
 */
record Glyph(String text, float x, float xEnd, float y, float size, float spaceWidth, boolean bold, boolean italic,
             boolean blank) {

    Glyph(String text, float x, float xEnd, float y, float size, float spaceWidth, boolean bold, boolean italic) {
        this(text, x, xEnd, y, size, spaceWidth, bold, italic, text.isBlank());
    }

    /** The width of a space in this glyph's font, or a quarter of the size where the font does not say. */
    float space() {
        return spaceWidth > 0.05f * size && spaceWidth < size ? spaceWidth : 0.25f * size;
    }
}
