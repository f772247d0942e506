package org.upright.ingest.upr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recommendation numbers as UPR documents print them: "95.12" (paragraph and item), "5." (an item of a numbered
 * list, cycle 1), ranges with hyphens or en dashes, the second number whole or shortened ("95.3-95.7", "95.17-18",
 * "95.14– 15"), and lists of them ("95.1, 95.3-95.7 and 95.9").
 */
final class RecommendationNumbers {
    private static final String DASH = "\\s*[-‐‑–—]\\s*";
    private static final String KEY = "(?:\\d{1,3}\\.\\d{1,3}\\.?(?:" + DASH + "(?:\\d{1,3}\\.)?\\d{1,3}\\.?)?"
            + "|\\d{1,3}\\.(?:" + DASH + "\\d{1,3}\\.)?)";
    private static final String SEPARATOR = "(?:\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)";
    /** A list of numbers at the start of a line: "95.11", "95.14– 15", "5., 6., 7.,", "95.1-95.5 and 95.9". */
    static final String KEY_LIST = KEY + "(?:" + SEPARATOR + KEY + ")*";
    private static final Pattern LEADING = Pattern.compile(
            "(?i:recommendations?\\s+(?:nos?\\.\\s*)?)?(" + KEY_LIST + ")(,?)\\s*[:–-]?(?:\\s+(.*))?");
    private static final Pattern ONE_KEY = Pattern.compile(
            "(\\d{1,3})\\.(?:(\\d{1,3})\\.?)?(?:" + DASH + "(?:(\\d{1,3})\\.)?(\\d{1,3})\\.?)?");
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,3})\\.(\\d{1,3})(?:" + DASH
            + "(?:(\\d{1,3})\\.)?(\\d{1,3})(?![\\d/])|\\s+to\\s+(\\d{1,3})\\.(\\d{1,3}))?(?![\\d/]|\\.\\d)");
    /** Plain numbers after "recommendation(s)": "recommendations Nos. 7, 8 and 9", "recommendation 5". */
    private static final Pattern AFTER_WORD = Pattern.compile(
            "(?i)\\brecommendations?\\s+(?:nos?\\.\\s*)?((?:\\d{1,3}(?![\\d]|\\.\\d)\\.?"
            + "(?:(?:" + DASH + "|\\s+to\\s+)\\d{1,3}(?!\\d)\\.?)?"
            + "(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*)?)+)");
    /** "recommendation(s) 95.12", "recommendations: 95.1", "recommendations Nos. 95.1": the paragraph named. */
    private static final Pattern NAMED = Pattern.compile(
            "(?i)\\brecommendations?\\s*[:(]?\\s*(?:nos?\\.\\s*)?(\\d{1,3})\\.\\d{1,3}(?!\\d)");
    private static final Pattern PLAIN_ITEM = Pattern.compile(
            "(\\d{1,3})\\.?(?:(?:" + DASH + "|\\s+to\\s+)(\\d{1,3})\\.?)?");
    /** A line that leaves a list of numbers open for the next line: "..., 95.17-18," or "95.62-". */
    private static final Pattern LIST_GOES_ON = Pattern.compile(
            "(?i)(?:[,\\-‐‑–—]|\\band|\\bor|\\brecommendations?|\\bnos?\\.)$");
    /** The longest ending {@link #LIST_GOES_ON} looks at ("recommendations"), plus a word boundary. */
    private static final int LIST_END_WINDOW = 20;
    /** Ranges longer than this are misprints, not ranges. */
    private static final int MAX_RANGE = 400;

    /** Numbers in order of paragraph, then item. */
    static final Comparator<String> ORDER = Comparator.comparing(RecommendationNumbers::parts,
            (a, b) -> {
                for (int i = 0; i < Math.min(a.length, b.length); i++) {
                    if (a[i] != b[i]) {
                        return Integer.compare(a[i], b[i]);
                    }
                }
                return Integer.compare(a.length, b.length);
            });

    private RecommendationNumbers() {
    }

    /** Numbers found in a text: their span and the numbers they stand for, ranges spelt out. */
    record Found(int start, int end, List<String> numbers) {
    }

    /** The numbers a line starts with, the rest of the line, and whether the list ends in a comma (goes on). */
    record Leading(List<String> numbers, String rest, boolean open) {
    }

    static Optional<Leading> leading(String line) {
        Matcher m = LEADING.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String rest = m.group(3) == null ? "" : m.group(3);
        if (!rest.isEmpty() && Character.isDigit(rest.charAt(0))) {
            return Optional.empty();
        }
        return Optional.of(new Leading(keys(m.group(1)), rest, !m.group(2).isEmpty()));
    }

    /** Whether a line starts with a list of numbers that ends in a comma, so that the next line may go on with it. */
    static boolean opensList(String line) {
        return leading(line).map(Leading::open).orElse(false);
    }

    /** Whether a line ends where a list of numbers goes on to the next line ("..., 95.17-18,", "95.62-", "and"). */
    static boolean leavesListOpen(String line) {
        // Only the line's end matters; looking at the last few characters keeps this linear on long lines.
        Matcher m = LIST_GOES_ON.matcher(line).useTransparentBounds(true);
        m.region(Math.max(0, line.length() - LIST_END_WINDOW), line.length());
        return m.find();
    }

    /** The numbers of a list printed at the start of a line ("5., 6.", "95.14– 15"). */
    static List<String> keys(String list) {
        List<String> numbers = new ArrayList<>();
        Matcher m = ONE_KEY.matcher(list);
        while (m.find()) {
            if (m.group(2) == null) {
                int from = Integer.parseInt(m.group(1));
                numbers.addAll(m.group(4) == null ? List.of(m.group(1))
                        : plainRange(from, Integer.parseInt(m.group(4))));
            } else {
                numbers.addAll(range(m.group(1), m.group(2), m.group(3), m.group(4)));
            }
        }
        return numbers;
    }

    /** Every paragraph-and-item number in a text ("95.1", ranges spelt out), where it stands. */
    static List<Found> dotted(String text) {
        List<Found> found = new ArrayList<>();
        Matcher m = DOTTED.matcher(text);
        while (m.find()) {
            List<String> numbers = m.group(5) != null
                    ? range(m.group(1), m.group(2), m.group(5), m.group(6))
                    : range(m.group(1), m.group(2), m.group(3), m.group(4));
            found.add(new Found(m.start(), m.end(), numbers));
        }
        return found;
    }

    /** Plain item numbers listed after the word "recommendation(s)" (cycle-1 numbering). */
    static List<Found> afterWord(String text) {
        List<Found> found = new ArrayList<>();
        Matcher m = AFTER_WORD.matcher(text);
        while (m.find()) {
            List<String> numbers = new ArrayList<>();
            Matcher item = PLAIN_ITEM.matcher(m.group(1));
            while (item.find()) {
                int from = Integer.parseInt(item.group(1));
                numbers.addAll(item.group(2) == null ? List.of(item.group(1))
                        : plainRange(from, Integer.parseInt(item.group(2))));
            }
            found.add(new Found(m.start(1), m.end(1), numbers));
        }
        return found;
    }

    /** The paragraphs of the numbers after the word "recommendation(s)" in a text ("95" of "recommendation 95.12"). */
    static Set<String> paragraphsNamed(String text) {
        Set<String> paragraphs = new LinkedHashSet<>();
        Matcher m = NAMED.matcher(text);
        while (m.find()) {
            paragraphs.add(m.group(1));
        }
        return paragraphs;
    }

    /** The paragraph of a number ("95" of "95.12"), or null for a plain item number. */
    static String paragraphOf(String number) {
        int dot = number.indexOf('.');
        return dot < 0 ? null : number.substring(0, dot);
    }

    /** The item of a number ("12" of "95.12"; the number itself when plain). */
    static String itemOf(String number) {
        return number.substring(number.indexOf('.') + 1);
    }

    private static List<String> range(String paragraph, String from, String toParagraph, String to) {
        if (to == null) {
            return List.of(paragraph + "." + from);
        }
        if (toParagraph != null && !toParagraph.equals(paragraph)) {
            return List.of(paragraph + "." + from, toParagraph + "." + to);
        }
        List<String> numbers = new ArrayList<>();
        for (String item : plainRange(Integer.parseInt(from), Integer.parseInt(to))) {
            numbers.add(paragraph + "." + item);
        }
        return numbers;
    }

    private static List<String> plainRange(int from, int to) {
        if (to < from || to - from > MAX_RANGE) {
            return List.of(Integer.toString(from), Integer.toString(to));
        }
        List<String> numbers = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            numbers.add(Integer.toString(n));
        }
        return numbers;
    }

    private static int[] parts(String number) {
        String[] pieces = number.split("\\.");
        int[] parts = new int[pieces.length];
        for (int i = 0; i < pieces.length; i++) {
            parts[i] = pieces[i].chars().allMatch(Character::isDigit) && !pieces[i].isEmpty()
                    ? Integer.parseInt(pieces[i]) : Integer.MAX_VALUE;
        }
        return parts;
    }
}
