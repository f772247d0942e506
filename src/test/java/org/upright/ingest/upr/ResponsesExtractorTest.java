package org.upright.ingest.upr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.ingest.text.DocLine;
import org.upright.ingest.text.LineStyle;
import org.upright.ingest.text.ReadDocument;
import org.upright.reference.ReferenceData;

/** Responses as the PDF reader gives them, in the forms States use. */
class ResponsesExtractorTest {
    private final ResponsesExtractor extractor = new ResponsesExtractor(ReferenceData.load());

    private static Map.Entry<String, String> entry(String number, String position) {
        return new java.util.AbstractMap.SimpleEntry<>(number, position);
    }

    private Map<String, String> positions(String text, List<String> warnings) {
        ExtractedDocument responses = extractor.extract(UprFixtures.responses("A/HRC/99/1/Add.1", "RUR", 3),
                ReaderLines.of("responses", text), warnings);
        Map<String, String> positions = new LinkedHashMap<>();
        responses.recommendations().forEach(r -> positions.put(r.number(), r.position()));
        return positions;
    }

    @Test
    void proseListsNumbersAndRanges() {
        List<String> warnings = new ArrayList<>();
        Map<String, String> positions = positions("""
                Views on conclusions and/or recommendations, voluntary commitments and replies presented by the
                State under review
                1. Recommendations 95.1, 95.3–95.5 and 95.9 enjoy the support of Ruritania.
                2. Ruritania supports recommendation 95.2, while it notes recommendations 95.6-95.7.
                3. Recommendation 95.8 is partially supported: Ruritania accepts its first part.
                4. Ruritania supports the following recommendations: 95.11,
                95.12 and 95.13.
                5. Ruritania rejects recommendation 95.10. It is contrary to the Constitution, which was
                adopted in 1991 by 75.5 per cent of the voters.
                """, warnings);
        assertThat(positions).containsExactly(entry("95.1", "Supported"), entry("95.2", "Supported"),
                entry("95.3", "Supported"), entry("95.4", "Supported"), entry("95.5", "Supported"),
                entry("95.6", "Noted"), entry("95.7", "Noted"), entry("95.8", "Supported"),
                entry("95.9", "Supported"), entry("95.10", "Noted"), entry("95.11", "Supported"),
                entry("95.12", "Supported"), entry("95.13", "Supported"));
        assertThat(warnings).isEmpty();
    }

    @Test
    void numbersListedAfterAColonCount() {
        List<String> warnings = new ArrayList<>();
        Map<String, String> positions = positions("""
                Ruritania supports the following recommendations: 166.1, 166.2 and 166.5. It notes the following
                recommendations: 166.3-166.4. The economy grew by 12.5 per cent.
                """, warnings);
        assertThat(positions).containsExactly(entry("166.1", "Supported"), entry("166.2", "Supported"),
                entry("166.3", "Noted"), entry("166.4", "Noted"), entry("166.5", "Supported"));
    }

    @Test
    void tablesGiveAPositionPerRow() {
        List<String> warnings = new ArrayList<>();
        Map<String, String> positions = positions("""
                Recommendation Position Comments
                97.1 Supported Ruritania has already ratified the Convention.
                97.2 Noted
                97.3 Partially supported The part on training is supported; the
                rest is not.
                97.4 Ratify ICRMW (Holy See); Noted
                97.5 Accepted
                """, warnings);
        assertThat(positions).containsExactly(entry("97.1", "Supported"), entry("97.2", "Noted"),
                entry("97.3", "Supported"), entry("97.4", "Noted"), entry("97.5", "Supported"));
        assertThat(warnings).isEmpty();
    }

    @Test
    void positionCellsStandApartInTheMiddleOfTableRows() {
        List<String> warnings = new ArrayList<>();
        Map<String, String> positions = positions("""
                Recommendation                               Position        Comments
                166.1 Ratify the International Covenant on   Supported       Ruritania has signed
                Civil and Political Rights (Brazil);                         it in 2015.
                166.2 Abolish the death penalty (France);    Noted.          The Constitution provides for it.
                """, warnings);
        assertThat(positions).containsExactly(entry("166.1", "Supported"), entry("166.2", "Noted"));

        ReadDocument fromPdf = new ReadDocument("responses", List.of(
                new DocLine("166.3 Ratify the Convention on Migrant Workers Accepted in part Only its article 5",
                        List.of(), 1, true, new LineStyle(70, 700, 10, false, false, List.of(
                                new LineStyle.Segment(70, 300, "166.3 Ratify the Convention on Migrant Workers",
                                        List.of()),
                                new LineStyle.Segment(320, 380, "Accepted in part", List.of()),
                                new LineStyle.Segment(400, 520, "Only its article 5", List.of())))),
                DocLine.plain("166.4 Noted", 1, false)),
                List.of(), true, 1);
        ExtractedDocument responses = extractor.extract(UprFixtures.responses("A/HRC/99/1/Add.1", "RUR", 2),
                fromPdf, warnings);
        assertThat(responses.recommendations()).extracting(r -> r.number() + " " + r.position())
                .containsExactly("166.3 Supported", "166.4 Noted");
        assertThat(warnings).isEmpty();
    }

    @Test
    void rowsUnderAHeadingOrAnIntroductionTakeItsPosition() {
        List<String> warnings = new ArrayList<>();
        Map<String, String> positions = positions("""
                Noted recommendations
                1. The Government wishes to explain the following recommendations.
                122.2–4 The ratification of the Convention is not a priority for Ruritania.
                122.5 See recommendation 122.2.
                2. The following recommendations are accepted:
                122.6, 122.8 Ruritania has set up a working group.
                122.7 Ruritania accepts this recommendation, as it did recommendation 122.1.
                122.9 The Ombudsman reports annually.
                """, warnings);
        assertThat(positions).containsExactly(entry("122.1", "Supported"), entry("122.2", "Noted"),
                entry("122.3", "Noted"), entry("122.4", "Noted"), entry("122.5", "Noted"),
                entry("122.6", "Supported"), entry("122.7", "Supported"), entry("122.8", "Supported"),
                entry("122.9", "Supported"));
    }

    @Test
    void cycleOneResponsesAnswerItemNumbersOneByOne() {
        List<String> warnings = new ArrayList<>();
        Map<String, String> positions = positions("""
                Views on conclusions and/or recommendations presented by the State under review
                Ruritania welcomes the recommendations. Its answers are as follows:
                1. Ruritania cannot, at this point in time, make a definitive statement.
                2., 3., 4., Ruritania accepts these recommendations and notes that it has already
                5. acted accordingly.
                6. Ruritania accepts the recommendation regarding legal aid.
                Ruritania cannot accept the recommendation on family courts.
                7. Ruritania agrees with the importance of the Programme.
                8. Ruritania does not accept this recommendation.
                """, warnings);
        assertThat(positions).containsExactly(entry("1", "Noted"), entry("2", "Supported"),
                entry("3", "Supported"), entry("4", "Supported"), entry("5", "Supported"),
                entry("6", "Supported"), entry("7", null), entry("8", "Noted"));
        assertThat(warnings).containsExactly("no position found for recommendation 7");
    }
}
