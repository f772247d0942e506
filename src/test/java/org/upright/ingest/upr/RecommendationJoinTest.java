package org.upright.ingest.upr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.ingest.model.Recommendation;

class RecommendationJoinTest {

    private static ExtractedDocument document(Recommendation... recommendations) {
        return new ExtractedDocument(UprFixtures.report("A/HRC/99/1", "RUR", 2), List.of(), null, null, null, null,
                null, null, List.of(), null, Arrays.asList(recommendations), List.of());
    }

    private static Recommendation report(String number, String position) {
        return new Recommendation(number, "Ratify OP-CAT (Brazil);", List.of("Brazil"), position);
    }

    private static Recommendation response(String number, String position) {
        return new Recommendation(number, null, List.of(), position);
    }

    @Test
    void positionsComeFromTheResponsesWhereTheReportHasNone() {
        List<String> warnings = new ArrayList<>();
        ExtractedDocument joined = RecommendationJoin.join(
                document(report("95.1", "Supported"), report("96.1", null), report("96.2", null)),
                document(response("96.1", "Noted"), response("96.2", "Supported"), response("95.1", "Noted"),
                        response("96.3", "Supported")),
                warnings);

        assertThat(joined.recommendations()).containsExactly(report("95.1", "Supported"), report("96.1", "Noted"),
                report("96.2", "Supported"));
        assertThat(joined.document().symbol()).isEqualTo("A/HRC/99/1");
        assertThat(warnings).containsExactly(
                "the responses answer recommendation 96.3, which the report does not have",
                "recommendation 95.1 is Supported in the report but Noted in the responses; "
                        + "the report's position is kept");
    }

    @Test
    void itemNumbersOfCycleOneGoToTheListLeftOpen() {
        List<String> warnings = new ArrayList<>();
        ExtractedDocument joined = RecommendationJoin.join(
                document(report("95.1", "Supported"), report("95.2", "Supported"), report("97.1", null),
                        report("97.2", null), report("97.3", null)),
                document(response("1", "Supported"), response("2", "Noted")),
                warnings);

        assertThat(joined.recommendations()).extracting(Recommendation::position)
                .containsExactly("Supported", "Supported", "Supported", "Noted", null);
        assertThat(warnings)
                .containsExactly("1 recommendation(s) have no position in the report or the responses: 97.3");
    }

    @Test
    void anItemNumberThatFitsTwoOpenListsIsLeftOut() {
        List<String> warnings = new ArrayList<>();
        ExtractedDocument joined = RecommendationJoin.join(document(report("96.1", null), report("97.1", null)),
                document(response("1", "Supported")), warnings);

        assertThat(joined.recommendations()).extracting(Recommendation::position).containsOnlyNulls();
        assertThat(warnings).first().asString().startsWith("recommendation 1 of the responses may be any of");
    }
}
