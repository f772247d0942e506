package org.upright.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AverageLinkTest {

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
