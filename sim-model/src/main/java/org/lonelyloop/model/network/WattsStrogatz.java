package org.lonelyloop.model.network;

import ec.util.MersenneTwisterFast;

/**
 * Small-world graph generator after Watts and Strogatz (1998), "Collective dynamics of
 * 'small-world' networks", Nature 393:440-442.
 *
 * <p>Agents are placed on a ring in the order given by the caller, each tied to its {@code k/2}
 * nearest positions on either side; each lattice tie is then rewired with probability
 * {@code rewiring} to a uniformly chosen agent. Passing a ring order sorted by age (with noise)
 * gives age homophily: most ties join people of similar age, a few bridge generations. Ties are
 * written straight into a {@link TieGraph}; strengths are drawn by the caller's
 * {@link StrengthSource}.
 */
public final class WattsStrogatz {
    /** Gives the initial strength of each new tie. */
    @FunctionalInterface
    public interface StrengthSource {
        float next(MersenneTwisterFast random);
    }

    private final int k;
    private final double rewiring;

    /**
     * @param k        lattice degree: even, at least 2
     * @param rewiring probability in [0, 1] that a lattice tie is rewired
     */
    public WattsStrogatz(int k, double rewiring) {
        if (k < 2 || k % 2 != 0) {
            throw new IllegalArgumentException("Watts-Strogatz degree k must be even and at least 2, was " + k);
        }
        if (!(rewiring >= 0 && rewiring <= 1)) {
            throw new IllegalArgumentException("Watts-Strogatz rewiring probability must be in [0, 1], was " + rewiring);
        }
        this.k = k;
        this.rewiring = rewiring;
    }

    /**
     * Fills an empty graph.
     *
     * @param graph     empty graph; its capacity must be at least k
     * @param ringOrder a permutation of 0..n-1: ringOrder[p] is the agent at ring position p
     */
    public void generate(TieGraph graph, int[] ringOrder, MersenneTwisterFast random, StrengthSource strengths) {
        generate(graph, ringOrder, Ring.numbered(graph.agents()).order(), random, strengths);
    }

    /**
     * Fills an empty graph whose agents may already be numbered along the ring. The tie a lattice
     * place makes and the agent a rewiring draws are then looked up near each other in memory (the
     * blocks of neighbouring places are neighbours), where on a ring of shuffled numbers each is a
     * cache miss once the population outgrows the caches.
     *
     * @param graph     empty graph; its capacity must be at least k
     * @param ringOrder ringOrder[p] is the agent at ring position p (for agents numbered along the
     *                  ring, p itself)
     * @param drawnAs   the agent a uniform draw of number w names, {@code drawnAs[w]}. For agents
     *                  numbered along the ring, the place of the agent numbered w before: the draws
     *                  then name the agents they named before the renumbering, and the graph is the
     *                  one the ring of shuffled numbers gives, renumbered
     */
    public void generate(TieGraph graph, int[] ringOrder, int[] drawnAs, MersenneTwisterFast random,
            StrengthSource strengths) {
        int n = graph.agents();
        if (ringOrder.length != n || drawnAs.length != n) {
            throw new IllegalArgumentException("ring order and draws have " + ringOrder.length + " and "
                    + drawnAs.length + " entries for " + n + " agents");
        }
        if (graph.tieCount() != 0) {
            throw new IllegalArgumentException("graph must be empty");
        }
        if (graph.capacity() < k) {
            throw new IllegalArgumentException("tie capacity " + graph.capacity() + " is below the lattice degree " + k);
        }
        if (n <= k) {
            throw new IllegalArgumentException("Watts-Strogatz needs more agents (" + n + ") than the lattice degree " + k);
        }
        int half = k / 2;
        for (int p = 0; p < n; p++) {
            for (int j = 1; j <= half; j++) {
                graph.connect(ringOrder[p], ringOrder[(p + j) % n], strengths.next(random));
            }
        }
        if (rewiring == 0) {
            return;
        }
        // Rewire in rounds of increasing lattice distance, as in the original paper, so that
        // short-range ties are considered before long-range ones.
        for (int j = 1; j <= half; j++) {
            for (int p = 0; p < n; p++) {
                if (!random.nextBoolean(rewiring)) {
                    continue;
                }
                int u = ringOrder[p];
                int v = ringOrder[(p + j) % n];
                if (!graph.contains(u, v)) {
                    continue;
                }
                int w = pickTarget(graph, u, drawnAs, random);
                if (w >= 0) {
                    float s = graph.strength(u, graph.indexOf(u, v));
                    graph.disconnect(u, v);
                    graph.connect(u, w, s);
                }
            }
        }
    }

    /** A uniformly chosen agent that u is not tied to and that has room, or -1 after bounded tries. */
    private static int pickTarget(TieGraph graph, int u, int[] drawnAs, MersenneTwisterFast random) {
        int n = graph.agents();
        for (int attempt = 0; attempt < 32; attempt++) {
            int w = drawnAs[random.nextInt(n)];
            if (w != u && graph.hasRoom(w) && !graph.contains(u, w)) {
                return w;
            }
        }
        return -1;
    }
}
