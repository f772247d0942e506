package org.upright.search.opensearch;

import java.util.BitSet;
import java.util.List;

/**
 * One highlight from several: OpenSearch highlights the stemmed text and its unstemmed subfield (phrases) separately,
 * each as the whole text, HTML-escaped, with {@code <mark>} tags. The marks of both are joined on the plain text and
 * the text escaped again, so a hit shows every matched word once. Escaping follows Lucene's highlighters (OWASP's
 * rules), so both indexes mark a text alike.
 */
final class Highlights {
    private static final String OPEN = "<mark>";
    private static final String CLOSE = "</mark>";

    private Highlights() {
    }

    /** The text, escaped for HTML, with the words any of the highlighted versions marks marked. */
    static String merge(String text, List<String> highlighted) {
        BitSet marked = new BitSet(text.length());
        for (String h : highlighted) {
            BitSet marks = marks(h, text);
            if (marks != null) {
                marked.or(marks);
            }
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        boolean open = false;
        for (int i = 0; i < text.length(); i++) {
            if (marked.get(i) != open) {
                out.append(open ? CLOSE : OPEN);
                open = !open;
            }
            escape(text.charAt(i), out);
        }
        return out.append(open ? CLOSE : "").toString();
    }

    /** The text escaped for HTML, nothing marked. */
    static String escape(String text) {
        return merge(text, List.of());
    }

    /** Which characters of {@code text} the highlighted version marks; null if it is not a version of this text. */
    private static BitSet marks(String highlighted, String text) {
        BitSet marks = new BitSet(text.length());
        StringBuilder plain = new StringBuilder(text.length());
        boolean in = false;
        int i = 0;
        while (i < highlighted.length()) {
            if (highlighted.startsWith(OPEN, i)) {
                in = true;
                i += OPEN.length();
            } else if (highlighted.startsWith(CLOSE, i)) {
                in = false;
                i += CLOSE.length();
            } else {
                int end = highlighted.charAt(i) == '&' ? highlighted.indexOf(';', i) : -1;
                String decoded = end > 0 ? entity(highlighted.substring(i + 1, end)) : null;
                if (in) {
                    marks.set(plain.length(), plain.length() + (decoded == null ? 1 : decoded.length()));
                }
                plain.append(decoded == null ? String.valueOf(highlighted.charAt(i)) : decoded);
                i = decoded == null ? i + 1 : end + 1;
            }
        }
        return plain.toString().equals(text) ? marks : null;
    }

    /** The character an entity of Lucene's HTML encoder stands for, or null if it is none. */
    private static String entity(String name) {
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            default -> {
                try {
                    if (name.startsWith("#x")) {
                        yield Character.toString(Integer.parseInt(name.substring(2), 16));
                    }
                    yield name.startsWith("#") ? Character.toString(Integer.parseInt(name.substring(1))) : null;
                } catch (IllegalArgumentException e) {
                    yield null;
                }
            }
        };
    }

    private static void escape(char c, StringBuilder out) {
        switch (c) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&#x27;");
            case '/' -> out.append("&#x2F;");
            default -> out.append(c);
        }
    }
}
