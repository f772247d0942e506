package org.upright.obligation;

import java.util.Objects;
import org.upright.common.PartialDate;

/**
 * Something a State owes by a date, for the focal points' calendars: a report to a treaty body, a reply on the
 * follow-up to selected recommendations, or a UPR review. The date has the precision its source gives (a year, a
 * month or a day); {@code source} names the document or dataset it comes from.
 *
 * @param kind        what is due
 * @param date        when, at the source's precision
 * @param body        the treaty body or mechanism ("CAT", "UPR"); null when none applies
 * @param title       one line for a calendar entry ("CAT: third periodic report due")
 * @param description what the source says, with the paragraphs concerned where there are some
 * @param source      the UN symbol or dataset the date comes from
 */
public record Deadline(Kind kind, PartialDate date, String body, String title, String description, String source) {

    /** The kinds of deadline a calendar shows. */
    public enum Kind {
        /** A periodic (or initial) report to a treaty body. */
        REPORT,
        /** Information on the follow-up to recommendations a treaty body selected. */
        FOLLOW_UP,
        /** The State's next Universal Periodic Review. */
        UPR_REVIEW
    }

    /** Whether the whole period of the date (a year, a month, a day) is over by the day. */
    public boolean passedBy(java.time.LocalDate day) {
        return ReportingCalendar.overdue(date, new PartialDate(day.getYear(), day.getMonthValue(), day.getDayOfMonth()));
    }

    public Deadline {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
    }
}
