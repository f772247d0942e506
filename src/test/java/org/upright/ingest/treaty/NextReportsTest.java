package org.upright.ingest.treaty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.upright.reference.ReferenceData;

/** The closing request for the next report, in the wordings of each treaty body and of the simplified procedure. */
class NextReportsTest {

    @ParameterizedTest(name = "{1} by {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
            The Committee requests the State party to submit its fifth periodic report by 30 November 2020. \
            | fifth | 2020-11-30
            The Committee invites the State party to submit its combined eighth and ninth periodic reports by \
            15 March 2019 and to include therein information on the follow-up to the present concluding observations. \
            | combined eighth and ninth | 2019-03-15
            The Committee requests the State party to submit its next periodic report by 2024. | next | 2024
            The State party is invited to submit its next periodic report, which will be its seventh, by 28 July 2027. \
            | seventh | 2027-07-28
            The State party is invited to submit its next report, which will be the third periodic report, by \
            22 November 2017. | third | 2017-11-22
            The Committee requests the State party to submit its sixth periodic report under articles 16 and 17 of \
            the Covenant, prepared in accordance with the reporting guidelines adopted by the Committee in 2008 \
            (E/C.12/2008/2), by 31 March 2023. | sixth | 2023-03-31
            The State party is requested to submit its next periodic report by 27 March 2026 and to include in that \
            report specific up-to-date information on the implementation of all the recommendations made in the \
            present concluding observations and of the Covenant as a whole. | next | 2026-03-27
            In accordance with the simplified reporting procedure, the Committee will transmit to the State party a \
            list of issues prior to reporting, and the replies of the State party to which will constitute its next \
            periodic report, due in 2029. | next | 2029
            In line with the predictable review cycle of the Committee, the State party will receive in 2029 the \
            list of issues prior to reporting of the Committee and is expected to submit within one year its \
            replies, which will constitute its fifth periodic report. | fifth | 2030
            The Committee requests the State party to submit its ninth periodic report in October 2022. The report \
            should be submitted on time and cover the entire period up to the time of its submission. \
            | ninth | 2022-10
            The Committee recommends that the State party submit its combined twenty-fifth and twenty-sixth \
            periodic reports, as a single document, by 6 September 2022, taking into account the reporting \
            guidelines adopted during its seventy-first session (CERD/C/2007/1). \
            | combined twenty-fifth and twenty-sixth | 2022-09-06
            The Committee requests the State party to submit its combined second to fourth periodic reports by \
            2 August 2028. | combined second to fourth | 2028-08-02
            The State party is invited to submit its initial report under the Optional Protocol by 1 June 2025. \
            | initial | 2025-06-01
            The next periodic report of the State party should be submitted by 2024. | next | 2024
            The Committee requests the State party to submit, by 30 June 2025, its second periodic report. \
            | second | 2025-06-30
            The Committee requests the State party to submit its overdue fourth periodic report no later than \
            December 2021. | fourth | 2021-12
            The Committee invites the State party to submit its next report by November 30, 2020. | next | 2020-11-30
            The Committee requests the State party to submit its next periodic report, which will be its fifth, by \
            12 May 2027. For that purpose, and in view of the fact that the State party has agreed to report under \
            the simplified reporting procedure, the Committee will, in due course, transmit to the State party a \
            list of issues prior to reporting. The replies of the State party to that list of issues will \
            constitute its fifth periodic report under article 19 of the Convention. | fifth | 2027-05-12
            The Committee requests the State party to submit its report by 2026. | - | 2026
            """)
    void theRequestGivesTheReportAsWrittenAndItsDueDateAtThePrecisionGiven(String paragraph, String ordinal,
                                                                          String due) {
        assertThat(NextReports.find(List.of(paragraph))).contains(new NextReportRequest(ordinal, due));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Noting that the State party submitted its fourth periodic report in 2015, four years late, the Committee \
            requests the State party to submit its fifth periodic report by 30 November 2020. | fifth | 2020-11-30
            The Committee regrets that the third periodic report, which was due on 30 June 2016, was submitted on \
            12 May 2019, and requests the State party to submit its fourth periodic report by 31 May 2024. \
            | fourth | 2024-05-31
            The Committee, recalling that it considered the second periodic report in May 2014, invites the State \
            party to submit its third periodic report in 2027. | third | 2027
            """)
    void aPastReportsDateIsPassedOverForTheDeadline(String paragraph, String ordinal, String due) {
        assertThat(NextReports.find(List.of(paragraph))).contains(new NextReportRequest(ordinal, due));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The Committee requests the State party to submit its next periodic report on time.
            The Committee encourages the State party to submit its common core document in accordance with the \
            harmonized guidelines of 2006 (HRI/GEN/2/Rev.6).
            The Committee considered the fourth periodic report of the State party at its 1500th and 1501st \
            meetings, held on 10 and 11 May 2016.
            The Committee welcomes the submission of the fourth periodic report in 2015.
            The Committee requests the State party to submit, by 1 June 2025, information on the implementation of \
            the recommendations in paragraphs 7 and 9 above, and to include in its next periodic report information \
            on the other recommendations.
            The Committee will establish and communicate the due date of the tenth periodic report of the State \
            party in line with a future predictable calendar of reporting based on an eight-year review cycle.
            The report should be submitted on time and cover the entire period up to the time of its submission.
            The reports should be in compliance with the reporting guidelines adopted on 1 October 2010 and should \
            not exceed 60 pages.
            The next constructive dialogue with the State party will take place in Geneva in 2031.
            """)
    void aParagraphThatMentionsAReportButGivesNoDeadlineGivesNone(String paragraph) {
        assertThat(NextReports.find(List.of(paragraph))).isEmpty();
    }

    @Test
    void theLastParagraphAskingForAReportWithADateWins() {
        String earlier = "The Committee requests the State party to submit its fifth periodic report by 2020.";
        String later = "The Committee requests the State party to submit its sixth periodic report by 2024.";
        String closing = "The Committee requests the State party to disseminate the present concluding observations "
                + "and to submit its next report on time.";
        assertThat(NextReports.find(List.of(earlier, later, closing)))
                .contains(new NextReportRequest("sixth", "2024"));
    }

    @Test
    void lineBreaksOfTheLayoutDoNotSplitTheRequest() {
        String paragraph = "The Committee requests the State party to submit its combined twenty-fifth and\n"
                + "twenty-sixth periodic reports by 31\nOctober 2022.";
        assertThat(NextReports.find(List.of(paragraph)))
                .contains(new NextReportRequest("combined twenty-fifth and twenty-sixth", "2022-10-31"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CAT_C_PRY_CO_2.txt      | third                                  | 2017-11-22
            CCPR_C_MNG_CO_6.txt     | next                                   | 2023-07-28
            E_C.12_BOL_CO_3.txt     | fourth                                 | 2022-10-31
            CRC_C_VNM_CO_3-4.txt    | combined fifth and sixth               | 2018-09-01
            CEDAW_C_CIV_CO_4.txt    | fifth                                  | 2022-03
            CERD_C_NOR_CO_23-24.txt | combined twenty-fifth and twenty-sixth | 2022-09-06
            """)
    void theExtractorFindsTheNextReportOfEachBodysObservations(String file, String ordinal, String due) {
        ConcludingObservationsExtractor extractor = new ConcludingObservationsExtractor(ReferenceData.load());
        Optional<NextReportRequest> request = extractor.nextReport(
                extractor.extract(null, ConcludingObservationsExtractorTest.fixture(file), new ArrayList<>()));
        assertThat(request).contains(new NextReportRequest(ordinal, due));
    }
}
