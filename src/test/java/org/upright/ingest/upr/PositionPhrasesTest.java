package org.upright.ingest.upr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PositionPhrasesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The recommendations listed below enjoy the support of Kazakhstan:                           | Supported
            have been examined by Slovenia and enjoy the support of Slovenia:                            | Supported
            The following recommendations have been examined by China and enjoy its support:          | Supported
            The following recommendations did not receive the support of Egypt:                        | Noted
            The following recommendations did not enjoy the support of Kazakhstan and would thus be noted: | Noted
            The following recommendations will be examined by Slovenia, which will provide responses in due time | -
            The Government accepts the following recommendations 122.1, 122.12                          | Supported
            For the time being, the Government notes recommendations 122.2-10, 122.13                    | Noted
            Slovenia supports recommendations 95.1 and 95.2.                                              | Supported
            The recommendations 95.3 and 95.4 were noted by Slovenia.                                    | Noted
            Slovenia takes note of recommendation 95.6.                                                  | Noted
            Slovenia rejects recommendation 95.7.                                                        | Noted
            Recommendation 95.8 is not accepted.                                                         | Noted
            Slovenia cannot accept the recommendation for the following reasons:                         | Noted
            Slovenia does not accept this recommendation, as it is incomprehensible.                     | Noted
            Slovenia is not in a position to accept this recommendation.                                 | Noted
            Slovenia cannot, at this point in time, make a definitive statement.                         | Noted
            Slovenia accepts the recommendation and notes that it has already acted accordingly.        | Supported
            Slovenia partially accepts the recommendation.                                               | Supported
            It accepts the recommendation on legal aid. It cannot accept the recommendation on courts. | Supported
            Slovenia agrees with the importance of the Programme. It notes the adoption of a Programme. | -
            Under the National Programme, Slovenia supports new developments in palliative care.        | -
            It has noted that maternal mortality rates already show a decreasing trend.                 | -
            Kazakhstan considers that recommendations Nos. 7, 8 above have already been implemented.    | -
            """)
    void readsThePositionAStatementGives(String text, String expected) {
        assertThat(PositionPhrases.of(text).map(Position::label).orElse("-")).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Supported                                      | Supported
            Noted. The Government deems the regulation adequate. | Noted
            Accepted in part                               | Supported
            Partially supported                            | Supported
            Not accepted                                   | Noted
            Rejected                                       | Noted
            Ratify the Convention (Brazil); Supported      | Supported
            Ratify the Convention (Brazil); Response: Noted | Noted
            Support the establishment of an institution    | -
            Note the adoption                              | -
            """)
    void readsTheCellOfATable(String text, String expected) {
        assertThat(PositionPhrases.bare(text).map(Position::label).orElse("-")).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The following recommendations will be examined by Slovenia, which will provide responses in due time | true
            Kazakhstan will examine the following recommendations                                      | true
            The following recommendations enjoy the support of Kazakhstan                             | false
            """)
    void recognisesDeferredPositions(String text, boolean defers) {
        assertThat(PositionPhrases.defers(text)).isEqualTo(defers);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Accepted recommendations                                                          | Supported
            Accepted recommendations that Slovenia considers already implemented              | Supported
            Noted recommendations                                                             | Noted
            Recommendations not supported                                                     | Noted
            Views on conclusions and/or recommendations presented by the State under review  | -
            """)
    void readsHeadings(String heading, String expected) {
        assertThat(PositionPhrases.ofHeading(heading).map(Position::label).orElse("-")).isEqualTo(expected);
    }
}
