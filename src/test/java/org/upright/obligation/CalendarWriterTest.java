package org.upright.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.DtStamp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.upright.common.PartialDate;

/** The calendar file is read back with the same library, so escaping and folding are checked as a client sees them. */
class CalendarWriterTest {
    private static final Instant STAMP = Instant.parse("2024-05-06T07:08:09Z");

    private static Deadline report(PartialDate date) {
        return new Deadline(Deadline.Kind.REPORT, date, "CAT", "CAT: third periodic report due",
                "The State party is invited to submit its next report.", "CAT/C/XYZ/CO/2");
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static VEvent onlyEvent(String text) throws Exception {
        List<VEvent> events = parse(text).getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static String value(net.fortuna.ical4j.model.Component event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow();
    }

    private static LocalDate date(VEvent event, String property) {
        return (LocalDate) event.<DateProperty<LocalDate>>getProperty(property).orElseThrow().getDate();
    }

    @Test
    void theCalendarNamesItselfAndUprightAsItsProduct() throws Exception {
        Calendar calendar = parse(CalendarWriter.write("Obligations", List.of(report(new PartialDate(2017, 11, 22))),
                STAMP));
        assertThat(calendar.getProperty("PRODID").map(Property::getValue)).contains("-//Upright//Obligations//EN");
        assertThat(calendar.getProperty("VERSION").map(Property::getValue)).contains("2.0");
        assertThat(calendar.getProperty("X-WR-CALNAME").map(Property::getValue)).contains("Obligations");
        assertThat(calendar.validate(true).hasErrors()).as(calendar.validate(true).toString()).isFalse();
    }

    @Test
    void aDeadlineKnownToTheDayIsAnAllDayEventOnItsDate() throws Exception {
        String text = CalendarWriter.write("Obligations", List.of(report(new PartialDate(2017, 11, 22))), STAMP);
        VEvent event = onlyEvent(text);
        assertThat(text).contains("DTSTART;VALUE=DATE:20171122\r\n", "DTEND;VALUE=DATE:20171123\r\n");
        assertThat(date(event, "DTSTART")).isEqualTo(LocalDate.of(2017, 11, 22));
        assertThat(date(event, "DTEND")).isEqualTo(LocalDate.of(2017, 11, 23));
        assertThat(value(event, "SUMMARY")).isEqualTo("CAT: third periodic report due");
        assertThat(value(event, "DESCRIPTION"))
                .isEqualTo("The State party is invited to submit its next report.\nSource: CAT/C/XYZ/CO/2");
    }

    @ParameterizedTest(name = "{0} falls on {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2012-11    | 2012-11-30 | (date known to the month only)
            2012-02    | 2012-02-29 | (date known to the month only)
            2029       | 2029-12-31 | (date known to the year only)
            2020-11-30 | 2020-11-30 | -
            """)
    void aDateOfLesserPrecisionFallsOnTheLastDayOfItsMonthOrYearAndSaysSo(String iso, LocalDate day, String note)
            throws Exception {
        PartialDate date = parseIso(iso);
        VEvent event = onlyEvent(CalendarWriter.write("Obligations", List.of(report(date)), STAMP));
        assertThat(date(event, "DTSTART")).isEqualTo(day);
        assertThat(date(event, "DTEND")).isEqualTo(day.plusDays(1));
        String description = value(event, "DESCRIPTION");
        if (note == null) {
            assertThat(description).doesNotContain("date known");
        } else {
            assertThat(description).isEqualTo("The State party is invited to submit its next report. " + note
                    + "\nSource: CAT/C/XYZ/CO/2");
        }
    }

    private static PartialDate parseIso(String iso) {
        String[] parts = iso.split("-");
        return new PartialDate(Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 0,
                parts.length > 2 ? Integer.parseInt(parts[2]) : 0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"REPORT, Report", "FOLLOW_UP, Follow-up", "UPR_REVIEW, UPR"})
    void theKindBecomesTheEventsCategory(Deadline.Kind kind, String category) throws Exception {
        Deadline deadline = new Deadline(kind, PartialDate.ofYear(2026), null, "Due", null, null);
        VEvent event = onlyEvent(CalendarWriter.write("Obligations", List.of(deadline), STAMP));
        assertThat(value(event, "CATEGORIES")).isEqualTo(category);
        // Neither description nor source given: only what the writer knows, the date's precision.
        assertThat(value(event, "DESCRIPTION")).isEqualTo("(date known to the year only)");
    }

    @Test
    void theStampIsTheOneGivenNotTheClock() throws Exception {
        VEvent event = onlyEvent(CalendarWriter.write("Obligations", List.of(report(PartialDate.ofYear(2026))), STAMP));
        assertThat(event.<DtStamp>getProperty("DTSTAMP").orElseThrow().getDate()).isEqualTo(STAMP);
        assertThat(event.getProperties("DTSTAMP")).hasSize(1);
    }

    @Test
    void theSameDeadlinesGiveTheSameFile() {
        List<Deadline> deadlines = List.of(report(new PartialDate(2017, 11, 22)), report(PartialDate.ofYear(2026)));
        assertThat(CalendarWriter.write("Obligations", deadlines, STAMP))
                .isEqualTo(CalendarWriter.write("Obligations", deadlines, STAMP));
    }

    @Test
    void theUidIdentifiesTheDeadlineSoAReimportUpdatesInsteadOfDuplicating() throws Exception {
        Deadline first = report(new PartialDate(2017, 11, 22));
        Deadline retitled = new Deadline(first.kind(), first.date(), first.body(), "CAT: next report",
                "reworded", first.source());
        String uid = value(onlyEvent(CalendarWriter.write("A", List.of(first), STAMP)), "UID");
        assertThat(uid).endsWith("@upright").matches("[0-9a-f-]{36}@upright");
        assertThat(value(onlyEvent(CalendarWriter.write("B", List.of(retitled), Instant.EPOCH)), "UID"))
                .isEqualTo(uid);
        Deadline otherSource = new Deadline(first.kind(), first.date(), first.body(), first.title(),
                first.description(), "CAT/C/XYZ/CO/3");
        Deadline otherDate = report(new PartialDate(2017, 11, 23));
        Deadline otherKind = new Deadline(Deadline.Kind.FOLLOW_UP, first.date(), first.body(), first.title(),
                first.description(), first.source());
        List<VEvent> events = parse(CalendarWriter.write("A", List.of(first, otherSource, otherDate, otherKind),
                STAMP)).getComponents("VEVENT");
        assertThat(events).extracting(e -> value(e, "UID")).doesNotHaveDuplicates().hasSize(4);
    }

    @Test
    void aReminderIsShownThirtyDaysBefore() throws Exception {
        VEvent event = onlyEvent(CalendarWriter.write("Obligations", List.of(report(PartialDate.ofYear(2026))), STAMP));
        List<VAlarm> alarms = event.getAlarms();
        assertThat(alarms).hasSize(1);
        VAlarm alarm = alarms.get(0);
        assertThat(alarm.getProperty("TRIGGER").map(Property::getValue)).contains("-P30D");
        assertThat(alarm.getProperty("ACTION").map(Property::getValue)).contains("DISPLAY");
        assertThat(alarm.getProperty("DESCRIPTION").map(Property::getValue)).contains("CAT: third periodic report due");
    }

    @Test
    void hostileTextIsEscapedAndFoldedAndReadsBackUnchanged() throws Exception {
        String name = "Côte d’Ivoire: obligations, reports; follow-up\\all";
        String title = "CEDAW: fifth periodic report, \"as a single document\"; due\nsecond line";
        String description = ("Paragraph 18: the Committee requests, by the date given; Côte d’Ivoire’s "
                + "report — 第五次定期报告 — with a comma, a semicolon; a backslash \\ and a colon: ").repeat(8)
                + "\r\nafter a CRLF";
        Deadline deadline = new Deadline(Deadline.Kind.REPORT, new PartialDate(2022, 3, 31), "CEDAW", title,
                description, "CEDAW/C/CIV/CO/4, para. 18; annex");
        String text = CalendarWriter.write(name, List.of(deadline), STAMP);

        Calendar calendar = parse(text);
        assertThat(calendar.getProperty("X-WR-CALNAME").map(Property::getValue)).contains(name);
        VEvent event = onlyEvent(text);
        assertThat(value(event, "SUMMARY")).isEqualTo(title);
        assertThat(value(event.getAlarms().get(0), "DESCRIPTION")).isEqualTo(title);
        assertThat(value(event, "DESCRIPTION")).isEqualTo(description.replace("\r\n", "\n")
                + "\nSource: CEDAW/C/CIV/CO/4, para. 18; annex");
        assertThat(text.replace("\r\n ", "")).contains(
                "\r\nSUMMARY:CEDAW: fifth periodic report\\, \"as a single document\"\\; due\\nsecond line\r\n");
        // Every physical line ends in CRLF, continuation lines start with a space, none exceeds 75 characters
        // (ical4j counts characters, not the octets RFC 5545 recommends).
        assertThat(text).endsWith("END:VCALENDAR\r\n");
        String[] lines = text.split("\r\n");
        assertThat(lines).allSatisfy(line -> {
            assertThat(line).doesNotContain("\n", "\r");
            assertThat(line.length()).isLessThanOrEqualTo(75);
        });
        assertThat(lines).filteredOn(line -> line.startsWith(" ")).hasSizeGreaterThan(5);
        assertThat(calendar.validate(true).hasErrors()).isFalse();
    }

    @Test
    void noDeadlinesGiveAValidCalendarWithoutEvents() throws Exception {
        String text = CalendarWriter.write("Nothing due", List.of(), STAMP);
        Calendar calendar = parse(text);
        assertThat(calendar.getComponents()).isEmpty();
        assertThat(calendar.getProperty("PRODID")).isPresent();
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
    }

    @Test
    void aMisprintedDayPastTheMonthsEndFallsOnItsLastDay() {
        assertThat(CalendarWriter.day(new PartialDate(2023, 6, 31))).isEqualTo(LocalDate.of(2023, 6, 30));
    }
}
