package org.upright.ingest.treaty;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.upright.common.DateRange;
import org.upright.common.PartialDate;
import org.upright.ingest.generic.DistributionDate;
import org.upright.ingest.text.SentenceSpans;
import org.upright.ingest.text.Span;

/**
 * When concluding observations were adopted, from the best source the document gives: the meeting at which the
 * first paragraph says they were adopted ("adopted the present concluding observations at its 1228th meeting,
 * held on 19 November 2013"); else the last day of the session the title or its note names ("Adopted by the
 * Committee at its fifty-first session (28 October–22 November 2013)"); else the distribution date, which can fall
 * in the next year and so comes last.
 */
final class AdoptionDate {
    private static final Pattern ADOPTED = Pattern.compile("\\badopted\\b");
    private static final Pattern OBSERVATIONS = Pattern.compile("(?i)concluding observations|conclusions");
    private static final Pattern SESSION = Pattern.compile(
            "(?i)adopted by the Committee at its [^()]{0,80}?session\\s*\\(([^)]*)\\)");

    /** The date and where it came from. */
    record Found(PartialDate date, Source source) {
    }

    /** Where a date came from, best first. */
    enum Source {
        MEETING, SESSION, DISTRIBUTION
    }

    private AdoptionDate() {
    }

    /**
     * The adoption date from the first paragraphs' texts, the title page's text and the notes' texts.
     */
    static Optional<Found> find(List<String> firstParagraphs, String titlePage, List<String> notes) {
        for (String paragraph : firstParagraphs) {
            Optional<PartialDate> meeting = meeting(paragraph);
            if (meeting.isPresent()) {
                return Optional.of(new Found(meeting.get(), Source.MEETING));
            }
        }
        for (String text : concat(titlePage, notes)) {
            Matcher m = SESSION.matcher(text.replaceAll("\\s+", " "));
            if (m.find()) {
                Optional<DateRange> range = DateRange.find(m.group(1));
                if (range.isPresent()) {
                    return Optional.of(new Found(range.get().end(), Source.SESSION));
                }
            }
        }
        return DistributionDate.of(titlePage).map(d -> new Found(d, Source.DISTRIBUTION));
    }

    /** In the sentence saying the observations were adopted: the date after "adopted", else the last before it. */
    static Optional<PartialDate> meeting(String paragraph) {
        for (Span sentence : SentenceSpans.split(paragraph)) {
            String text = sentence.of(paragraph);
            Matcher adopted = ADOPTED.matcher(text);
            if (!adopted.find() || !OBSERVATIONS.matcher(text).find()) {
                continue;
            }
            Optional<PartialDate> after = PartialDate.findAll(text.substring(adopted.end())).stream()
                    .filter(d -> d.day() > 0).findFirst();
            if (after.isPresent()) {
                return after;
            }
            List<PartialDate> before = PartialDate.findAll(text.substring(0, adopted.start())).stream()
                    .filter(d -> d.day() > 0).toList();
            if (!before.isEmpty()) {
                return Optional.of(before.get(before.size() - 1));
            }
        }
        return Optional.empty();
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new java.util.ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
