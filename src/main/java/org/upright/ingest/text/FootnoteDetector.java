package org.upright.ingest.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds footnote references in plain text, where a PDF's superscript numbers have become ordinary digits glued to
 * the word or punctuation before them ("CED10", "ICCPR-OP 2.12", "(CAT),8", "judge;65").
 *
 * <p>Glue alone does not tell a reference from a real number, so the detector uses the convention that reference
 * numbers run upward through a document: among all candidates it keeps the longest chain of near-consecutive
 * numbers in reading order, then admits the few references that tables print out of order.
 */
public final class FootnoteDetector {
    /** The largest step allowed between two kept references (a missed reference or two must not break the chain). */
    static final int MAX_STEP = 10;
    private static final double WEAK = 0.6;
    private static final double GAP_PENALTY = 0.05;

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final String GLUE = ".,;:)]’'\"”";
    /** Words after which a separate number is a quantity or an article, not a reference. */
    private static final Set<String> NUMBER_TAKERS = Set.of(
            "art", "arts", "article", "articles", "para", "paras", "paragraph", "paragraphs", "no", "nos", "goal",
            "goals", "resolution", "resolutions", "chapter", "section", "page", "pages", "of", "to", "and", "or",
            "from", "than", "about", "approximately", "some", "total", "op", "protocol", "rule", "rules", "annex",
            "session", "sessions", "number", "convention", "conventions", "principle", "target", "targets", "by",
            "under", "over", "aged", "age", "at", "the", "in", "on", "for", "with", "only", "least", "all",
            "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
            "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december");

    private final Function<String, List<int[]>> protectedSpans;

    /**
     * @param protectedSpans the spans of a line that are names containing digits ("ICCPR-OP 1"), as [start, end)
     */
    public FootnoteDetector(Function<String, List<int[]>> protectedSpans) {
        this.protectedSpans = protectedSpans;
    }

    /** The result: each line's clean text with its references, and every reference in reading order. */
    public record Result(List<RefText> lines, List<Integer> order) {
    }

    /** A number that may be a reference, with where it stands and how firmly it is glued. */
    record Candidate(int line, int start, int end, int removeFrom, int value, boolean strong) {
        long position() {
            return ((long) line << 32) | start;
        }
    }

