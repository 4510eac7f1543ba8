package org.lonelyloop.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lonelyloop.analysis.Judgement;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.RuntimeChanges;
import org.lonelyloop.scenario.Scenario;
import org.lonelyloop.scenario.ScenarioException;
import org.lonelyloop.scenario.ScenarioLoader;

/** Arms branched from one burn-in run exactly as fresh runs of each arm would, on common random numbers. */
class ArmsTest {
    /** A small world with a usage cap from day 20 and a lockdown from day 40 to 60. */
    static Scenario capped() throws ScenarioException {
        return ScenarioLoader.override(Scenario.defaults(), List.of("population.size=400", "burnIn=60d", "duration=90d",
                "outputs.every=1d", "seed=17",
                "interventions=[{type: usage-cap, limits: [30m], start: 20d, coverage: 0.6}]",
                "events=[{type: lockdown, day: 40d, end: 60d}]"));
    }

    private static Arms.Series fresh(Scenario s, long seed) {
        LonelyLoop m = LonelyLoop.create(s.model(), seed, 1);
        m.start();
        return Arms.record(m);
    }

    @Test
    void everyBranchedArmIsTheFreshRunOfItsScenario() throws Exception {
        Scenario s = capped();
        List<Arms.Arm> arms = List.of(new Arms.Arm("with", s),
                new Arms.Arm("without-interventions", s.withInterventions(List.of())),
                new Arms.Arm("without-events", s.withEvents(List.of())));
        Arms.Outcome o = Arms.run(arms, 2, 1, 1, null);
        for (int r = 0; r < 2; r++) {
            for (int a = 0; a < arms.size(); a++) {
                assertTrue(Arms.identical(fresh(arms.get(a).scenario(), o.seeds()[r]), o.runs().get(r).get(a)),
                        "replication " + r + ", arm " + arms.get(a).name());
            }
        }
        Arms.Series with = o.runs().get(0).get(0);
        int use = with.column("meanUseMinutes");
        Arms.Series without = o.runs().get(0).get(1);
        // Common random numbers: the arms agree to the bit until the cap starts, and differ after.
        assertEquals(without.mean(use, 0, 20), with.mean(use, 0, 20));
        assertTrue(with.mean(use, 20, 40) < without.mean(use, 20, 40) - 5);
    }

    @Test
    void theSameResultsWhateverTheThreads() throws Exception {
        Scenario s = capped();
        List<Arms.Arm> arms = List.of(new Arms.Arm("with", s), new Arms.Arm("without", s.withInterventions(List.of())));
        Arms.Outcome one = Arms.run(arms, 3, 1, 1, null);
        Arms.Outcome many = Arms.run(arms, 3, 3, 2, null);
        for (int r = 0; r < 3; r++) {
            for (int a = 0; a < 2; a++) {
                assertTrue(Arms.identical(one.runs().get(r).get(a), many.runs().get(r).get(a)));
            }
        }
    }

    @Test
    void aScenarioAgainstItselfDiffersByExactlyNothing() throws Exception {
        Scenario s = ScenarioLoader.override(capped(), List.of(
                "expect=[{measure: shareStronglyLonely, at: 30d..90d, compare: quickstart, direction: within, "
                        + "within: [-0.001, 0.001], why: the same world}]"));
        Arms.Outcome o = Arms.run(List.of(new Arms.Arm(Predictions.SCENARIO_ARM, s), new Arms.Arm("quickstart", s)), 3, 2, 1,
                null);
        Judgement j = Predictions.judge(s, o).get(0);
        assertEquals(0.0, j.difference());
        assertEquals(0.0, j.low());
        assertEquals(0.0, j.high());
        assertEquals(Judgement.Verdict.PASS, j.verdict());
    }

    @Test
    void anotherWorldRunsFromItsOwnStartOnTheSameSeeds() throws Exception {
        Scenario s = capped();
        Scenario other = ScenarioLoader.override(s, List.of("pathways.compensation.strength=0"));
        assertFalse(s.sameWorld(other));
        Arms.Outcome o = Arms.run(List.of(new Arms.Arm("a", s), new Arms.Arm("b", other)), 1, 1, 1, null);
        assertTrue(Arms.identical(fresh(other, o.seeds()[0]), o.runs().get(0).get(1)));
    }

    @Test
    void aModelBranchesOnlyAtTheEndOfItsBurnInAndOnlyIntoItsOwnWorld() throws Exception {
        Scenario s = capped();
        LonelyLoop m = LonelyLoop.create(s.model(), 3, 1);
        m.start();
        IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
                () -> RuntimeChanges.of(m).branch(s.withBurnIn(org.lonelyloop.model.params.Days.of(10)).model()));
        assertTrue(other.getMessage().contains("not the same world"), other.getMessage());
        m.stepDay();
        assertThrows(IllegalStateException.class, () -> RuntimeChanges.of(m).branch(s.model()));
        m.finish();
    }
}
