package org.upright.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits prose into sentences the way UN documents punctuate them: a full stop, question or exclamation mark
 * followed by a capital or a digit ends one, unless it closes an abbreviation ("art.", "para.", "No.", "Add.") or
 * an initial.
 *
 * <p>Stands in for the compilation extractor's sentence splitter while that is package-private; the two follow the
 * same rules, so switching changes no output.
 */
public final class SentenceSpans {
    private static final String CLOSERS = "\"”’)";
    private static final String OPENERS = "\"“‘(";
    private static final Set<String> ABBREVIATIONS = Set.of(
            "art", "arts", "para", "paras", "no", "nos", "e.g", "i.e", "mr", "ms", "mrs", "dr", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "st", "corr", "add", "rev", "vol", "p",
            "pp", "op", "cit", "inc", "co", "ltd", "v", "vs", "ibid", "chap", "sect", "fig", "approx", "incl", "u.n",
            "gen", "prof", "doc", "res", "cf", "al");

    private SentenceSpans() {
    }

    /** The sentences of a text with references, each with the references that stand in it or glued to its end. */
    public static List<RefText> split(RefText text) {
        List<RefText> sentences = new ArrayList<>();
        for (Span span : split(text.text())) {
            sentences.add(text.slice(span.start(), span.end()));
        }
        return sentences;
    }

    /** The sentences of the whole text. */
    public static List<Span> split(String text) {
        return split(text, new Span(0, text.length()));
    }

    /** The sentences inside {@code within}, white space between them left out. */
    public static List<Span> split(String text, Span within) {
        List<Span> sentences = new ArrayList<>();
        Span whole = within.trim(text);
        int start = whole.start();
        int n = whole.end();
        for (int i = start; i < n; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '?' && c != '!') {
                continue;
            }
            int end = i + 1;
            while (end < n && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                end++; // a closing quote or parenthesis stays with its sentence
            }
            int next = end;
            while (next < n && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next == end || next >= n || !startsSentence(text, next, n) || isAbbreviation(text, i)) {
                continue;
            }
            sentences.add(new Span(start, end));
            start = next;
            i = next - 1;
        }
        if (start < n) {
            sentences.add(new Span(start, n));
        }
        return sentences;
    }

    private static boolean startsSentence(String text, int at, int n) {
        int first = at;
        if (OPENERS.indexOf(text.charAt(first)) >= 0 && first + 1 < n) {
            first++;
        }
        char c = text.charAt(first);
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    private static boolean isAbbreviation(String text, int dot) {
        if (text.charAt(dot) != '.') {
            return false;
        }
        int wordStart = dot;
        while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1)) && text.charAt(wordStart - 1) != '(') {
            wordStart--;
        }
        String word = text.substring(wordStart, dot).toLowerCase(Locale.ROOT);
        if (word.length() == 1 && Character.isLetter(word.charAt(0)) && Character.isUpperCase(text.charAt(dot - 1))) {
            return true; // an initial: "J. Smith"
        }
        return ABBREVIATIONS.contains(word);
    }
}