    /** Finds the references in lines given in reading order. */
    public Result detect(List<String> lines) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String next = i + 1 < lines.size() ? lines.get(i + 1) : "";
            collect(i, lines.get(i), next, candidates);
        }
        boolean[] chosen = chain(candidates);
        admitOutOfOrder(candidates, chosen);
        return clean(lines, candidates, chosen);
    }

    private void collect(int lineIndex, String line, String nextLine, List<Candidate> out) {
        List<int[]> protect = null;
        Matcher m = DIGITS.matcher(line);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            String digits = m.group();
            if (digits.length() > 3 || digits.charAt(0) == '0') {
                continue;
            }
            char prev = start > 0 ? line.charAt(start - 1) : '\0';
            char next = end < line.length() ? line.charAt(end) : '\0';
            if (!(next == '\0' || Character.isWhitespace(next) || ",.;:)]".indexOf(next) >= 0)) {
                continue;
            }
            if (next == ',' && end + 1 < line.length() && Character.isDigit(line.charAt(end + 1))) {
                continue; // "4,325": a thousands separator
            }
            if (protect == null) {
                protect = protectedSpans.apply(line);
            }
            if (inside(protect, start, end)) {
                continue;
            }
            int value = Integer.parseInt(digits);
            if (Character.isLetter(prev)) {
                if (!isCodeLike(line, start)) {
                    out.add(new Candidate(lineIndex, start, end, start, value, true));
                }
            } else if (prev != '\0' && GLUE.indexOf(prev) >= 0) {
                if (gluedToNumber(line, start, protect)) {
                    continue;
                }
                out.add(new Candidate(lineIndex, start, end, start, value, true));
            } else if (prev == ' ' && next == '\0' && separateReference(line, start, nextLine)) {
                out.add(new Candidate(lineIndex, start, end, start - 1, value, false));
            } else if (prev == ' ' && next == ' ' && afterPunctuation(line, start) && end + 1 < line.length()
                    && Character.isUpperCase(line.charAt(end + 1))) {
                // "racism. 15 The Committee": some extractions set a space before the superscript
                out.add(new Candidate(lineIndex, start, end, start - 1, value, false));
            }
        }
    }

    private static boolean inside(List<int[]> spans, int start, int end) {
        for (int[] span : spans) {
            if (start < span[1] && end > span[0]) {
                return true;
            }
        }
        return false;
    }

    /** "G8", "H1N1": a single capital letter with digits is a code, not a word with a reference. */
    private static boolean isCodeLike(String line, int start) {
        int wordStart = start;
        while (wordStart > 0 && Character.isLetter(line.charAt(wordStart - 1))) {
            wordStart--;
        }
        return start - wordStart == 1 && Character.isUpperCase(line.charAt(wordStart));
    }

    /** "12.5", "76,308": digits after a separator that itself follows a number are part of that number. */
    private static boolean gluedToNumber(String line, int start, List<int[]> protect) {
        char prev = line.charAt(start - 1);
        if ((prev != '.' && prev != ',') || start < 2 || !Character.isDigit(line.charAt(start - 2))) {
            return false;
        }
        if (prev == ',') {
            return true;
        }
        for (int[] span : protect) {
            if (span[1] == start - 1) {
                return false; // "ICCPR-OP 2.12": the name ends, then a reference
            }
        }
        int digitsBefore = 0;
        for (int i = start - 2; i >= 0 && Character.isDigit(line.charAt(i)); i--) {
            digitsBefore++;
        }
        return digitsBefore < 4; // "2009.30" is a year then a reference; "12.5" is a decimal
    }

    /** A number set apart by a space counts only at a line's end, after a word that does not take numbers. */
    private static boolean afterPunctuation(String line, int start) {
        return start >= 2 && ".,;:".indexOf(line.charAt(start - 2)) >= 0
                && (start < 3 || !Character.isDigit(line.charAt(start - 3)));
    }

    private static boolean separateReference(String line, int start, String nextLine) {
        if (!nextLine.isEmpty() && Character.isLowerCase(nextLine.charAt(0)) && !afterPunctuation(line, start)) {
            return false; // "147" + "children": the number continues into the next line
        }
        int wordEnd = start - 1;
        int wordStart = wordEnd;
        while (wordStart > 0 && !Character.isWhitespace(line.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = line.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (word.isEmpty() || word.chars().allMatch(Character::isDigit)) {
            return word.isEmpty() && wordEnd > 0 && ".;:".indexOf(line.charAt(wordEnd - 1)) >= 0;
        }
        return !NUMBER_TAKERS.contains(word);
    }

    /** The best chain of rising, near-consecutive candidates in reading order (dynamic programming). */
    private static boolean[] chain(List<Candidate> candidates) {
        int n = candidates.size();
        double[] score = new double[n];
        int[] back = new int[n];
        Arrays.fill(back, -1);
        Map<Integer, List<Integer>> byValue = new HashMap<>();
        int best = -1;
        for (int i = 0; i < n; i++) {
            Candidate c = candidates.get(i);
            double own = c.strong ? 1.0 : WEAK;
            double bestPrev = c.value <= MAX_STEP ? 0.0 : Double.NEGATIVE_INFINITY;
            for (int step = 1; step <= MAX_STEP; step++) {
                for (int j : byValue.getOrDefault(c.value - step, List.of())) {
                    double s = score[j] - GAP_PENALTY * (step - 1);
                    if (s > bestPrev) {
                        bestPrev = s;
                        back[i] = j;
                    }
                }
            }
            score[i] = bestPrev == Double.NEGATIVE_INFINITY ? Double.NEGATIVE_INFINITY : own + bestPrev;
            if (score[i] != Double.NEGATIVE_INFINITY) {
                byValue.computeIfAbsent(c.value, k -> new ArrayList<>()).add(i);
                if (best < 0 || score[i] > score[best]) {
                    best = i;
                }
            }
        }
        boolean[] chosen = new boolean[n];
        for (int i = best; i >= 0; i = back[i]) {
            chosen[i] = true;
        }
        return chosen;
    }

    /**
     * Tables are read column by column, so a header's reference can come before the references of the cells above
     * it in the page. A number missing from the chain is admitted where it stands if it lies between the chain's
     * neighbours of that number.
     */
    private static void admitOutOfOrder(List<Candidate> candidates, boolean[] chosen) {
        List<Candidate> kept = new ArrayList<>();
        Set<Integer> values = new HashSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (chosen[i]) {
                kept.add(candidates.get(i));
                values.add(candidates.get(i).value);
            }
        }
        if (kept.isEmpty()) {
            return;
        }
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (chosen[i] || values.contains(c.value) || c.value > kept.get(kept.size() - 1).value) {
                continue;
            }
            long lower = Long.MIN_VALUE;
            long upper = Long.MAX_VALUE;
            for (Candidate k : kept) {
                if (k.value <= c.value - MAX_STEP) {
                    lower = Math.max(lower, k.position());
                }
                if (k.value > c.value) {
                    upper = Math.min(upper, k.position());
                }
            }
            if (c.position() > lower && c.position() < upper) {
                chosen[i] = true;
                values.add(c.value);
            }
        }
    }

    private static Result clean(List<String> lines, List<Candidate> candidates, boolean[] chosen) {
        Map<Integer, List<Candidate>> byLine = new HashMap<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (chosen[i]) {
                Candidate c = candidates.get(i);
                byLine.computeIfAbsent(c.line, k -> new ArrayList<>()).add(c);
                order.add(c.value);
            }
        }
        List<RefText> result = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            List<Candidate> refs = byLine.get(i);
            if (refs == null) {
                result.add(RefText.of(line));
                continue;
            }
            StringBuilder text = new StringBuilder();
            List<FootnoteRef> found = new ArrayList<>();
            int from = 0;
            for (Candidate c : refs) {
                text.append(line, from, c.removeFrom);
                found.add(new FootnoteRef(c.value, text.length()));
                from = c.end;
            }
            text.append(line, from, line.length());
            result.add(new RefText(text.toString(), found));
        }
        return new Result(result, order);
    }
}
