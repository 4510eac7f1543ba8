package org.lonelyloop.analysis;

import java.util.Arrays;

/**
 * Whether the lonely are tied to the lonely, measured as Cacioppo, Fowler and Christakis (2009)
 * measured it in the Framingham network: among the people at exactly d steps from a lonely person,
 * the share who are lonely, against the share expected if loneliness were shuffled across the same
 * network. The excess at distance d is {@code observed / expected - 1}; they report about 0.52 for
 * friends (d = 1), 0.25 at d = 2 and 0.15 at d = 3.
 *
 * <p>The expectation under shuffling does not depend on the network: any ordered pair of distinct
 * people is lonely at both ends with probability L(L-1) / n(n-1), so given a lonely ego the alter
 * is lonely with probability (L-1)/(n-1). The observed share therefore also carries whatever goes
 * with loneliness and position: the lonely have fewer ties, so they are rarer among anyone's
 * friends, which pulls the excess down, as it would have in Framingham.
 */
public final class LonelinessClustering {
    /** Distances measured: friends, friends of friends, and their friends. */
    public static final int MAX_DISTANCE = 3;

    private LonelinessClustering() {
    }

    /**
     * @param neighbours each person's ties (undirected: every tie listed at both ends)
     * @param lonely     who is lonely
     * @param egos       the lonely people to search from (a sample; all lonely ones if null)
     * @return the excess at distances 1..{@link #MAX_DISTANCE} (index d - 1); NaN where no lonely ego
     *         has anyone at that distance, or where fewer than two people are lonely
     */
    public static double[] excess(int[][] neighbours, boolean[] lonely, int[] egos) {
        int n = neighbours.length;
        if (lonely.length != n) {
            throw new IllegalArgumentException("lonely has " + lonely.length + " entries for " + n + " people");
        }
        int lonelyCount = 0;
        for (boolean b : lonely) {
            lonelyCount += b ? 1 : 0;
        }
        double[] out = new double[MAX_DISTANCE];
        Arrays.fill(out, Double.NaN);
        if (lonelyCount < 2) {
            return out;
        }
        double expected = (lonelyCount - 1) / (double) (n - 1);
        long[] reached = new long[MAX_DISTANCE];
        long[] reachedLonely = new long[MAX_DISTANCE];
        int[] distance = new int[n];
        Arrays.fill(distance, -1);
        int[] frontier = new int[n];
        int[] visited = new int[n];
        int[] from = egos != null ? egos : lonelyPeople(lonely, lonelyCount);
        for (int ego : from) {
            if (!lonely[ego]) {
                throw new IllegalArgumentException("ego " + ego + " is not lonely");
            }
            // Breadth-first to MAX_DISTANCE; the touched nodes are reset afterwards, not the array.
            int seen = 0;
            distance[ego] = 0;
            visited[seen++] = ego;
            int levelStart = 0;
            int levelEnd = 1;
            frontier[0] = ego;
            for (int d = 1; d <= MAX_DISTANCE && levelStart < levelEnd; d++) {
                int next = levelEnd;
                for (int f = levelStart; f < levelEnd; f++) {
                    for (int j : neighbours[frontier[f]]) {
                        if (distance[j] >= 0) {
                            continue;
                        }
                        distance[j] = d;
                        visited[seen++] = j;
                        frontier[next++] = j;
                        reached[d - 1]++;
                        reachedLonely[d - 1] += lonely[j] ? 1 : 0;
                    }
                }
                levelStart = levelEnd;
                levelEnd = next;
            }
            for (int k = 0; k < seen; k++) {
                distance[visited[k]] = -1;
            }
        }
        for (int d = 0; d < MAX_DISTANCE; d++) {
            if (reached[d] > 0) {
                out[d] = reachedLonely[d] / (double) reached[d] / expected - 1;
            }
        }
        return out;
    }

    private static int[] lonelyPeople(boolean[] lonely, int count) {
        int[] out = new int[count];
        int k = 0;
        for (int i = 0; i < lonely.length; i++) {
            if (lonely[i]) {
                out[k++] = i;
            }
        }
        return out;
    }
}
