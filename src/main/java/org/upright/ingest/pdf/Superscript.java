package org.upright.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A run of superscript glyphs: its extent, its text, and the footnote numbers it holds when it is made of numbers
 * only ("12", "1, 2", "3-5"); anything else raised ("th", "*") is text.
 */
record Superscript(float x, float xEnd, String text, List<Integer> numbers) {
    private static final Pattern NUMBERS = Pattern.compile("\\d{1,4}(?:\\s*(?:[,;]\\s*|[-–]\\s*|\\s)\\d{1,4})*[,;]?");
    private static final Pattern NUMBER_OR_RANGE = Pattern.compile("(\\d{1,4})(?:\\s*[-–]\\s*(\\d{1,4}))?");
    /** A printed range "3-5" stands for its numbers, as long as it is short. */
    private static final int MAX_RANGE = 20;

    static Superscript of(List<Glyph> run) {
        List<Glyph> sorted = new ArrayList<>(run);
        sorted.sort(Comparator.comparingDouble(Glyph::x));
        StringBuilder text = new StringBuilder();
        float end = sorted.get(0).x();
        float x = sorted.get(0).x();
        for (Glyph g : sorted) {
            if (!text.isEmpty() && g.x() - end > 0.2f * g.size()) {
                text.append(' ');
            }
            text.append(g.text());
            end = Math.max(end, g.xEnd());
        }
        String clean = text.toString().strip();
        return new Superscript(x, end, clean, numbers(clean));
    }

    /** Whether the run is footnote numbers. */
    boolean isReference() {
        return !numbers.isEmpty();
    }

    private static List<Integer> numbers(String text) {
        if (!NUMBERS.matcher(text).matches()) {
            return List.of();
        }
        List<Integer> numbers = new ArrayList<>();
        Matcher m = NUMBER_OR_RANGE.matcher(text);
        while (m.find()) {
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            if (to >= from && to - from <= MAX_RANGE) {
                for (int n = from; n <= to; n++) {
                    numbers.add(n);
                }
            } else {
                numbers.add(from);
                numbers.add(to);
            }
        }
        return List.copyOf(numbers);
    }
}
