package org.upright.common;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date at the precision a UN document gives it: a year, a month or a day ("2011", "Sept. 2007",
 * "30 June 2009"). Printed as an ISO string of that precision: "2011", "2007-09", "2009-06-30".
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("january", 1), Map.entry("feb", 2), Map.entry("february", 2),
            Map.entry("mar", 3), Map.entry("march", 3), Map.entry("apr", 4), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("june", 6), Map.entry("jul", 7),
            Map.entry("july", 7), Map.entry("aug", 8), Map.entry("august", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("september", 9), Map.entry("oct", 10), Map.entry("october", 10),
            Map.entry("nov", 11), Map.entry("november", 11), Map.entry("dec", 12), Map.entry("december", 12));

    /** A month name or UN abbreviation ("Sept.", "Aug", "June"), as a regex fragment. */
    public static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(\\d{1,2})\\s+(" + MONTH + ")\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(" + MONTH + ")\\s+(\\d{1,2}),?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "(" + MONTH + ")\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("(?<![\\d/-])((?:19|20)\\d{2})(?![\\d/])");
    private static final Pattern WHOLE = Pattern.compile(
            "\\s*(?:(?:\\d{1,2}\\s+)?" + MONTH + "\\s+)?(?:19|20)\\d{2}\\s*\\.?\\s*", Pattern.CASE_INSENSITIVE);

    public PartialDate {
        if (year < 1000 || year > 9999 || month < 0 || month > 12 || day < 0 || day > 31 || (month == 0 && day > 0)) {
            throw new IllegalArgumentException("not a date: " + year + "-" + month + "-" + day);
        }
    }

    /** A year only. */
    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0);
    }

    /** The month number of a month name or abbreviation ("Sept." gives 9), if it is one. */
    public static Optional<Integer> month(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace(".", "").strip();
        return Optional.ofNullable(MONTHS.get(key));
    }

    /** Whether the whole text is one date and nothing else ("Oct. 2003", "26 Aug 1998", "2011"). */
    public static boolean isDateOnly(String text) {
        return WHOLE.matcher(text).matches();
    }

    /** The most precise date found first in a text, if any ("report due Dec. 2011" gives 2011-12). */
    public static Optional<PartialDate> find(String text) {
        int best = Integer.MAX_VALUE;
        PartialDate found = null;
        for (Pattern pattern : new Pattern[] {DAY_MONTH_YEAR, MONTH_DAY_YEAR, MONTH_YEAR, YEAR}) {
            Matcher m = pattern.matcher(text);
            if (m.find() && m.start() < best) {
                PartialDate date = fromMatch(pattern, m);
                if (date != null) {
                    best = m.start();
                    found = date;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** Every date in a text, left to right, each read at the most precise form that starts there. */
    public static java.util.List<PartialDate> findAll(String text) {
        java.util.List<PartialDate> dates = new java.util.ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int bestStart = Integer.MAX_VALUE;
            int bestEnd = -1;
            PartialDate best = null;
            for (Pattern pattern : new Pattern[] {DAY_MONTH_YEAR, MONTH_DAY_YEAR, MONTH_YEAR, YEAR}) {
                Matcher m = pattern.matcher(text);
                if (m.find(from) && m.start() < bestStart) {
                    PartialDate date = fromMatch(pattern, m);
                    if (date != null) {
                        bestStart = m.start();
                        bestEnd = m.end();
                        best = date;
                    }
                }
            }
            if (best == null) {
                break;
            }
            dates.add(best);
            from = bestEnd;
        }
        return dates;
    }

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?");

    /** The date an ISO string of any precision gives ("2007", "2007-09", "2007-09-30"): the inverse of toString. */
    public static Optional<PartialDate> parseIso(String text) {
        Matcher m = text == null ? null : ISO.matcher(text.strip());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PartialDate(Integer.parseInt(m.group(1)),
                    m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 0 : Integer.parseInt(m.group(3))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The date a text consists of, if it is nothing but a date. */
    public static Optional<PartialDate> parse(String text) {
        return isDateOnly(text) ? find(text) : Optional.empty();
    }

    private static PartialDate fromMatch(Pattern pattern, Matcher m) {
        try {
            if (pattern == DAY_MONTH_YEAR) {
                return new PartialDate(Integer.parseInt(m.group(3)), month(m.group(2)).orElseThrow(),
                        Integer.parseInt(m.group(1)));
            }
            if (pattern == MONTH_DAY_YEAR) {
                return new PartialDate(Integer.parseInt(m.group(3)), month(m.group(1)).orElseThrow(),
                        Integer.parseInt(m.group(2)));
            }
            if (pattern == MONTH_YEAR) {
                return new PartialDate(Integer.parseInt(m.group(2)), month(m.group(1)).orElseThrow(), 0);
            }
            return ofYear(Integer.parseInt(m.group(1)));
        } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
            return null;
        }
    }

    /** Months from this date to another, counting by month only (negative when the other is earlier). */
    public int monthsUntil(PartialDate other) {
        return (other.year - year) * 12 + (Math.max(other.month, 1) - Math.max(month, 1));
    }

    @Override
    public int compareTo(PartialDate other) {
        int c = Integer.compare(year, other.year);
        if (c == 0) {
            c = Integer.compare(month, other.month);
        }
        return c != 0 ? c : Integer.compare(day, other.day);
    }

    /** ISO 8601 at the date's own precision. */
    @Override
    public String toString() {
        if (month == 0) {
            return Integer.toString(year);
        }
        if (day == 0) {
            return String.format(Locale.ROOT, "%04d-%02d", year, month);
        }
        return String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    }
}
