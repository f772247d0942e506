package org.upright.ingest.pdf;

/**
 * Makes a glyph's Unicode text plain: ligatures spelled out, soft hyphens kept only as a marker for the line end,
 * the private-use codes of symbol fonts mapped back to the characters they stand for, and unusual spaces made
 * ordinary ones. Curly quotes and dashes stay as printed.
 */
final class GlyphText {
    /** Soft hyphen: printed only where a word breaks at a line end. */
    static final char SOFT_HYPHEN = '\u00AD';

    private GlyphText() {
    }

    static String normalise(String unicode) {
        if (unicode == null || unicode.isEmpty()) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < unicode.length(); i++) {
            char c = unicode.charAt(i);
            String replacement = replacement(c);
            if (replacement == null && out == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(unicode.length() + 2).append(unicode, 0, i);
            }
            out.append(replacement == null ? String.valueOf(c) : replacement);
        }
        return out == null ? unicode : out.toString();
    }

    private static String replacement(char c) {
        if (c < 0x80) {
            return c < 0x20 ? " " : null;
        }
        return switch (c) {
            case '\uFB00' -> "ff";
            case '\uFB01' -> "fi";
            case '\uFB02' -> "fl";
            case '\uFB03' -> "ffi";
            case '\uFB04' -> "ffl";
            case '\uFB05', '\uFB06' -> "st";
            case '\u00A0', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200A',
                 '\u202F', '\u205F', '\u3000' -> " ";
            case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> "";
            case '\uF0B7', '\uF0A7' -> "\u2022";
            default -> privateUse(c);
        };
    }

    /** Symbol and Wingdings fonts put ASCII-like glyphs at U+F020..U+F07E; what they print is the ASCII char. */
    private static String privateUse(char c) {
        if (c >= '\uF020' && c <= '\uF07E') {
            return String.valueOf((char) (c - 0xF000));
        }
        return null;
    }
}
