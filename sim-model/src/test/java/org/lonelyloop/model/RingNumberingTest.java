package org.lonelyloop.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lonelyloop.model.network.OnlineGraph;
import org.lonelyloop.model.network.TieGraph;
import org.lonelyloop.model.observe.DayRecord;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.state.Population;
import org.lonelyloop.model.state.Workers;

/**
 * Large populations are numbered along the ring of settings once the networks are built
 * (networks.offline.localityFrom): the same people with the same ties under new numbers, ties
 * between nearby numbers, and runs as deterministic as before.
 */
class RingNumberingTest {
    private static final int AGENTS = 3 * Workers.SMALL_CHUNK + 17;

    private static ModelParams numbered(boolean along) {
        return TestScenarios.with(TestScenarios.small(AGENTS, 30),
                "networks.offline.localityFrom=" + (along ? 0 : 20_000_000));
    }

    private static LonelyLoop started(ModelParams s) {
        LonelyLoop m = LonelyLoop.create(s.withBurnIn(Days.of(0)), 4, 1);
        m.start();
        return m;
    }

    @Test
    void theSamePeopleAndTiesUnderNewNumbers() {
        LonelyLoop plain = started(numbered(false));
        LonelyLoop along = started(numbered(true));
        int[] order = plain.world().ring().order();
        int[] position = plain.world().ring().places();
        Population a = plain.world().population();
        Population b = along.world().population();
        for (int p = 0; p < AGENTS; p++) {
            int old = order[p];
            assertEquals(a.age[old], b.age[p]);
            assertEquals(a.lonelinessLogit(old), b.lonelinessLogit(p));
            assertEquals(a.baseMinutes[old], b.baseMinutes[p]);
            assertEquals(a.tieTarget[old], b.tieTarget[p]);
            assertEquals(p, along.world().ring().order()[p], "the ring is now the numbering");
        }
        TieGraph ga = plain.world().offline();
        TieGraph gb = along.world().offline();
        assertEquals(ga.tieCount(), gb.tieCount());
        for (int p = 0; p < AGENTS; p++) {
            int old = order[p];
            assertEquals(ga.degree(old), gb.degree(p));
            for (int k = 0; k < ga.degree(old); k++) {
                assertEquals(position[ga.neighbour(old, k)], gb.neighbour(p, k), "agent " + p + " slot " + k);
                assertEquals(ga.strength(old, k), gb.strength(p, k));
            }
        }
        OnlineGraph oa = plain.world().online();
        OnlineGraph ob = along.world().online();
        assertEquals(oa.tieCount(), ob.tieCount());
        for (int p = 0; p < AGENTS; p++) {
            int[] mapped = Arrays.stream(oa.neighboursOf(order[p])).map(j -> position[j]).sorted().toArray();
            assertArrayEquals(mapped, ob.neighboursOf(p), "online ties of " + p);
        }
    }

    @Test
    void afterNumberingMostTiesJoinNearbyNumbers() {
        TieGraph plain = started(numbered(false)).world().offline();
        TieGraph along = started(numbered(true)).world().offline();
        assertTrue(nearShare(along) > 0.8, "near after: " + nearShare(along));
        assertTrue(nearShare(plain) < 0.1, "near before: " + nearShare(plain));
    }

    /** Share of tie slots whose two agents' numbers differ by at most 64 (a few cache lines of state). */
    private static double nearShare(TieGraph g) {
        long near = 0;
        long all = 0;
        for (int i = 0; i < g.agents(); i++) {
            for (int k = 0; k < g.degree(i); k++) {
                all++;
                near += Math.abs(g.neighbour(i, k) - i) <= 64 ? 1 : 0;
            }
        }
        return (double) near / all;
    }

    @Test
    void numberedRunsDoNotDependOnTheThreadCount() {
        ModelParams s = numbered(true);
        List<double[]> one = series(s, 1);
        List<double[]> two = series(s, 3);
        for (int d = 0; d < one.size(); d++) {
            assertArrayEquals(one.get(d), two.get(d), 0, "day " + d);
        }
    }

    private static List<double[]> series(ModelParams s, int threads) {
        List<double[]> rows = new ArrayList<>();
        LonelyLoop m = LonelyLoop.create(s, 9, threads);
        m.addObserver((DayRecord r) -> rows.add(r.values()));
        m.start();
        TestScenarios.runToEnd(m);
        m.finish();
        return rows;
    }
}
