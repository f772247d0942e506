package org.upright.ingest.upr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.upright.ingest.ExchangeJson;
import org.upright.ingest.model.ExtractedDocument;
import org.upright.ingest.score.ExtractionScore;
import org.upright.reference.ReferenceData;

/**
 * Scores the Slovenia cycle-3 report (A/HRC/43/15) joined with its responses (Add.1) against OHCHR's thematic list
 * of the same recommendations (the labelled rows of the corpus, copied to upr/SVN_cycle3_labelled.jsonl) with the
 * recommendations.* metrics of score_extraction.py.
 */
class SloveniaCycle3ScoreTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ReferenceData REFERENCE = ReferenceData.load();

    @ParameterizedTest
    @EnumSource(UprFixtures.Mode.class)
    void everyRecommendationIsFoundWithItsTextStatesAndPosition(UprFixtures.Mode mode) throws IOException {
        List<String> warnings = new ArrayList<>();
        ExtractedDocument report = new WorkingGroupReportExtractor(REFERENCE).extract(
                UprFixtures.report("A/HRC/43/15", "SVN", 3), UprFixtures.read("A_HRC_43_15", mode), warnings);
        ExtractedDocument responses = new ResponsesExtractor(REFERENCE).extract(
                UprFixtures.responses("A/HRC/43/15/Add.1", "SVN", 3), UprFixtures.read("A_HRC_43_15_Add.1", mode),
                warnings);
        ExtractedDocument joined = RecommendationJoin.join(report, responses, warnings);

        Map<String, Double> scores = ExtractionScore.score(gold(), JSON.readTree(ExchangeJson.line(joined)));
        System.out.printf("SVN cycle 3 (%s): found=%.3f text=%.3f states=%.3f position=%.3f; warnings %s%n", mode,
                scores.get("recommendations.found"), scores.get("recommendations.text"),
                scores.get("recommendations.states"), scores.get("recommendations.position"), warnings);
        double floor = mode == UprFixtures.Mode.LAYOUT ? 0.98 : 0.95;
        assertThat(scores.get("recommendations.found")).isGreaterThanOrEqualTo(0.98);
        assertThat(scores.get("recommendations.text")).isGreaterThanOrEqualTo(0.98);
        assertThat(scores.get("recommendations.states")).isGreaterThanOrEqualTo(0.98);
        assertThat(scores.get("recommendations.position")).isGreaterThanOrEqualTo(floor);
    }

    /** The labelled rows as a gold document in the exchange format. */
    private static JsonNode gold() throws IOException {
        ObjectNode gold = JSON.createObjectNode();
        ArrayNode recommendations = gold.putArray("recommendations");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(SloveniaCycle3ScoreTest.class.getClassLoader()
                .getResourceAsStream("upr/SVN_cycle3_labelled.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode row = JSON.readTree(line);
                ObjectNode rec = recommendations.addObject();
                rec.set("number", row.get("rec_number"));
                rec.set("text", row.get("text"));
                rec.set("recommendingStates", row.get("recommending_states"));
                rec.set("position", row.get("position"));
            }
        }
        return gold;
    }
}
