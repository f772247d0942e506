package org.upright.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartialDateTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            30 June 2009           | 2009-06-30
            26 Aug 1998            | 1998-08-26
            Sept. 2007             | 2007-09
            Oct. 2003              | 2003-10
            July 2009              | 2009-07
            2011                   | 2011
            Initial report received Nov. 2007 | 2007-11
            due Dec. 2009          | 2009-12
            September 12, 2010     | 2010-09-12
            """)
    void unDateFormsAreReadAtTheirPrecision(String text, String iso) {
        assertThat(PartialDate.find(text)).map(PartialDate::toString).contains(iso);
    }

    @ParameterizedTest(name = "\"{0}\" is a date only: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Oct. 2003                        | true
            26 Aug 1998                      | true
            2011                             | true
            Third report due Nov. 2012       | false
            None                             | false
            147 children                     | false
            """)
    void aCellIsADateOnlyWhenNothingElseIsInIt(String text, boolean dateOnly) {
        assertThat(PartialDate.isDateOnly(text)).isEqualTo(dateOnly);
    }

    @ParameterizedTest(name = "\"{0}\" runs {1} to {2}")
    @CsvSource(delimiter = '|', textBlock = """
            11 to 17 June 2004              | 2004-06-11 | 2004-06-17
            5 to 14 May 2009                | 2009-05-05 | 2009-05-14
            28 June to 3 July 2009          | 2009-06-28 | 2009-07-03
            30 November-4 December 2008     | 2008-11-30 | 2008-12-04
            29 December 2008 to 6 January 2009 | 2008-12-29 | 2009-01-06
            July 2009                       | 2009-07    | 2009-07
            """)
    void visitRangesAreReadToTheDay(String text, String start, String end) {
        DateRange range = DateRange.find(text).orElseThrow();
        assertThat(range.start()).hasToString(start);
        assertThat(range.end()).hasToString(end);
    }

    @ParameterizedTest(name = "\"{0}\" last date {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Fourth and fifth report overdue since Sept. 2007 | 2007-09
            Information to be included in fourth report due Dec. 2011 | 2011-12
            Combined reports received 2008, due 2012 | 2012
            """)
    void allDatesOfACellAreFoundInOrder(String text, String last) {
        var dates = PartialDate.findAll(text);
        assertThat(dates.get(dates.size() - 1)).hasToString(last);
    }

    @ParameterizedTest(name = "\"{0}\" = {1}")
    @CsvSource({"nine,9", "16,16", "three,3", "twenty-one,21", "'4,325',4325", "none,0"})
    void countsAreReadFromWordsAndDigits(String text, int value) {
        assertThat(NumberWords.parse(text)).hasValue(value);
    }

    @ParameterizedTest(name = "ISO \"{0}\" reads back as {0}")
    @CsvSource({"2007", "2007-09", "2009-10-31"})
    void isoTextReadsBackToTheSameDate(String iso) {
        assertThat(PartialDate.parseIso(iso)).get().hasToString(iso);
    }

    @ParameterizedTest(name = "\"{0}\" is no ISO date")
    @CsvSource({"Sept. 2007", "2007-13", "2009-02-30x", "''"})
    void otherTextIsNoIsoDate(String text) {
        assertThat(PartialDate.parseIso(text)).isEmpty();
    }
}
