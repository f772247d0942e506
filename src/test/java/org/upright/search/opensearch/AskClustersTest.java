package org.upright.search.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.upright.search.Cluster;
import org.upright.search.SearchHit;

class AskClustersTest {

    private static SearchHit hit(String id, int year) {
        return new SearchHit(id, "recommendation", "text of " + id, null, "KAZ", List.of(), year, "recommendation",
                null, null, null, 1f);
    }

    private static AskClusters.Terms terms(Map<String, Map<String, Integer>> byEntry) {
        return new AskClusters.Terms(byEntry, Map.of(), 100);
    }

    @Test
    void groupsMergeWhileTheirMeanSimilarityReachesTheThreshold() {
        // a~b closely; c shares half of b's words and none of a's: its mean similarity to {a, b} stays low
        AskClusters.Terms terms = terms(Map.of(
                "a", Map.of("ratifi", 1, "icrmw", 1, "famili", 1),
                "b", Map.of("ratifi", 1, "icrmw", 1, "famili", 1, "urg", 1),
                "c", Map.of("urg", 1, "opcat", 1)));

        List<Cluster> clusters = AskClusters.group(List.of(hit("c", 2010), hit("b", 2009), hit("a", 2008)), terms,
                0.5);

        assertThat(clusters).singleElement().satisfies(c -> assertThat(c.members()).extracting(SearchHit::id)
                .containsExactly("a", "b"));
    }

    @Test
    void membersAreOrderedByYearTheIdIsTheSmallestAndTheLabelTheMostCentralText() {
        AskClusters.Terms terms = terms(Map.of(
                "x", Map.of("ratifi", 1, "icrmw", 1, "famili", 1),
                "y", Map.of("ratifi", 1, "icrmw", 1),
                "z", Map.of("ratifi", 1, "icrmw", 1, "urg", 1)));

        Cluster cluster = AskClusters.group(List.of(hit("x", 2012), hit("y", 2010), hit("z", 2004)), terms, 0.5)
                .get(0);

        assertThat(cluster.members()).extracting(SearchHit::id).containsExactly("z", "y", "x");
        assertThat(cluster.id()).isEqualTo("x");
        assertThat(cluster.label()).isEqualTo("text of y");
        assertThat(cluster.members()).allSatisfy(m -> assertThat(m.score()).isBetween(0.5f, 1f));
    }
}
