package org.upright.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The nearest-neighbours vote: the labels of the closest statements, in shares, the same after a round trip. */
class NeighboursTest {
    private static LabelledStatement statement(String text, String... persons) {
        return new LabelledStatement("doc", 1, text, Map.of(Family.AFFECTED_PERSONS, Set.of(persons)));
    }

    private final List<LabelledStatement> training = List.of(
            statement("Protect the rights of migrant workers and their families (Chile);", "migrants"),
            statement("Guarantee access to education for migrant children (Peru);", "migrants", "children"),
            statement("Combat violence against women (France);", "women"),
            statement("Abolish the death penalty (Italy);", "general"));

    @Test
    void theClosestStatementsCarryTheLargestShare() {
        Map<String, Double> scores = Neighbours.of(training, Family.AFFECTED_PERSONS)
                .scores(Features.of("Ensure that migrant workers are protected"));

        assertThat(scores.get("migrants")).isGreaterThan(0.5).isLessThanOrEqualTo(1.0);
        assertThat(scores.getOrDefault("migrants", 0.0)).isGreaterThan(scores.getOrDefault("women", 0.0));
        assertThat(scores).doesNotContainKey("general");
    }

    @Test
    void aTextSharingNoWordWithTheTrainingGetsNoVote() {
        assertThat(Neighbours.of(training, Family.AFFECTED_PERSONS).scores(Features.of("Zebra quantum"))).isEmpty();
    }

    @Test
    void writtenAndReadBackItVotesTheSameAndWritesTheSameBytes() throws IOException {
        Neighbours neighbours = Neighbours.of(training, Family.AFFECTED_PERSONS);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        neighbours.write(new DataOutputStream(bytes));
        Neighbours read = Neighbours.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        read.write(new DataOutputStream(again));

        String[] query = Features.of("Protect women migrant workers");
        assertThat(read.scores(query)).isEqualTo(neighbours.scores(query));
        assertThat(again.toByteArray()).isEqualTo(bytes.toByteArray());
    }
}
