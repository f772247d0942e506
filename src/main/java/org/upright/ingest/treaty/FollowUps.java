package org.upright.ingest.treaty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.upright.common.NumberWords;
import org.upright.common.PartialDate;
import org.upright.ingest.text.SentenceSpans;
import org.upright.ingest.text.Span;

/**
 * Finds the follow-up request of concluding observations: the sentence in which the Committee asks the State party
 * to provide information on the recommendations of named paragraphs ("... to provide, by 22 November 2014,
 * information ... as contained in paragraphs 7, 8 and 12 ..."; "... within one year of the adoption of the present
 * concluding observations, information on ... paragraphs 10 (national human rights institution) and 24 (c) above").
 *
 * <p>The paragraphs are the numbers of the last "paragraph(s)" list of that sentence, with what stands in
 * parentheses left out (sub-paragraph letters, topics). A deadline "by" a date is that date; "within" a period
 * counts from the adoption date, at the adoption date's precision.
 */
final class FollowUps {
    private static final Pattern REQUEST = Pattern.compile(
            "(?i)\\brequest(?:s|ed)?\\b.*\\b(?:provide|submit)\\b.*\\bparagraphs?\\s+\\d");
    private static final Pattern PARAGRAPHS = Pattern.compile("(?i)\\bparagraphs?\\s+(?=\\d)");
    private static final Pattern LIST_END = Pattern.compile("(?i)\\s(?:above|below|of the present|in the present)\\b|[.;]\\s*$");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");
    private static final Pattern BY = Pattern.compile("(?i)\\bby\\s+(\\d{1,2}\\s+" + PartialDate.MONTH + "\\s+\\d{4})");
    private static final Pattern WITHIN = Pattern.compile(
            "(?i)\\bwithin\\s+(" + NumberWords.PATTERN + ")\\s+(years?|months?)\\b");

    private FollowUps() {
    }

    /** The request among the paragraphs' texts; {@code adopted} dates a deadline given as a period (may be null). */
    static Optional<FollowUpRequest> find(List<String> paragraphs, PartialDate adopted) {
        for (String paragraph : paragraphs) {
            for (Span sentence : SentenceSpans.split(paragraph)) {
                String text = sentence.of(paragraph);
                if (REQUEST.matcher(text).find() && mentionsFollowUp(text)) {
                    return Optional.of(new FollowUpRequest(numbers(text), due(text, adopted)));
                }
            }
        }
        return Optional.empty();
    }

    /** A follow-up request names a deadline; a request to report on everything in the next report does not. */
    private static boolean mentionsFollowUp(String text) {
        return BY.matcher(text).find() || WITHIN.matcher(text).find();
    }

    static List<Integer> numbers(String sentence) {
        Matcher m = PARAGRAPHS.matcher(sentence);
        int from = -1;
        while (m.find()) {
            from = m.end();
        }
        String list = withoutParentheses(sentence.substring(from));
        Matcher end = LIST_END.matcher(list);
        if (end.find()) {
            list = list.substring(0, end.start());
        }
        List<Integer> numbers = new ArrayList<>();
        Matcher n = NUMBER.matcher(list);
        while (n.find()) {
            numbers.add(Integer.valueOf(n.group()));
        }
        return numbers;
    }

    private static String withoutParentheses(String text) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (char c : text.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String due(String sentence, PartialDate adopted) {
        Matcher by = BY.matcher(sentence);
        if (by.find()) {
            return PartialDate.find(by.group(1)).map(PartialDate::toString).orElse(null);
        }
        Matcher within = WITHIN.matcher(sentence);
        if (!within.find() || adopted == null) {
            return null;
        }
        OptionalInt count = NumberWords.parse(within.group(1));
        if (count.isEmpty()) {
            return null;
        }
        int months = within.group(2).toLowerCase(java.util.Locale.ROOT).startsWith("year")
                ? count.getAsInt() * 12 : count.getAsInt();
        return plusMonths(adopted, months).toString();
    }

    static PartialDate plusMonths(PartialDate date, int months) {
        if (date.day() > 0) {
            LocalDate d = LocalDate.of(date.year(), date.month(), date.day()).plusMonths(months);
            return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
        }
        if (date.month() > 0) {
            int total = date.year() * 12 + date.month() - 1 + months;
            return new PartialDate(total / 12, total % 12 + 1, 0);
        }
        return PartialDate.ofYear(date.year() + months / 12);
    }
}
