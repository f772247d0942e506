package org.upright.ingest.treaty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.upright.common.PartialDate;
import org.upright.ingest.model.DocumentInfo;
import org.upright.reference.ReferenceData;

/** Who issued concluding observations, about which State, when they were adopted and what follow-up they ask. */
class ObservationsMetadataTest {
    private static ReferenceData reference;

    @BeforeAll
    static void load() {
        reference = ReferenceData.load();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CAT/C/KAZ/CO/3        | CAT     | KAZ
            CAT/OP/MDV/1          | SPT     | -
            CCPR/C/MNG/CO/6       | HRCttee | MNG
            E/C.12/BOL/CO/3       | CESCR   | BOL
            CERD/C/NOR/CO/23-24   | CERD    | NOR
            CEDAW/C/CIV/CO/4      | CEDAW   | CIV
            CRC/C/VNM/CO/3-4      | CRC     | VNM
            CRC/C/OPAC/VNM/CO/1   | CRC     | VNM
            CRPD/C/SVN/CO/1       | CRPD    | SVN
            CMW/C/SEN/CO/2        | CMW     | SEN
            CED/C/MEX/CO/1        | CED     | MEX
            """)
    void theSpeakerAndTheStateComeFromTheSymbol(String symbol, String body, String country) {
        List<String> warnings = new ArrayList<>();
        ObservationsIdentity identity = ObservationsIdentity.of(
                new DocumentInfo(symbol, null, null, null, null), "", reference, warnings);
        assertThat(identity.body()).isEqualTo(body.equals("-") ? null : body);
        assertThat(identity.info().country()).isEqualTo(country.equals("-") ? null : country);
        assertThat(identity.info().kind()).isEqualTo("concluding-observations");
    }

    @Test
    void withoutASymbolTheTitlePageNamesTheBodyAndTheState() {
        List<String> warnings = new ArrayList<>();
        ObservationsIdentity identity = ObservationsIdentity.of(null, """
                Committee on Economic, Social and Cultural Rights
                Concluding observations on the third periodic report of the Plurinational State of Bolivia*
                """, reference, warnings);
        assertThat(identity.body()).isEqualTo("CESCR");
        assertThat(identity.info().country()).isEqualTo("BOL");
        assertThat(warnings).hasSize(1).allMatch(w -> w.startsWith("no concluding-observations symbol"));
    }

    /** First paragraph | title page | notes ("-" for none) | adoption date. */
    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', textBlock = """
            The Committee considered the report at its 1210th and 1213th meetings, held on 4 and 5 November 2013, and adopted the following concluding observations at its 1228th meeting, held on 19 November 2013. | Distr.: General 12 December 2013 | - | 2013-11-19
            The Committee considered the report at its 3385th meeting, held on 4 July 2017. At its 3408th meeting, held on 20 July 2017, it adopted the present concluding observations. | Distr.: General 22 August 2017 | - | 2017-07-20
            The Committee considered the report at its 1580th meeting, held on 22 February 2018. | Distr.: General 30 March 2018 | * Adopted by the Committee at its sixty-ninth session (19 February–9 March 2018). | 2018-03-09
            The Committee considered the reports. | Concluding observations on the reports of X, adopted by the Committee at its sixtieth session (29 May–15 June 2012) | - | 2012-06-15
            The Committee considered the reports. | Distr.: General 11 January 2019 | - | 2019-01-11
            """)
    void theYearIsTheAdoptionMeetingsElseTheSessionsElseTheDistributionDates(String first, String titlePage,
                                                                            String note, String date) {
        List<String> notes = note.equals("-") ? List.of() : List.of(note);
        assertThat(AdoptionDate.find(List.of(first), titlePage, notes)).map(f -> f.date().toString()).hasValue(date);
    }

    /** A follow-up sentence | the adoption date | the paragraphs | the due date ("-" for none). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Committee requests the State party to provide, by 22 November 2014, follow-up information on its recommendations, as contained in paragraphs 7, 8 and 12 of the present document. | 2013-11-19 | 7 8 12 | 2014-11-22
            In accordance with rule 71, paragraph 5, of its rules of procedure, the State party is requested to provide, within one year, information on the recommendations in paragraphs 10 (national human rights institution), 18 (violence against women) and 24 (conditions of detention) above. | 2015-07-21 | 10 18 24 | 2016-07-21
            The Committee requests the State party to provide, within 24 months of the adoption of the present concluding observations, information on the recommendations contained in paragraphs 17 (a), 33 (b) and 45 (c) above. | 2017-10-06 | 17 33 45 | 2019-10-06
            The Committee requests the State party to provide, within two years, written information on the steps taken to implement the recommendations contained in paragraphs 13 (a) and 21 (b) above. | 2016-03 | 13 21 | 2018-03
            The Committee requests the State party to provide, within one year, information on the recommendations contained in paragraphs 16 and 30 above. | 2018 | 16 30 | 2019
            """)
    void theFollowUpRequestGivesItsParagraphsAndDeadline(String sentence, String adopted, String paragraphs,
                                                        String due) {
        int[] parts = java.util.Arrays.stream(adopted.split("-")).mapToInt(Integer::parseInt).toArray();
        PartialDate date = new PartialDate(parts[0], parts.length > 1 ? parts[1] : 0, parts.length > 2 ? parts[2] : 0);
        FollowUpRequest request = FollowUps.find(List.of(sentence), date).orElseThrow();
        assertThat(request.paragraphs()).containsExactly(
                java.util.Arrays.stream(paragraphs.split(" ")).map(Integer::valueOf).toArray(Integer[]::new));
        assertThat(request.dueDate()).isEqualTo(due.equals("-") ? null : due);
    }

    @Test
    void aRequestToReportOnEverythingInTheNextReportIsNoFollowUpRequest() {
        assertThat(FollowUps.find(List.of("The Committee requests the State party to submit its next periodic report "
                + "and to include information on the recommendations in paragraphs 10 to 12."), null)).isEmpty();
    }
}
