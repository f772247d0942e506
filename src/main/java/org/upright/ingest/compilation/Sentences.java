package org.upright.ingest.compilation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.upright.ingest.text.RefText;

/** Splits text into sentences the way UN prose punctuates them, abbreviations such as "art." and "Sept." kept whole. */
final class Sentences {
    private static final String CLOSERS = "\"”’)";
    private static final String OPENERS = "\"“‘(";
    private static final Set<String> ABBREVIATIONS = Set.of(
            "art", "arts", "para", "paras", "no", "nos", "e.g", "i.e", "mr", "ms", "mrs", "dr", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "st", "corr", "add", "rev", "vol", "p",
            "pp", "op", "cit", "inc", "co", "ltd", "v", "vs", "ibid", "chap", "sect", "fig", "approx", "incl", "u.n",
            "h.e", "gen", "prof", "doc", "res");

    private Sentences() {
    }

    /** The sentences of a text, each with its references; a reference glued after a full stop stays with its sentence. */
    static List<RefText> split(RefText text) {
        List<RefText> sentences = new ArrayList<>();
        String s = text.text();
        int start = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c != '.' && c != '?' && c != '!') {
                continue;
            }
            int end = i + 1;
            if (end < n && CLOSERS.indexOf(s.charAt(end)) >= 0) {
                end++; // "...Kazakhstan.\"" keeps its closing quote
            }
            int next = end;
            while (next < n && Character.isWhitespace(s.charAt(next))) {
                next++;
            }
            if (next == end || next >= n) {
                continue;
            }
            int first = next;
            if (OPENERS.indexOf(s.charAt(first)) >= 0 && first + 1 < n) {
                first++;
            }
            char starts = s.charAt(first);
            if (!(Character.isUpperCase(starts) || Character.isDigit(starts)) || isAbbreviation(s, i)) {
                continue;
            }
            if (end > start) {
                sentences.add(text.slice(start, end));
            }
            start = next;
            i = next - 1;
        }
        if (start < n) {
            sentences.add(text.slice(start, n));
        }
        return sentences;
    }

    private static boolean isAbbreviation(String s, int dot) {
        if (dot < 0 || s.charAt(dot) != '.') {
            return false;
        }
        int wordStart = dot;
        while (wordStart > 0 && !Character.isWhitespace(s.charAt(wordStart - 1)) && s.charAt(wordStart - 1) != '(') {
            wordStart--;
        }
        String word = s.substring(wordStart, dot).toLowerCase(Locale.ROOT);
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return true; // an initial
        }
        return ABBREVIATIONS.contains(word);
    }
}
