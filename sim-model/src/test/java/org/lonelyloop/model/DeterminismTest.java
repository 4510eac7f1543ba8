package org.lonelyloop.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lonelyloop.model.observe.DayRecord;
import org.lonelyloop.model.state.Workers;

class DeterminismTest {
    /** More than one chunk of agents, so parallel runs really split the work. */
    private static final ModelParams SCENARIO = TestScenarios.small(3 * Workers.SMALL_CHUNK + 17, 60);

    private static List<double[]> series(ModelParams s, long seed, int threads) {
        List<double[]> rows = new ArrayList<>();
        LonelyLoop m = LonelyLoop.create(s, seed, threads);
        m.addObserver((DayRecord r) -> rows.add(r.values()));
        m.start();
        TestScenarios.runToEnd(m);
        m.finish();
        return rows;
    }

    @Test
    void sameSeedGivesIdenticalResults() {
        List<double[]> a = series(SCENARIO, 5, 2);
        List<double[]> b = series(SCENARIO, 5, 2);
        assertEquals(a.size(), b.size());
        for (int d = 0; d < a.size(); d++) {
            assertArrayEquals(a.get(d), b.get(d), 0, "day " + d);
        }
    }

    @Test
    void differentSeedsGiveDifferentResults() {
        List<double[]> a = series(SCENARIO, 5, 2);
        List<double[]> b = series(SCENARIO, 6, 2);
        assertFalse(Arrays.equals(a.get(a.size() - 1), b.get(b.size() - 1)));
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() {
        List<double[]> one = series(SCENARIO, 9, 1);
        for (int threads : new int[] {2, 3, 8}) {
            List<double[]> many = series(SCENARIO, 9, threads);
            for (int d = 0; d < one.size(); d++) {
                assertArrayEquals(one.get(d), many.get(d), 0, threads + " threads, day " + d);
            }
        }
    }
}
