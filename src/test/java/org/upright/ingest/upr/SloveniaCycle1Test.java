package org.upright.ingest.upr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.ingest.model.Recommendation;
import org.upright.reference.ReferenceData;

/**
 * Slovenia's cycle-1 report (A/HRC/14/15: 97 recommendations under paragraph 111, all to be examined) and its
 * responses (Add.1: one answer per item number, "5., 6., 7." for several). Read by eye: items 1, 84, 88 and 93 are
 * refused or left without commitment ("cannot, at this point in time, make a definitive statement"), item 15 gets
 * no position ("agrees with the importance of the Programme"), items 3, 32 and 58 are accepted in part, the rest
 * accepted.
 */
class SloveniaCycle1Test {
    private static final ReferenceData REFERENCE = ReferenceData.load();

    @ParameterizedTest
    @EnumSource(UprFixtures.Mode.class)
    void responsesGivePositionsByItemNumber(UprFixtures.Mode mode) {
        List<String> warnings = new ArrayList<>();
        ExtractedDocument responses = responses(mode, warnings);

        assertThat(responses.recommendations()).extracting(Recommendation::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 97).mapToObj(Integer::toString).toList());
        Map<String, String> positions = byNumber(responses);
        assertThat(positions).containsEntry("1", "Noted").containsEntry("84", "Noted").containsEntry("88", "Noted")
                .containsEntry("93", "Noted").containsEntry("15", null).containsEntry("3", "Supported")
                .containsEntry("32", "Supported").containsEntry("58", "Supported").containsEntry("43", "Supported")
                .containsEntry("87", "Supported");
        assertThat(positions.values().stream().filter("Supported"::equals).count()).isEqualTo(92);
        assertThat(warnings).containsExactly("no position found for recommendation 15");
    }

    @ParameterizedTest
    @EnumSource(UprFixtures.Mode.class)
    void joinFillsTheReportsOpenList(UprFixtures.Mode mode) {
        List<String> warnings = new ArrayList<>();
        ExtractedDocument report = new WorkingGroupReportExtractor(REFERENCE).extract(
                UprFixtures.report("A/HRC/14/15", "SVN", 1), UprFixtures.read("A_HRC_14_15", mode), warnings);
        assertThat(report.recommendations()).extracting(Recommendation::number)
                .containsExactlyElementsOf(KazakhstanReportsTest.range(111, 97));
        assertThat(report.recommendations()).extracting(Recommendation::position).containsOnlyNulls();
        assertThat(KazakhstanReportsTest.find(report, "111.1").recommendingStates())
                .containsExactly("Algeria", "Egypt", "Bosnia and Herzegovina", "Argentina");
        assertThat(KazakhstanReportsTest.find(report, "111.35").recommendingStates())
                .containsExactly("Azerbaijan", "Italy", "Colombia");
        assertThat(KazakhstanReportsTest.find(report, "111.15").recommendingStates()).containsExactly("United Kingdom");

        ExtractedDocument joined = RecommendationJoin.join(report, responses(mode, warnings), warnings);

        Map<String, String> positions = byNumber(joined);
        assertThat(positions).containsEntry("111.1", "Noted").containsEntry("111.93", "Noted")
                .containsEntry("111.15", null).containsEntry("111.97", "Supported");
        assertThat(positions.values().stream().filter("Supported"::equals).count()).isEqualTo(92);
        assertThat(joined.recommendations().get(0).text()).startsWith("To examine the possibility of joining");
        assertThat(warnings).contains("1 recommendation(s) have no position in the report or the responses: 111.15");
    }

    private static ExtractedDocument responses(UprFixtures.Mode mode, List<String> warnings) {
        return new ResponsesExtractor(REFERENCE).extract(UprFixtures.responses("A/HRC/14/15/Add.1", "SVN", 1),
                UprFixtures.read("A_HRC_14_15_Add.1", mode), warnings);
    }

    private static Map<String, String> byNumber(ExtractedDocument document) {
        Map<String, String> positions = new java.util.LinkedHashMap<>();
        document.recommendations().forEach(r -> positions.put(r.number(), r.position()));
        return positions;
    }
}
