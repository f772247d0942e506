package org.upright.ingest.treaty;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.upright.common.NumberWords;
import org.upright.common.PartialDate;
import org.upright.ingest.text.SentenceSpans;
import org.upright.ingest.text.Span;

/**
 * Finds when concluding observations ask for the State party's next report, in the sentence that closes them in
 * every treaty body's wording: "requests the State party to submit its fifth periodic report by 30 November 2020",
 * "invites ... to submit its combined eighth and ninth periodic reports by 15 March 2019", "to submit its next
 * report, which will be the third periodic report, by 22 November 2017", "its ninth periodic report in October
 * 2022", "... should be submitted by 2024", and under the simplified reporting procedure "... will receive in 2029
 * the Committee's list of issues prior to reporting and will be expected to submit within one year its replies,
 * which will constitute its fifth periodic report".
 *
 * <p>The report must be what is submitted (the object of "submit" or "constitute", or the subject of "should be
 * submitted" / "is due"), so a request to submit information that merely mentions the next report does not count,
 * nor does a past submission ("submitted its fourth periodic report in 2015"). The due date is the first date after
 * the report introduced by "by", "before" or "no later than", else one introduced by "in" or "on" that does not
 * date something already done ("guidelines adopted in 2008"). Under the simplified procedure with no such date, the
 * date the list of issues is expected counts, plus the period the State has to reply.
 */
public final class NextReports {
    private static final String ORDINAL = "(?:(?:(?:twenty|thirty|forty)-)?(?:first|second|third|fourth|fifth|sixth"
            + "|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
            + "|eighteenth|nineteenth)|twentieth|thirtieth|fortieth)";
    private static final String ORDINALS = ORDINAL + "(?:(?:\\s*,\\s*|\\s+(?:and|to)\\s+)" + ORDINAL + ")*";
    /** "its next periodic report", "the combined second to fourth periodic reports", "its initial report". */
    private static final String REPORT = "(?:(?:its|the|their)\\s+)?(?:(?:long[\\s-])?overdue\\s+)?"
            + "(?:(?<ordinal>(?:combined\\s+)?(?:next|initial|" + ORDINALS + "))\\s+)?"
            + "(?:(?:periodic|initial)\\s+)?reports?\\b";
    private static final String DATE = "(?:\\d{1,2}\\s+" + PartialDate.MONTH + "\\s+\\d{4}|" + PartialDate.MONTH
            + "\\s+\\d{1,2},?\\s+\\d{4}|" + PartialDate.MONTH + "\\s+\\d{4}|(?:19|20)\\d{2})(?![\\d/])";
    private static final String DEADLINE = "(?:by|before|no later than|not later than|on or before|until)\\s+"
            + "(?:the end of\\s+)?(?<date>" + DATE + ")";

    /** "submit its fifth periodic report", "submit, by 30 June 2025, its ...", "constitute its next report". */
    private static final Pattern ACTIVE = Pattern.compile("(?i)\\b(?:submit|submits|constitute|constitutes)\\b"
            + "\\s*(?:,(?<aside>[^,]{1,100}),)?\\s*" + REPORT);
    /** "its next periodic report should be submitted", "the initial report of the State party, ..., is due". */
    private static final Pattern PASSIVE = Pattern.compile("(?i)\\b" + REPORT + "(?:\\s+of the State party)?"
            + "(?:\\s*,[^,]{0,150},)?\\s+"
            + "(?:(?:should|shall|must|will|is to|are to)\\s+be\\s+submitted|(?:is|are|will be|falls?)\\s+due)\\b");
    private static final Pattern STRONG = Pattern.compile("(?i)\\b" + DEADLINE);
    private static final Pattern WEAK = Pattern.compile("(?i)\\b(?:in|on|due in|due on)\\s+(?<date>" + DATE + ")");
    /** A date in the same clause as one of these dates something done, not something due. */
    private static final Pattern DONE = Pattern.compile("(?i)\\b(?:adopted|submitted|received|considered|held"
            + "|issued|published|ratified|acceded|entered|examined|reviewed)\\b");
    private static final Pattern WHICH_WILL_BE = Pattern.compile(
            "(?i)\\s*,?\\s*which will be (?:its|the)\\s+(?<ordinal>" + ORDINALS + ")\\b");
    private static final Pattern LIST_OF_ISSUES = Pattern.compile("(?i)\\blist of issues\\b");
    private static final Pattern WITHIN = Pattern.compile(
            "(?i)\\bwithin\\s+(" + NumberWords.PATTERN + ")\\s+(years?|months?)\\b");

