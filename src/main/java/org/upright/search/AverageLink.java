package org.upright.search;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Average-link agglomerative clustering stopped at a similarity threshold: two groups merge while the mean
 * similarity between their members reaches it. Runs the nearest-neighbour-chain algorithm, O(n²) time on the n×n
 * similarity matrix it is given (and overwrites).
 */
final class AverageLink {

    private AverageLink() {
    }

    /** The groups of two or more items, each as ascending item indexes, in the order of their first item. */
    static List<int[]> groups(float[][] similarity, double threshold) {
        int n = similarity.length;
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            members.add(new ArrayList<>(List.of(i)));
        }
        boolean[] active = new boolean[n];
        Arrays.fill(active, true);
        int remaining = n;
        Deque<Integer> chain = new ArrayDeque<>();
        while (remaining > 1) {
            if (chain.isEmpty()) {
                chain.push(firstActive(active));
            }
            int a = chain.pop();
            int previous = chain.isEmpty() ? -1 : chain.peek();
            int nearest = nearest(similarity, active, a, previous);
            if (nearest != previous) {
                chain.push(a);
                chain.push(nearest);
                continue;
            }
            chain.pop();
            if (similarity[a][previous] >= threshold) {
                merge(similarity, active, members, a, previous);
                remaining--;
            } else {
                // Reciprocal nearest neighbours below the threshold: averages never grow past a member's best
                // similarity, so neither can join anything any more.
                active[a] = false;
                active[previous] = false;
                remaining -= 2;
            }
        }
        List<int[]> groups = new ArrayList<>();
        for (List<Integer> group : members) {
            if (group.size() > 1) {
                groups.add(group.stream().mapToInt(Integer::intValue).sorted().toArray());
            }
        }
        groups.sort((x, y) -> Integer.compare(x[0], y[0]));
        return groups;
    }

    /** The most similar other active item; the previous one on the chain wins ties, so reciprocity is seen. */
    private static int nearest(float[][] similarity, boolean[] active, int a, int previous) {
        int best = previous;
        float bestSimilarity = previous < 0 ? Float.NEGATIVE_INFINITY : similarity[a][previous];
        for (int x = 0; x < active.length; x++) {
            if (active[x] && x != a && similarity[a][x] > bestSimilarity) {
                best = x;
                bestSimilarity = similarity[a][x];
            }
        }
        return best;
    }

    /** b joins a; a's similarities become the size-weighted means (Lance-Williams for average link). */
    private static void merge(float[][] similarity, boolean[] active, List<List<Integer>> members, int a, int b) {
        int sizeA = members.get(a).size();
        int sizeB = members.get(b).size();
        for (int x = 0; x < active.length; x++) {
            if (active[x] && x != a && x != b) {
                float mean = (sizeA * similarity[a][x] + sizeB * similarity[b][x]) / (sizeA + sizeB);
                similarity[a][x] = mean;
                similarity[x][a] = mean;
            }
        }
        members.get(a).addAll(members.get(b));
        members.get(b).clear();
        active[b] = false;
    }

    private static int firstActive(boolean[] active) {
        for (int i = 0; i < active.length; i++) {
            if (active[i]) {
                return i;
            }
        }
        throw new IllegalStateException("no active item");
    }
}
