package org.upright.obligation;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.upright.common.PartialDate;

/**
 * Writes deadlines as an iCalendar file (RFC 5545) the focal points import into their calendars: one all-day event
 * per deadline with a reminder 30 days before.
 *
 * <p>A date known to the month falls on the month's last day and one known to the year on 31 December, since a
 * report "due Nov. 2012" is due by the end of that month; the description then says how precise the date is. Each
 * event's UID is derived from what the deadline is, so importing a newer file updates events instead of doubling
 * them. Escaping and line folding are ical4j's.
 */
public final class CalendarWriter {
    static final String PRODUCT = "-//Upright//Obligations//EN";
    static final int REMINDER_DAYS = 30;

    private CalendarWriter() {
    }

    /**
     * The calendar text (CRLF line ends; to be stored as UTF-8) of the deadlines, stamped with {@code stamp} rather
     * than the clock so that the same deadlines give the same file.
     */
    public static String write(String calendarName, List<Deadline> deadlines, Instant stamp) {
        Objects.requireNonNull(calendarName, "calendarName");
        Objects.requireNonNull(stamp, "stamp");
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        // Not in RFC 5545, but the name Google, Apple and Outlook show for an imported or subscribed calendar.
        calendar.add(new XProperty("X-WR-CALNAME", text(calendarName)));
        for (Deadline deadline : deadlines) {
            calendar.add(event(deadline, stamp));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("invalid calendar: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static VEvent event(Deadline deadline, Instant stamp) {
        LocalDate day = day(deadline.date());
        // VEvent(false): without the DTSTAMP of the machine's clock that the other constructors add.
        VEvent event = new VEvent(false);
        event.add(new Uid(uid(deadline)));
        event.add(new DtStamp(stamp));
        event.add(new DtStart<>(day));
        event.add(new DtEnd<>(day.plusDays(1)));
        event.add(new Summary(text(deadline.title())));
        event.add(new Description(text(description(deadline))));
        event.add(new Categories(category(deadline.kind())));
        // A deadline does not make anyone busy that day.
        event.add(ImmutableTransp.TRANSPARENT);
        VAlarm reminder = new VAlarm(Period.ofDays(-REMINDER_DAYS));
        reminder.add(ImmutableAction.DISPLAY);
        reminder.add(new Description(text(deadline.title())));
        event.add(reminder);
        return event;
    }

    /** The day an event falls on: the date itself, else the last day of its month or year. */
    static LocalDate day(PartialDate date) {
        if (date.month() == 0) {
            return LocalDate.of(date.year(), 12, 31);
        }
        YearMonth month = YearMonth.of(date.year(), date.month());
        if (date.day() == 0) {
            return month.atEndOfMonth();
        }
        // A misprinted "31 June" still means that month's end, not a failure to write the whole calendar.
        return month.atDay(Math.min(date.day(), month.lengthOfMonth()));
    }

    /** Stable across runs and machines: the same deadline from the same source is the same event. */
    static String uid(Deadline deadline) {
        String key = deadline.kind() + "|" + deadline.body() + "|" + deadline.date() + "|" + deadline.source();
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)) + "@upright";
    }

    private static String description(Deadline deadline) {
        StringBuilder text = new StringBuilder();
        if (deadline.description() != null && !deadline.description().isBlank()) {
            text.append(deadline.description().strip());
        }
        PartialDate date = deadline.date();
        String precision = date.month() == 0 ? "(date known to the year only)"
                : date.day() == 0 ? "(date known to the month only)" : null;
        if (precision != null) {
            text.append(text.isEmpty() ? "" : " ").append(precision);
        }
        if (deadline.source() != null) {
            text.append(text.isEmpty() ? "" : "\n").append("Source: ").append(deadline.source());
        }
        return text.toString();
    }

    /** iCalendar text has one line break, escaped as "\\n"; a CR of a Windows or old Mac text would be lost. */
    private static String text(String value) {
        return value.replace("\r\n", "\n").replace('\r', '\n');
    }

    static String category(Deadline.Kind kind) {
        return switch (kind) {
            case REPORT -> "Report";
            case FOLLOW_UP -> "Follow-up";
            case UPR_REVIEW -> "UPR";
        };
    }
}
