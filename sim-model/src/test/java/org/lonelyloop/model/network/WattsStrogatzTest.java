package org.lonelyloop.model.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.stream.IntStream;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.ClusteringCoefficient;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

class WattsStrogatzTest {
    private static TieGraph generate(int n, int k, double beta, long seed) {
        TieGraph g = new TieGraph(n, k + 8);
        int[] order = IntStream.range(0, n).toArray();
        new WattsStrogatz(k, beta).generate(g, order, new MersenneTwisterFast(seed), r -> 0.5f);
        return g;
    }

    /** The same graph as JGraphT sees it, as an independent reference for graph measures. */
    private static Graph<Integer, DefaultEdge> reference(TieGraph g) {
        Graph<Integer, DefaultEdge> ref = new SimpleGraph<>(DefaultEdge.class);
        for (int i = 0; i < g.agents(); i++) {
            ref.addVertex(i);
        }
        for (int i = 0; i < g.agents(); i++) {
            for (int j : g.neighboursOf(i)) {
                if (i < j) {
                    ref.addEdge(i, j);
                }
            }
        }
        return ref;
    }

    @Test
    void keepsEveryAgentAndTheMeanDegree() {
        TieGraph g = generate(2000, 10, 0.1, 1);
        assertEquals(2000, g.agents());
        assertEquals(10.0, g.meanDegree(), 0.05);
    }

    @Test
    void hasNoSelfLoopsOrDuplicateTiesAndIsSymmetric() {
        TieGraph g = generate(1000, 8, 0.3, 2);
        for (int i = 0; i < g.agents(); i++) {
            int[] nb = g.neighboursOf(i);
            assertEquals(nb.length, IntStream.of(nb).distinct().count(), "duplicate tie at " + i);
            for (int k = 0; k < nb.length; k++) {
                int j = nb[k];
                assertNotEquals(i, j, "self-loop at " + i);
                int back = g.indexOf(j, i);
                assertTrue(back >= 0, "tie " + i + "-" + j + " missing on the other side");
                assertEquals(g.strength(i, k), g.strength(j, back));
            }
        }
    }

    @Test
    void lowRewiringKeepsTheLatticeClusteringAndFullRewiringLosesIt() {
        double lattice = new ClusteringCoefficient<>(reference(generate(2000, 10, 0.0, 3))).getAverageClusteringCoefficient();
        double small = new ClusteringCoefficient<>(reference(generate(2000, 10, 0.05, 3))).getAverageClusteringCoefficient();
        double random = new ClusteringCoefficient<>(reference(generate(2000, 10, 1.0, 3))).getAverageClusteringCoefficient();
        // A ring lattice with k = 10 has C = 3(k-2)/(4(k-1)) = 0.667 (Watts and Strogatz 1998).
        assertEquals(0.667, lattice, 0.005);
        assertTrue(small > 0.55, "small-world clustering stays high, was " + small);
        assertTrue(random < 0.02, "a fully rewired graph has random-graph clustering, was " + random);
    }

    @Test
    void rejectsBadParameters() {
        assertThrows(IllegalArgumentException.class, () -> new WattsStrogatz(3, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new WattsStrogatz(0, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new WattsStrogatz(4, 1.5));
        TieGraph tooSmall = new TieGraph(5, 10);
        assertThrows(IllegalArgumentException.class, () -> new WattsStrogatz(6, 0.1)
                .generate(tooSmall, IntStream.range(0, 5).toArray(), new MersenneTwisterFast(1), r -> 0.5f));
    }
}
