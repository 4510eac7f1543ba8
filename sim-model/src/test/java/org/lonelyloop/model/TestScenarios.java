package org.lonelyloop.model;

import java.util.List;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.params.PopulationParams;
import org.lonelyloop.scenario.ScenarioException;
import org.lonelyloop.scenario.ScenarioLoader;

/** Small scenarios that run in well under a second, and variants of them. */
public final class TestScenarios {
    private TestScenarios() {
    }

    /** The default scenario with fewer agents, a short burn-in and the given recorded days. */
    public static Scenario small(int agents, int days) {
        return Scenario.defaults()
                .withPopulation(PopulationParams.defaults().withSize(agents))
                .withDuration(Days.of(days))
                .withBurnIn(Days.of(90));
    }

    /** A variant with {@code key.path=value} overrides, as a user would write them. */
    public static Scenario with(Scenario base, String... overrides) {
        try {
            return ScenarioLoader.override(base, List.of(overrides));
        } catch (ScenarioException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** Runs a scenario to its end and returns the model (finished). */
    public static LonelyLoop run(Scenario s, long seed, int threads) {
        LonelyLoop m = LonelyLoop.create(s, seed, threads);
        m.start();
        runToEnd(m);
        m.finish();
        return m;
    }

    /**
     * Runs a started model's remaining days. The model's tests step days themselves; programs use
     * the runner's engine, which this module does not see.
     */
    public static void runToEnd(LonelyLoop m) {
        while (!m.isFinished()) {
            m.stepDay();
        }
    }
}
