package org.upright.ingest.score;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Python's {@code difflib.SequenceMatcher(None, a, b, autojunk=False)} on two strings (as sequences of code
 * points, like Python's str): {@link #ratio}, {@link #quickRatio}, {@link #realQuickRatio}, and the scorer's
 * {@code similarity(a, b, floor)}.
 *
 * <p>The ratio is 2M/T, where M is the total size of the blocks found by difflib's recursion: take the longest
 * matching block (earliest in a, then earliest in b), then recurse on the parts left and right of it. That is
 * not the longest common subsequence, so the algorithm itself is ported rather than an LCS. With no junk
 * function and autojunk off, difflib's junk and popular-element sets are empty, so its junk extensions are
 * no-ops and are left out.
 */
final class Similarity {
    private final int[] a;
    private final int[] b;
    /** b2j: for each element of b, its indices in b in ascending order. */
    private final Map<Integer, int[]> b2j = new HashMap<>();
    /** Row buffers of find_longest_match: match lengths ending at (i-1, j) and (i, j), zero outside a row. */
    private int[] previous;
    private int[] current;

    private Similarity(String a, String b) {
        this.a = a.codePoints().toArray();
        this.b = b.codePoints().toArray();
        Map<Integer, Integer> counts = new HashMap<>();
        for (int element : this.b) {
            counts.merge(element, 1, Integer::sum);
        }
        Map<Integer, Integer> filled = new HashMap<>();
        for (int j = 0; j < this.b.length; j++) {
            int[] indices = b2j.computeIfAbsent(this.b[j], element -> new int[counts.get(element)]);
            indices[filled.merge(this.b[j], 1, Integer::sum) - 1] = j;
        }
        previous = new int[this.b.length];
        current = new int[this.b.length];
    }

    /** The scorer's {@code similarity}: 1 for equal strings, 0 when a cheap upper bound is below floor, else ratio. */
    static double similarity(String a, String b, double floor) {
        if (a.equals(b)) {
            return 1.0;
        }
        Similarity matcher = new Similarity(a, b);
        if (matcher.realQuickRatio() < floor || matcher.quickRatio() < floor) {
            return 0.0;
        }
        return matcher.ratio();
    }

    /** {@code SequenceMatcher(None, a, b, autojunk=False).ratio()}. */
    static double ratio(String a, String b) {
        return new Similarity(a, b).ratio();
    }

    /** 2M/T with M the matched elements of get_matching_blocks() and T the total length. */
    double ratio() {
        int matches = 0;
        // get_matching_blocks: a work list of (alo, ahi, blo, bhi); the sum does not depend on its order.
        Deque<int[]> queue = new ArrayDeque<>();
        queue.push(new int[] {0, a.length, 0, b.length});
        while (!queue.isEmpty()) {
            int[] range = queue.pop();
            int alo = range[0];
            int ahi = range[1];
            int blo = range[2];
            int bhi = range[3];
            int[] match = findLongestMatch(alo, ahi, blo, bhi);
            int i = match[0];
            int j = match[1];
            int k = match[2];
            if (k > 0) {
                matches += k;
                if (alo < i && blo < j) {
                    queue.push(new int[] {alo, i, blo, j});
                }
                if (i + k < ahi && j + k < bhi) {
                    queue.push(new int[] {i + k, ahi, j + k, bhi});
                }
            }
        }
        return calculateRatio(matches, a.length + b.length);
    }

    /** Upper bound on ratio(): the multiset intersection of the elements of a and b. */
    double quickRatio() {
        Map<Integer, Integer> available = new HashMap<>();
        for (int element : b) {
            available.merge(element, 1, Integer::sum);
        }
        int matches = 0;
        for (int element : a) {
            int left = available.getOrDefault(element, 0);
            available.put(element, left - 1);
            if (left > 0) {
                matches++;
            }
        }
        return calculateRatio(matches, a.length + b.length);
    }

    /** Very cheap upper bound on ratio(): the shorter length. */
    double realQuickRatio() {
        return calculateRatio(Math.min(a.length, b.length), a.length + b.length);
    }

    private static double calculateRatio(int matches, int length) {
        return length > 0 ? 2.0 * matches / length : 1.0;
    }

    /**
     * find_longest_match(alo, ahi, blo, bhi) as {i, j, size}: the longest a[i:i+size] == b[j:j+size] in the
     * ranges, the one starting earliest in a and then earliest in b; {alo, blo, 0} when there is none.
     */
    private int[] findLongestMatch(int alo, int ahi, int blo, int bhi) {
        int besti = alo;
        int bestj = blo;
        int bestSize = 0;
        // difflib keeps j2len as a dict of the previous row; two arrays plus the touched indices do the same.
        int[] previousTouched = new int[b.length];
        int[] currentTouched = new int[b.length];
        int previousCount = 0;
        for (int i = alo; i < ahi; i++) {
            int currentCount = 0;
            int[] indices = b2j.get(a[i]);
            if (indices != null) {
                for (int j : indices) {
                    if (j < blo) {
                        continue;
                    }
                    if (j >= bhi) {
                        break;
                    }
                    int k = (j > 0 ? previous[j - 1] : 0) + 1;
                    current[j] = k;
                    currentTouched[currentCount++] = j;
                    if (k > bestSize) {
                        besti = i - k + 1;
                        bestj = j - k + 1;
                        bestSize = k;
                    }
                }
            }
            for (int t = 0; t < previousCount; t++) {
                previous[previousTouched[t]] = 0;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
            swap = previousTouched;
            previousTouched = currentTouched;
            currentTouched = swap;
            previousCount = currentCount;
        }
        for (int t = 0; t < previousCount; t++) {
            previous[previousTouched[t]] = 0;
        }
        return new int[] {besti, bestj, bestSize};
    }
}
