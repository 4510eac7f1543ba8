package org.lonelyloop.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lonelyloop.model.Checkpoint;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.RuntimeChanges;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.params.PopulationParams;
import org.lonelyloop.scenario.Scenario;

/** The one loop that runs a model's days, and what it promises the drivers that use it. */
class RunEngineTest {
    private static Scenario small(int burnIn, int days) {
        return Scenario.defaults().withPopulation(PopulationParams.defaults().withSize(300))
                .withBurnIn(Days.of(burnIn)).withDuration(Days.of(days));
    }

    /** Tells what it is told, in order, as text. */
    private static final class Told implements RunEngine.Hook {
        final List<String> said = new ArrayList<>();

        @Override
        public void afterBurnInDay(RunEngine run) {
            said.add("burn-in " + run.model().burnInDaysDone());
        }

        @Override
        public void settled(RunEngine run) {
            said.add("settled");
        }

        @Override
        public void before(RunEngine run, int day) {
            said.add("before " + day);
        }

        @Override
        public void after(RunEngine run, int day) {
            said.add("after " + day + " at " + run.model().day());
        }
    }

    @Test
    void aNewModelIsBuiltSettledAndRunToItsEndWithEveryHookToldInOrder() {
        LonelyLoop model = LonelyLoop.create(small(3, 2).model(), 5, 1);
        Told told = new Told();
        new RunEngine(model).with(told).run();
        assertEquals(List.of("burn-in 1", "burn-in 2", "burn-in 3", "settled", "before 0", "after 0 at 1", "before 1",
                "after 1 at 2"), told.said);
        assertTrue(model.isFinished());
    }

    @Test
    void aSettledModelRunsOnlyItsDaysAndATurnLeavesItRunning() {
        LonelyLoop model = LonelyLoop.create(small(2, 5).model(), 5, 1);
        RunEngine engine = new RunEngine(model).settle();
        Told told = new Told();
        engine.with(told);
        assertEquals(2, engine.days(2));
        assertEquals(List.of("before 0", "after 0 at 1", "before 1", "after 1 at 2"), told.said);
        assertEquals(3, engine.days(10), "only the days the duration has left");
        assertTrue(model.isFinished());
        assertEquals(0, engine.days(1));
        engine.finish();
    }

    @Test
    void aStopBeforeADayKeepsThatDayFromRunning() {
        LonelyLoop model = LonelyLoop.create(small(1, 10).model(), 5, 1);
        new RunEngine(model).with(new RunEngine.Hook() {
            @Override
            public void before(RunEngine run, int day) {
                if (day == 4) {
                    run.stop();
                }
            }
        }).run();
        assertEquals(4, model.day());
        assertFalse(model.isFinished());
    }

    /**
     * A world branched between two days and run alongside the model stays on its calendar and, left
     * as it was, stays the model's twin; a nudged one does not. When it is let go it stops.
     */
    @Test
    void aWorldAlongsideRunsDayForDayWithTheModel() {
        LonelyLoop model = LonelyLoop.create(small(5, 12).model(), 5, 2);
        LonelyLoop[] twin = new LonelyLoop[3];
        new RunEngine(model).with(new RunEngine.Hook() {
            @Override
            public void before(RunEngine run, int day) {
                if (day == 3) {
                    twin[0] = Checkpoint.copy(run.model());
                    twin[1] = Checkpoint.copy(run.model());
                    twin[2] = Checkpoint.copy(run.model());
                    RuntimeChanges.of(twin[1]).nudgeLoneliness(new int[] {0, 1, 2, 3, 4, 5, 6, 7}, 1.0);
                    for (LonelyLoop w : twin) {
                        run.alongside(w);
                    }
                }
                if (day == 9) {
                    run.leave(twin[2]);
                }
            }
        }).run();
        assertEquals(12, twin[0].day());
        assertEquals(12, twin[1].day());
        assertEquals(9, twin[2].day(), "let go before day 9");
        double[] a = lonelinessOf(model);
        assertArrayEquals(a, lonelinessOf(twin[0]));
        assertNotEquals(java.util.Arrays.toString(a), java.util.Arrays.toString(lonelinessOf(twin[1])));
    }

    private static double[] lonelinessOf(LonelyLoop m) {
        double[] out = new double[m.populationSize()];
        for (int i = 0; i < out.length; i++) {
            out[i] = m.agent(i).getLoneliness();
        }
        return out;
    }
}