    private NextReports() {
    }

    /** The request of the last paragraph, among the paragraphs' texts, that asks for a report by a date. */
    public static Optional<NextReportRequest> find(List<String> paragraphTexts) {
        for (int p = paragraphTexts.size() - 1; p >= 0; p--) {
            String paragraph = paragraphTexts.get(p).replaceAll("\\s+", " ");
            List<Span> sentences = SentenceSpans.split(paragraph);
            for (int s = sentences.size() - 1; s >= 0; s--) {
                Optional<NextReportRequest> request = inSentence(sentences.get(s).of(paragraph));
                if (request.isPresent()) {
                    return request;
                }
            }
        }
        return Optional.empty();
    }

    static Optional<NextReportRequest> inSentence(String sentence) {
        Matcher active = ACTIVE.matcher(sentence);
        while (active.find()) {
            PartialDate due = dueIn(active.group("aside"));
            if (due == null) {
                due = dueAfter(sentence, active.end());
            }
            if (due == null && LIST_OF_ISSUES.matcher(sentence).find()) {
                due = listOfIssuesDue(sentence);
            }
            if (due != null) {
                return Optional.of(new NextReportRequest(ordinal(sentence, active), due.toString()));
            }
        }
        Matcher passive = PASSIVE.matcher(sentence);
        while (passive.find()) {
            PartialDate due = dueAfter(sentence, passive.end());
            if (due != null) {
                return Optional.of(new NextReportRequest(ordinal(sentence, passive), due.toString()));
            }
        }
        return Optional.empty();
    }

    /** "next" says least; "its next report, which will be the third periodic report" names it. */
    private static String ordinal(String sentence, Matcher report) {
        String ordinal = report.group("ordinal");
        if (ordinal == null || ordinal.equalsIgnoreCase("next")) {
            Matcher which = WHICH_WILL_BE.matcher(sentence).region(report.end(), sentence.length());
            if (which.lookingAt()) {
                return which.group("ordinal");
            }
        }
        return ordinal;
    }

    /** The deadline of an aside before the report ("submit, by 30 June 2025, its ..."), if it gives one. */
    private static PartialDate dueIn(String aside) {
        if (aside == null) {
            return null;
        }
        Matcher strong = STRONG.matcher(aside);
        return strong.find() ? PartialDate.find(strong.group("date")).orElse(null) : null;
    }

    private static PartialDate dueAfter(String sentence, int from) {
        Matcher strong = STRONG.matcher(sentence);
        if (strong.find(from)) {
            return PartialDate.find(strong.group("date")).orElse(null);
        }
        Matcher weak = WEAK.matcher(sentence);
        int at = from;
        while (weak.find(at)) {
            if (!DONE.matcher(clauseBefore(sentence, weak.start())).find()) {
                return PartialDate.find(weak.group("date")).orElse(null);
            }
            at = weak.end();
        }
        return null;
    }

    /** The text from the last comma, semicolon or parenthesis before a position to it. */
    private static String clauseBefore(String sentence, int position) {
        int start = 0;
        for (int i = position - 1; i >= 0; i--) {
            char c = sentence.charAt(i);
            if (c == ',' || c == ';' || c == '(' || c == ')') {
                start = i + 1;
                break;
            }
        }
        return sentence.substring(start, position);
    }

    /**
     * Under the simplified reporting procedure the replies to the list of issues are the report: due when the list is
     * expected ("will receive in 2029 the list of issues"), plus the time given to reply ("within one year").
     */
    private static PartialDate listOfIssuesDue(String sentence) {
        PartialDate date = null;
        int end = -1;
        for (Pattern pattern : new Pattern[] {STRONG, WEAK}) {
            Matcher m = pattern.matcher(sentence);
            while (m.find()) {
                if (m.end() > end) {
                    date = PartialDate.find(m.group("date")).orElse(null);
                    end = m.end();
                }
            }
        }
        if (date == null) {
            return null;
        }
        Matcher within = WITHIN.matcher(sentence);
        if (!within.find(end)) {
            return date;
        }
        OptionalInt count = NumberWords.parse(within.group(1));
        if (count.isEmpty()) {
            return date;
        }
        int months = within.group(2).toLowerCase(Locale.ROOT).startsWith("year") ? count.getAsInt() * 12
                : count.getAsInt();
        return FollowUps.plusMonths(date, months);
    }
}
