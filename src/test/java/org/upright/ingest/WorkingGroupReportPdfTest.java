package org.upright.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.upright.ingest.model.Recommendation;
import org.upright.ingest.score.ExtractionScore;
import org.upright.reference.ReferenceData;

/** UPR Working Group reports read from their PDFs, joined with the State's responses. */
class WorkingGroupReportPdfTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = new Extractor(ReferenceData.load());
    }

    private static List<Recommendation> recommendations(String file) {
        return extractor.extract(Path.of("samples", file)).document().recommendations();
    }

    @Test
    void sloveniasThirdCycleRecommendationsMatchOhchrsThematicListOnceJoinedWithTheResponses() throws IOException {
        List<Extraction> joined = extractor.joinResponses(List.of(
                extractor.extract(Path.of("samples/A_HRC_43_15.pdf")),
                extractor.extract(Path.of("samples/A_HRC_43_15_Add.1.pdf"))));
        assertThat(joined).hasSize(1);
        ObjectNode gold = JSON.createObjectNode();
        ArrayNode recs = gold.putArray("recommendations");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(WorkingGroupReportPdfTest.class
                .getResourceAsStream("/upr/SVN_cycle3_labelled.jsonl"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode row = JSON.readTree(line);
                ObjectNode rec = recs.addObject();
                rec.put("number", row.get("rec_number").asText());
                rec.put("text", row.get("text").asText());
                rec.set("recommendingStates", row.get("recommending_states"));
                rec.put("position", row.get("position").asText());
            }
        }
        Map<String, Double> scores = ExtractionScore.score(gold,
                JSON.readTree(ExchangeJson.line(joined.get(0).document())));
        assertThat(scores.get("recommendations.found")).isGreaterThanOrEqualTo(0.98);
        assertThat(scores.get("recommendations.text")).isGreaterThanOrEqualTo(0.98);
        assertThat(scores.get("recommendations.states")).isGreaterThanOrEqualTo(0.98);
        assertThat(scores.get("recommendations.position")).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void kazakhstansFirstCycleReportListsSupportedAndPendingRecommendations() {
        List<Recommendation> recs = recommendations("A_HRC_14_10.pdf");
        Map<String, Long> positions = recs.stream()
                .collect(Collectors.groupingBy(r -> String.valueOf(r.position()), Collectors.counting()));
        assertThat(recs).hasSize(128);
        assertThat(positions).containsEntry("Supported", 102L).containsEntry("null", 26L);
        assertThat(recs).allSatisfy(r -> assertThat(r.recommendingStates()).isNotEmpty());
        assertThat(recs.get(0).number()).isEqualTo("95.1");
        assertThat(extractor.extract(Path.of("samples/A_HRC_14_10.pdf")).document().document().cycle()).isEqualTo(1);
    }

    @Test
    void kazakhstansSecondCycleReportGivesSupportedAndNotedLists() {
        List<Recommendation> recs = recommendations("A_HRC_28_10.pdf");
        Map<String, Long> positions = recs.stream()
                .collect(Collectors.groupingBy(r -> String.valueOf(r.position()), Collectors.counting()));
        assertThat(recs).hasSize(194);
        assertThat(positions).containsEntry("Supported", 143L).containsEntry("Noted", 51L);
        assertThat(recs.get(0).recommendingStates()).containsExactly("Mexico");
    }
}
