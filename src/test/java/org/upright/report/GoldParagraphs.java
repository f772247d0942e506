package org.upright.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The check every compilation format shares: its numbered paragraphs against the gold's. */
final class GoldParagraphs {
    private GoldParagraphs() {
    }

    /**
     * The paragraph numbers written equal the gold's, in order, and at least 95 per cent of the texts are the gold's
     * exactly ({@code texts} in the order of {@code numbers}).
     */
    static void assertWrittenAsGold(JsonNode gold, List<Integer> numbers, List<String> texts) {
        List<Integer> goldNumbers = new ArrayList<>();
        gold.get("paragraphs").forEach(p -> goldNumbers.add(p.get("number").asInt()));
        assertThat(numbers).containsExactlyElementsOf(goldNumbers);
        int same = 0;
        for (JsonNode p : gold.get("paragraphs")) {
            if (texts.get(numbers.indexOf(p.get("number").asInt())).equals(p.get("text").asText())) {
                same++;
            }
        }
        assertThat(same).as("paragraphs written exactly as the gold").isGreaterThanOrEqualTo(
                (int) Math.ceil(goldNumbers.size() * 0.95));
    }
}
