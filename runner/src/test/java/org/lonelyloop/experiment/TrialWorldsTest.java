package org.lonelyloop.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.scenario.Scenario;
import org.lonelyloop.scenario.ScenarioLoader;
import org.lonelyloop.scenario.ScenarioSource;

/**
 * The trial's world without the trial is branched from the trial's own world at randomisation, so
 * the burn-in and the days before run once: it must be exactly the scenario run alone without the
 * treatment, every participant's loneliness at every wave equal to the last bit.
 */
class TrialWorldsTest {
    @Test
    void theWorldWithoutTheTrialIsTheScenarioRunAloneWithoutTheTreatment() throws Exception {
        Scenario s = ScenarioLoader.override(ScenarioLoader.load(ScenarioSource.bundled("quickstart")).scenario(),
                List.of("interventions=[{type: usage-cap, limits: [30m], adherence: 1}]", "population.size=1500",
                        "burnIn=40d", "experiment.trial.size=600", "experiment.trial.day=2w",
                        "experiment.trial.duration=4w", "experiment.trial.followUps=[2w, 6w]"));
        long seed = 77;
        Trial.Result r = Trial.run(s, seed, 2);
        int lastDay = r.measurements().stream().mapToInt(Trial.Measurement::day).max().orElseThrow();
        LonelyLoop alone = LonelyLoop.create(s.withInterventions(List.of()).withDuration(Days.of(lastDay + 1)).model(), seed, 1);
        alone.start();
        int compared = 0;
        for (int day = 0; day <= lastDay; day++) {
            alone.stepDay();
            for (Trial.Measurement m : r.measurements()) {
                if (!m.trialWorld() && m.day() == day) {
                    assertEquals(alone.agent(m.id()).getLoneliness(), m.trueLoneliness(), 0,
                            "participant " + m.id() + " on day " + day);
                    compared++;
                }
            }
        }
        alone.finish();
        assertEquals(3 * 600, compared, "every participant at baseline and both follow-ups");
        assertTrue(r.measurements().stream().anyMatch(m -> m.trialWorld() && m.treatment() && m.wave() == 1
                && m.useMinutes() < 31), "the treatment did act in the trial's world");
    }
}
