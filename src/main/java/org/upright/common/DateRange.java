package org.upright.common;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A span of days as UN documents print visits: "11 to 17 June 2004", "28 June to 3 July 2009",
 * "30 November-4 December 2008", or a single date. {@code end} equals {@code start} for one day.
 */
public record DateRange(PartialDate start, PartialDate end) {
    private static final String M = PartialDate.MONTH;
    private static final String TO = "\\s*(?:to|-|–|—|and)\\s*";
    private static final Pattern SAME_MONTH = Pattern.compile(
            "(\\d{1,2})" + TO + "(\\d{1,2})\\s+(" + M + ")\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern TWO_MONTHS = Pattern.compile(
            "(\\d{1,2})\\s+(" + M + ")" + TO + "(\\d{1,2})\\s+(" + M + ")\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern TWO_YEARS = Pattern.compile(
            "(\\d{1,2})\\s+(" + M + ")\\s+(\\d{4})" + TO + "(\\d{1,2})\\s+(" + M + ")\\s+(\\d{4})",
            Pattern.CASE_INSENSITIVE);

    /** The first range or date found in a text. */
    public static Optional<DateRange> find(String text) {
        try {
            Matcher m = TWO_YEARS.matcher(text);
            if (m.find()) {
                return Optional.of(new DateRange(
                        day(m.group(3), m.group(2), m.group(1)), day(m.group(6), m.group(5), m.group(4))));
            }
            m = TWO_MONTHS.matcher(text);
            if (m.find()) {
                return Optional.of(new DateRange(
                        day(m.group(5), m.group(2), m.group(1)), day(m.group(5), m.group(4), m.group(3))));
            }
            m = SAME_MONTH.matcher(text);
            if (m.find()) {
                return Optional.of(new DateRange(
                        day(m.group(4), m.group(3), m.group(1)), day(m.group(4), m.group(3), m.group(2))));
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return PartialDate.find(text).map(date -> new DateRange(date, date));
    }

    /** Whether the range is given to the day, as done visits are. */
    public boolean dayPrecise() {
        return start.day() > 0;
    }

    private static PartialDate day(String year, String month, String day) {
        return new PartialDate(Integer.parseInt(year), PartialDate.month(month).orElseThrow(), Integer.parseInt(day));
    }
}
