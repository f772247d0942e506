package org.upright.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.upright.common.PartialDate;

/** The date rules obligations rest on, at every precision a UN document gives a date. */
class ObligationRulesTest {

    private static PartialDate date(String iso) {
        return PartialDate.parseIso(iso).orElseThrow();
    }

    @ParameterizedTest(name = "due {0}, asked {1}: overdue {2}")
    @CsvSource({
        "2012-11, 2012-11-30, false", "2012-11, 2012-12-01, true", "2011, 2011-12-31, false", "2011, 2012-01-01, true",
        "2011-03-29, 2011-03-29, false", "2011-03-29, 2011-03-30, true", "2024-02, 2024-02-29, false"})
    void aReportIsOverdueOnlyOnceTheWholePeriodOfItsDateHasPassed(String due, String asked, boolean overdue) {
        PartialDate day = date(asked);
        assertThat(ReportingCalendar.overdue(date(due), day)).isEqualTo(overdue);
    }

    @ParameterizedTest(name = "{0} after {1}: {2}")
    @CsvSource({
        "2009, 2009-10-31, false", "2010, 2009-10-31, true", "2009-11, 2009-10-31, true", "2009-10, 2009-10-31, false",
        "2009-10-31, 2009-10-31, false", "2009-11-01, 2009-10-31, true", "2008-12-31, 2009-01-01, false"})
    void aDateIsAfterTheDayOnlyWhenItCertainlyIs(String date, String day, boolean after) {
        assertThat(RatificationRegistry.after(date(date), date(day))).isEqualTo(after);
    }

    @ParameterizedTest(name = "{0} and {1} agree: {2}")
    @CsvSource({
        "1998, 1998-08-26, true", "1998-08, 1998-08-26, true", "1998-08-26, 1998-08-26, true",
        "1999, 1998-08-26, false", "1998-09, 1998-08-26, false", "1998-08-25, 1998-08-26, false"})
    void datesAgreeAtThePrecisionOfTheLessPreciseOne(String a, String b, boolean agree) {
        assertThat(RatificationRegistry.compatible(date(a), date(b))).isEqualTo(agree);
    }

    @ParameterizedTest(name = "{0} party {1}: initial report due {2}")
    @CsvSource({
        "CED, 2009-02-27, 2011-03-29", "CED, 2009-02, 2011-03", "CED, 2009, 2011",
        "ICCPR, 2006-01-24, 2007-04-24", "CRC, 1994-08-12, 1996-09-11", "OP-CRC-AC, 2003-04-10, 2005-05-10"})
    void theInitialReportIsDueFromEntryIntoForce(String instrument, String party, String due) {
        ReportingPeriods.Period period = ReportingPeriods.load().of(instrument).orElseThrow();
        assertThat(period.initialDue(date(party))).hasToString(due);
    }

    @ParameterizedTest(name = "{0}: periodic every {1}")
    @CsvSource({"CAT, 4", "CRC, 5", "ICESCR, 5", "CEDAW, 4", "CRPD, 4", "ICRMW, 5", "ICERD, 2"})
    void theNextPeriodicReportFollowsTheLastObservationsByTheTreatysPeriod(String instrument, int years) {
        ReportingPeriods.Period period = ReportingPeriods.load().of(instrument).orElseThrow();
        assertThat(period.periodicDue(date("2008-11"))).contains(new PartialDate(2008 + years, 11, 0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        paragraphs 7 (torture by law enforcement officers), 9 (legal safeguards) and 29 (evidence). | 7 9 29
        paragraphs 12, 14 and 21 above.                                                           | 12 14 21
        paragraph 18 (prosecution of torture).                                                     | 18
        information on its response to the recommendations.                                       |
        """)
    void theParagraphsOfAFollowUpRequestAreReadOutsideTheirParentheses(String text, String expected) {
        List<Integer> numbers = expected == null ? List.of()
                : Arrays.stream(expected.split(" ")).map(Integer::valueOf).toList();
        assertThat(FollowUpRequests.paragraphNumbers(text)).isEqualTo(numbers);
    }

    @ParameterizedTest(name = "{0} of {1} overdue: {2} per cent up to date")
    @CsvSource({"8, 1, 88", "4, 4, 0", "3, 0, 100"})
    void complianceIsTheShareOfBodiesUpToDate(int bodies, int overdue, int percent) {
        List<BodyReporting> rows = new java.util.ArrayList<>();
        for (int i = 0; i < bodies; i++) {
            rows.add(new BodyReporting("B" + i, "I" + i, null, null,
                    i < overdue ? ReportingStatus.OVERDUE : ReportingStatus.DUE, PartialDate.ofYear(2020), null,
                    null, false, Source.computed("test")));
        }
        assertThat(ReportingCompliance.of(rows).percentUpToDate()).isEqualTo(percent);
        assertThat(ReportingCompliance.of(List.of()).percentUpToDate()).isNull();
    }
}
