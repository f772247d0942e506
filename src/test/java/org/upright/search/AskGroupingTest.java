package org.upright.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AskGroupingTest {

    private static SearchHit hit(String id, int year) {
        return new SearchHit(id, "recommendation", "text of " + id, null, "KAZ", List.of(), year, "recommendation",
                null, null, null, 1f);
    }

    private static AskGrouping.Terms terms(Map<String, Map<String, Integer>> byEntry) {
        return new AskGrouping.Terms(byEntry, Map.of(), 100);
    }

    @Test
    void groupsMergeWhileTheirMeanSimilarityReachesTheThreshold() {
        // a~b closely; c shares half of b's words and none of a's: its mean similarity to {a, b} stays low
        AskGrouping.Terms terms = terms(Map.of(
                "a", Map.of("ratifi", 1, "icrmw", 1, "famili", 1),
                "b", Map.of("ratifi", 1, "icrmw", 1, "famili", 1, "urg", 1),
                "c", Map.of("urg", 1, "opcat", 1)));

        List<Cluster> clusters = AskGrouping.group(List.of(hit("c", 2010), hit("b", 2009), hit("a", 2008)), terms,
                0.5);

        assertThat(clusters).singleElement().satisfies(c -> assertThat(c.members()).extracting(SearchHit::id)
                .containsExactly("a", "b"));
    }

    @Test
    void membersAreOrderedByYearTheIdIsTheSmallestAndTheLabelTheMostCentralText() {
        AskGrouping.Terms terms = terms(Map.of(
                "x", Map.of("ratifi", 1, "icrmw", 1, "famili", 1),
                "y", Map.of("ratifi", 1, "icrmw", 1),
                "z", Map.of("ratifi", 1, "icrmw", 1, "urg", 1)));

        Cluster cluster = AskGrouping.group(List.of(hit("x", 2012), hit("y", 2010), hit("z", 2004)), terms, 0.5)
                .get(0);

        assertThat(cluster.members()).extracting(SearchHit::id).containsExactly("z", "y", "x");
        assertThat(cluster.id()).isEqualTo("x");
        assertThat(cluster.label()).isEqualTo("text of y");
        assertThat(cluster.members()).allSatisfy(m -> assertThat(m.score()).isBetween(0.5f, 1f));
    }

    @Test
    void aChainOfNeighboursIsNotOneGroupWhenTheEndsAreUnalike() {
        // a-b close, b-c fairly close, a-c not: single link would join all three, average link keeps c apart.
        float[][] similarity = {
            {1, 0.9f, 0.1f},
            {0.9f, 1, 0.6f},
            {0.1f, 0.6f, 1},
        };

        assertThat(AverageLink.groups(similarity, 0.5)).containsExactly(new int[] {0, 1});
    }

    @Test
    void separateGroupsStaySeparateAndAreOrderedByTheirFirstItem() {
        float[][] similarity = {
            {1, 0.1f, 0.8f, 0.1f, 0.0f},
            {0.1f, 1, 0.1f, 0.7f, 0.2f},
            {0.8f, 0.1f, 1, 0.0f, 0.1f},
            {0.1f, 0.7f, 0.0f, 1, 0.6f},
            {0.0f, 0.2f, 0.1f, 0.6f, 1},
        };

        assertThat(AverageLink.groups(similarity, 0.35)).containsExactly(new int[] {0, 2}, new int[] {1, 3, 4});
    }

    @Test
    void nothingReachingTheThresholdGivesNoGroups() {
        float[][] similarity = {{1, 0.3f}, {0.3f, 1}};

        assertThat(AverageLink.groups(similarity, 0.5)).isEmpty();
        assertThat(AverageLink.groups(new float[0][0], 0.5)).isEmpty();
    }
}
