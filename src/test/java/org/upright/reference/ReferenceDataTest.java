package org.upright.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ReferenceDataTest {
    private final ReferenceData reference = ReferenceData.load();

    @Test
    void eachTableIsLoadedOncePerJvm() {
        ReferenceData again = ReferenceData.load();

        assertThat(again.countries()).isSameAs(reference.countries());
        assertThat(again.instruments()).isSameAs(reference.instruments());
        assertThat(again.mechanisms()).isSameAs(reference.mechanisms());
        assertThat(again.sessions()).isSameAs(reference.sessions());
    }

    @Test
    void everyMechanismTheAnnotatorsHeardSpeakInACompilationIsNamedInIt() throws IOException {
        Set<String> speakers = new TreeSet<>();
        for (JsonNode paragraph : kazakhstanGold().path("paragraphs")) {
            for (JsonNode statement : paragraph.path("statements")) {
                statement.path("speakers").forEach(speaker -> speakers.add(speaker.asText()));
                if (statement.hasNonNull("reportedBy")) {
                    speakers.add(statement.path("reportedBy").asText());
                }
            }
        }
        speakers.removeIf(code -> code.matches("[A-Z]{3}"));
        Set<String> named = new TreeSet<>();
        reference.mechanisms().findMentions(CountriesTest.kazakhstanCompilation()).forEach(mention -> named.addAll(mention.codes()));

        assertThat(speakers).isNotEmpty();
        assertThat(named).containsAll(speakers);
    }

    private static JsonNode kazakhstanGold() throws IOException {
        try (InputStream in = ReferenceDataTest.class.getResourceAsStream("/corpus/A_HRC_WG.6_7_KAZ_2.gold.json")) {
            return new ObjectMapper().readTree(in);
        }
    }
}
