package org.upright.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The HTML being written, with escaping and footnote references: a reference becomes a superscript link to its
 * endnote when the endnote is stored, a plain superscript otherwise (never a link to nothing).
 */
final class CompilationMarkup {
    private final StringBuilder html = new StringBuilder(64 * 1024);
    private final Set<Integer> endnotes;
    private final Map<Integer, Integer> uses = new HashMap<>();
    /** Every reference written, in order. */
    private final List<Integer> written = new ArrayList<>();

    CompilationMarkup(Set<Integer> endnotes) {
        this.endnotes = endnotes;
    }

    CompilationMarkup raw(String markup) {
        html.append(markup);
        return this;
    }

    CompilationMarkup text(String text) {
        html.append(escape(text));
        return this;
    }

    /** One element with escaped text: {@code <tag>text</tag>}. */
    CompilationMarkup element(String tag, String text) {
        html.append('<').append(tag).append('>').append(escape(text)).append("</").append(tag).append('>');
        return this;
    }

    /** A footnote reference; a null number writes nothing. */
    CompilationMarkup reference(Integer number) {
        if (number == null) {
            return this;
        }
        written.add(number);
        if (endnotes.contains(number)) {
            int use = uses.merge(number, 1, Integer::sum);
            html.append("<sup class=\"ref\"><a id=\"ref-").append(number).append('-').append(use)
                    .append("\" href=\"#fn-").append(number).append("\">").append(number).append("</a></sup>");
        } else {
            html.append("<sup class=\"ref\">").append(number).append("</sup>");
        }
        return this;
    }

    /** The references written so far, in reading order. */
    List<Integer> written() {
        return written;
    }

    /** Whether the endnote was referenced from the text, and how many times (for the back links). */
    int uses(int number) {
        return uses.getOrDefault(number, 0);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return html.toString();
    }
}
