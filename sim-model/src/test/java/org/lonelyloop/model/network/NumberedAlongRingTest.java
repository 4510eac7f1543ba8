package org.lonelyloop.model.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A large world's networks are built with its agents already numbered along the ring (for memory
 * locality while building). They must be the networks the ring of shuffled numbers gives, renumbered:
 * the same ties in the same slots with the same strengths and flags, the same online ties, and the
 * same layout of the slab, so that a scenario and seed give the world they always gave.
 */
class NumberedAlongRingTest {
    private static final int N = 4000;
    private static final int CAPACITY = 40;
    private static final int DEGREE = 10;

    /** A ring of shuffled numbers, as the sampler's age order gives one. */
    private static int[] shuffledRing(long seed) {
        List<Integer> agents = IntStream.range(0, N).boxed().collect(Collectors.toList());
        Collections.shuffle(agents, new Random(seed));
        return agents.stream().mapToInt(Integer::intValue).toArray();
    }

    private static WattsStrogatz.StrengthSource strengths() {
        return r -> (float) (0.06 + 0.9 * r.nextDouble());
    }

    @Test
    void buildingInRingNumbersGivesTheShuffledNetworksRenumbered() {
        int[] ringOrder = shuffledRing(5);
        int[] place = Ring.placesOf(ringOrder);
        OnlineNetworkGenerator online = new OnlineNetworkGenerator(0.6, 2);
        WattsStrogatz smallWorld = new WattsStrogatz(DEGREE, 0.2);

        TieGraph shuffled = new TieGraph(N, CAPACITY, DEGREE);
        MersenneTwisterFast r1 = new MersenneTwisterFast(42);
        smallWorld.generate(shuffled, ringOrder, r1, strengths());
        OnlineGraph shuffledOnline = online.generate(shuffled, r1);

        TieGraph numbered = new TieGraph(N, CAPACITY, DEGREE);
        MersenneTwisterFast r2 = new MersenneTwisterFast(42);
        smallWorld.generate(numbered, Ring.numbered(N).order(), place, r2, strengths());
        numbered.compact();
        OnlineGraph numberedOnline = online.generate(numbered, place, ringOrder, r2);

        assertEquals(r1.nextLong(), r2.nextLong(), "the same draws were used, no more and no fewer");
        assertEquals(shuffled.tieCount(), numbered.tieCount());
        int flagged = 0;
        for (int p = 0; p < N; p++) {
            int was = ringOrder[p];
            assertEquals(shuffled.degree(was), numbered.degree(p), "degree of agent " + p);
            for (int k = 0; k < numbered.degree(p); k++) {
                assertEquals(place[shuffled.neighbour(was, k)], numbered.neighbour(p, k), "slot " + k + " of " + p);
                assertEquals(shuffled.ties()[shuffled.base(was) + k], numbered.ties()[numbered.base(p) + k],
                        "strength and flags of slot " + k + " of " + p);
                flagged += numbered.has(p, k, TieGraph.ONLINE) ? 1 : 0;
            }
            int[] expected = Arrays.stream(shuffledOnline.neighboursOf(was)).map(j -> place[j]).sorted().toArray();
            assertArrayEquals(expected, numberedOnline.neighboursOf(p), "online ties of " + p);
        }
        assertNotEquals(0, flagged, "some offline ties are online too");
        shuffled.compact();
        assertEquals(shuffled.bytes(), numbered.bytes(), "the same slab, with the same room per agent");
    }

    @Test
    void theNumberedBuildIsLocal() {
        // What the build is for: in ring numbers, most ties join agents a few numbers apart.
        int[] place = Ring.placesOf(shuffledRing(9));
        TieGraph numbered = new TieGraph(N, CAPACITY, DEGREE);
        new WattsStrogatz(DEGREE, 0.1).generate(numbered, Ring.numbered(N).order(), place, new MersenneTwisterFast(1), strengths());
        long near = 0;
        for (int p = 0; p < N; p++) {
            for (int j : numbered.neighboursOf(p)) {
                int apart = Math.abs(p - j);
                near += Math.min(apart, N - apart) <= DEGREE / 2 ? 1 : 0;
            }
        }
        double share = near / (2.0 * numbered.tieCount());
        assertEquals(0.9, share, 0.03, "the lattice's ties are near, the rewired tenth is not");
    }
}
