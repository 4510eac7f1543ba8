package org.lonelyloop.model;

import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.params.PopulationParams;
import org.lonelyloop.model.params.Scenario;

/** Small scenarios that run in well under a second. */
public final class TestScenarios {
    private TestScenarios() {
    }

    public static Scenario small(int agents, int days) {
        return Scenario.defaults()
                .withPopulation(PopulationParams.defaults().withSize(agents))
                .withDuration(Days.of(days))
                .withBurnIn(Days.of(60));
    }

    /** Runs a scenario to its end and returns the model (finished). */
    public static LonelyLoop run(Scenario s, long seed, int threads) {
        LonelyLoop m = LonelyLoop.create(s, seed, threads);
        m.start();
        m.runToEnd();
        m.finish();
        return m;
    }
}
