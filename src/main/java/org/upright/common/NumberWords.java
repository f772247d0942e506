package org.upright.common;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/** Reads small counts written as words or digits, as UN prose gives them ("nine", "16", "twenty-one"). */
public final class NumberWords {
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("no", 0), Map.entry("none", 0), Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90));

    /** The regex fragment for one count: digits or number words. */
    public static final String PATTERN = "(?:\\d[\\d,]*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight"
            + "|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|no|none)";

    /** Ordinal words whose stem is not the cardinal with "th" dropped. */
    private static final Map<String, String> ORDINAL_STEMS = Map.of("first", "one", "second", "two", "third", "three",
            "fifth", "five", "eighth", "eight", "ninth", "nine", "twelfth", "twelve");

    private NumberWords() {
    }

    /**
     * The value of an ordinal in words or digits, as UN documents number sessions ("twentieth", "thirty-fourth",
     * "7th"), if the text is one.
     */
    public static OptionalInt parseOrdinal(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.matches("\\d+(?:st|nd|rd|th)")) {
            return OptionalInt.of(Integer.parseInt(t.replaceAll("\\D", "")));
        }
        String[] parts = t.split("-");
        String last = parts[parts.length - 1];
        String stem = ORDINAL_STEMS.getOrDefault(last, last.endsWith("ieth") ? last.replaceAll("ieth$", "y")
                : last.endsWith("th") ? last.substring(0, last.length() - 2) : null);
        if (stem == null) {
            return OptionalInt.empty();
        }
        parts[parts.length - 1] = stem;
        return parse(String.join("-", parts));
    }

    /** The value of digits ("4,325") or number words ("twenty-one"), if the text is one. */
    public static OptionalInt parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.matches("\\d[\\d,]*")) {
            return OptionalInt.of(Integer.parseInt(t.replace(",", "")));
        }
        int total = 0;
        for (String part : t.split("-")) {
            Integer value = WORDS.get(part);
            if (value == null) {
                return OptionalInt.empty();
            }
            total += value;
        }
        return OptionalInt.of(total);
    }
}
