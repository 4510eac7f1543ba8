package org.lonelyloop.model.network;

import ec.util.MersenneTwisterFast;
import java.util.BitSet;

/**
 * Builds the online network from the offline one. Each offline tie is also an online tie with
 * probability {@code overlap} (most people follow their friends; Dutch adults mostly connect online
 * with people they know offline); on top, each agent adds {@code strangerTies} ties by preferential
 * attachment (Barabasi and Albert 1999, Science 286:509), giving the heavy-tailed degrees of
 * follower networks: a few accounts are followed by many. Offline ties chosen to be online get the
 * {@link TieGraph#ONLINE} flag on both sides.
 */
public final class OnlineNetworkGenerator {
    private final double overlap;
    private final int strangerTies;

    /**
     * @param overlap      probability in [0, 1] that an offline tie is also an online tie
     * @param strangerTies preferential-attachment ties each agent adds, at least 0
     */
    public OnlineNetworkGenerator(double overlap, int strangerTies) {
        if (!(overlap >= 0 && overlap <= 1)) {
            throw new IllegalArgumentException("online overlap must be a probability in [0, 1], was " + overlap);
        }
        if (strangerTies < 0) {
            throw new IllegalArgumentException("stranger ties per agent must not be negative, was " + strangerTies);
        }
        this.overlap = overlap;
        this.strangerTies = strangerTies;
    }

    public OnlineGraph generate(TieGraph offline, MersenneTwisterFast random) {
        int[] same = Ring.numbered(offline.agents()).order();
        return generate(offline, same, same, random);
    }

    /**
     * The online network of an offline network whose agents may have been renumbered along the
     * ring. Its coins and draws go to the agents they went to under the old numbers, so the network
     * is the one the seed always gave, renumbered: the overlap's coins are drawn in the order of the
     * old numbers, and the preferential attachment runs over old numbers and is renumbered after.
     *
     * @param numberOf  the agent each old number is now ({@code numberOf[old]})
     * @param wasNumber the old number of each agent ({@code wasNumber[agent]}), the inverse
     */
    public OnlineGraph generate(TieGraph offline, int[] numberOf, int[] wasNumber, MersenneTwisterFast random) {
        int n = offline.agents();
        long maxEdges = offline.tieCount() + (long) n * strangerTies;
        if (maxEdges > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException("online network of " + maxEdges + " ties is too large for one array");
        }
        int[] ea = new int[(int) maxEdges];
        int[] eb = new int[(int) maxEdges];
        // One coin per tie, drawn in the order of the old numbers: its lower end's, then the slot's.
        // Visiting agents in that order is a jump across the heap per agent in ring numbers, so
        // each agent's first coin is counted up first and the coins drawn in one run; the ties are
        // then visited in ring numbers, where a tie's two blocks lie close together.
        int[] firstCoin = new int[n + 1];
        for (int i = 0; i < n; i++) {
            int was = wasNumber[i];
            int coins = 0;
            for (int k = 0; k < offline.degree(i); k++) {
                coins += was < wasNumber[offline.neighbour(i, k)] ? 1 : 0;
            }
            firstCoin[was + 1] = coins;
        }
        for (int old = 0; old < n; old++) {
            firstCoin[old + 1] += firstCoin[old];
        }
        BitSet online = new BitSet(firstCoin[n]);
        for (int c = 0; c < firstCoin[n]; c++) {
            if (random.nextBoolean(overlap)) {
                online.set(c);
            }
        }
        int edges = 0;
        for (int i = 0; i < n; i++) {
            int was = wasNumber[i];
            int coin = firstCoin[was];
            for (int k = 0; k < offline.degree(i); k++) {
                int j = offline.neighbour(i, k);
                if (was < wasNumber[j] && online.get(coin++)) {
                    ea[edges] = i;
                    eb[edges] = j;
                    edges++;
                    offline.setFlagAt(i, k, TieGraph.ONLINE);
                }
            }
        }
        if (strangerTies > 0 && n > strangerTies) {
            int from = edges;
            edges = attach(n, random, ea, eb, edges);
            for (int e = from; e < edges; e++) {
                ea[e] = numberOf[ea[e]];
                eb[e] = numberOf[eb[e]];
            }
        }
        return OnlineGraph.fromEdges(n, ea, eb, edges);
    }

    /**
     * Preferential attachment over a random arrival order: each arriving agent ties to
     * {@code strangerTies} distinct earlier agents chosen with probability proportional to their
     * attachment degree (the list of edge ends makes each draw O(1)).
     */
    private int attach(int n, MersenneTwisterFast random, int[] ea, int[] eb, int edges) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int m = strangerTies;
        int[] ends = new int[2 * m * n];
        int nEnds = 0;
        // Seed: the first m + 1 arrivals form a clique, so every later draw has somewhere to go.
        for (int x = 0; x <= m; x++) {
            for (int y = x + 1; y <= m; y++) {
                ea[edges] = order[x];
                eb[edges] = order[y];
                edges++;
                ends[nEnds++] = order[x];
                ends[nEnds++] = order[y];
            }
        }
        int[] chosen = new int[m];
        for (int x = m + 1; x < n; x++) {
            int newcomer = order[x];
            int got = 0;
            while (got < m) {
                int target = ends[random.nextInt(nEnds)];
                boolean dup = false;
                for (int c = 0; c < got; c++) {
                    dup |= chosen[c] == target;
                }
                if (!dup) {
                    chosen[got++] = target;
                }
            }
            for (int c = 0; c < m; c++) {
                ea[edges] = newcomer;
                eb[edges] = chosen[c];
                edges++;
                ends[nEnds++] = newcomer;
                ends[nEnds++] = chosen[c];
            }
        }
        return edges;
    }
}
