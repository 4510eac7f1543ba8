package org.lonelyloop.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LonelinessClusteringTest {

    /** Undirected adjacency from an edge list. */
    private static int[][] graph(int n, int[][] edges) {
        List<List<Integer>> adj = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            adj.add(new ArrayList<>());
        }
        for (int[] e : edges) {
            adj.get(e[0]).add(e[1]);
            adj.get(e[1]).add(e[0]);
        }
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            out[i] = adj.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    @Test
    void twoSeparateCliquesAreFullyClusteredAndReachNoFurther() {
        List<int[]> edges = new ArrayList<>();
        for (int base : new int[] {0, 5}) {
            for (int a = 0; a < 5; a++) {
                for (int b = a + 1; b < 5; b++) {
                    edges.add(new int[] {base + a, base + b});
                }
            }
        }
        boolean[] lonely = {true, true, true, true, true, false, false, false, false, false};
        double[] e = LonelinessClustering.excess(graph(10, edges.toArray(new int[0][])), lonely, null);
        // Every friend of a lonely person is lonely; shuffled, 4 of the other 9 would be.
        assertEquals(1.0 / (4.0 / 9.0) - 1, e[0], 1e-12);
        assertTrue(Double.isNaN(e[1]), "nobody is two steps away");
        assertTrue(Double.isNaN(e[2]));
    }

    @Test
    void countsPeopleAtExactlyEachDistanceOnce() {
        // A path 0-1-2-3-4-5 with a shortcut 0-2; lonely at 0, 3 and 4.
        int[][] g = graph(6, new int[][] {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 5}, {0, 2}});
        boolean[] lonely = {true, false, false, true, true, false};
        double expected = 2.0 / 5.0;
        double[] e = LonelinessClustering.excess(g, lonely, null);
        // From 0: d1 {1,2} none lonely; d2 {3} lonely; d3 {4} lonely.
        // From 3: d1 {2,4} one lonely; d2 {0,1,5} one lonely; d3 {} .
        // From 4: d1 {3,5} one lonely; d2 {2} none; d3 {0,1} one lonely.
        assertEquals(2.0 / 6.0 / expected - 1, e[0], 1e-12);
        assertEquals(2.0 / 5.0 / expected - 1, e[1], 1e-12);
        assertEquals(2.0 / 3.0 / expected - 1, e[2], 1e-12);
        double[] fromZero = LonelinessClustering.excess(g, lonely, new int[] {0});
        assertEquals(-1, fromZero[0], 1e-12);
        assertEquals(1 / expected - 1, fromZero[1], 1e-12);
    }

    @Test
    void shuffledLonelinessOnARingLatticeShowsNoClustering() {
        int n = 4000;
        List<int[]> edges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int k = 1; k <= 3; k++) {
                edges.add(new int[] {i, (i + k) % n});
            }
        }
        SplittableRandom r = new SplittableRandom(7);
        boolean[] lonely = new boolean[n];
        for (int i = 0; i < n; i++) {
            lonely[i] = r.nextDouble() < 0.4;
        }
        double[] e = LonelinessClustering.excess(graph(n, edges.toArray(new int[0][])), lonely, null);
        for (int d = 0; d < 3; d++) {
            assertEquals(0, e[d], 0.05, "distance " + (d + 1));
        }
        // Lonely runs along the ring: neighbours share it, and less so further out.
        for (int i = 0; i < n; i++) {
            lonely[i] = (i / 40) % 2 == 0;
        }
        double[] runs = LonelinessClustering.excess(graph(n, edges.toArray(new int[0][])), lonely, null);
        assertTrue(runs[0] > runs[1] && runs[1] > runs[2] && runs[2] > 0.5, java.util.Arrays.toString(runs));
    }

    @Test
    void refusesEgosWhoAreNotLonelyAndMismatchedSizes() {
        int[][] g = graph(3, new int[][] {{0, 1}, {1, 2}});
        assertThrows(IllegalArgumentException.class,
                () -> LonelinessClustering.excess(g, new boolean[] {true, true, false}, new int[] {2}));
        assertThrows(IllegalArgumentException.class, () -> LonelinessClustering.excess(g, new boolean[2], null));
        assertTrue(Double.isNaN(LonelinessClustering.excess(g, new boolean[] {true, false, false}, null)[0]),
                "one lonely person cannot cluster");
    }
}
