package org.lonelyloop.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.RuntimeChanges;
import org.lonelyloop.scenario.Scenario;
import org.lonelyloop.scenario.ScenarioLoader;
import org.lonelyloop.scenario.ScenarioSource;

/**
 * The ground truth of a panel's cross-lags: the nudged worlds differ from the original only
 * through the nudge, and each lag follows the pathway that carries it.
 */
class PanelGroundTruthTest {
    private static PanelGroundTruth.Lags lags(String... overrides) throws Exception {
        List<String> o = new java.util.ArrayList<>(List.of("population.size=3000", "burnIn=1y", "duration=3y"));
        o.addAll(List.of(overrides));
        Scenario s = ScenarioLoader.load(ScenarioSource.bundled("quickstart"), o).scenario();
        LonelyLoop model = LonelyLoop.create(s.model(), 99, 2);
        int[] panel = new int[1500];
        for (int k = 0; k < panel.length; k++) {
            panel[k] = 2 * k;
        }
        PanelGroundTruth[] truth = {null};
        new RunEngine(model).with(new RunEngine.Hook() {
            @Override
            public void before(RunEngine run, int day) {
                if (day == 365 - 7) {
                    truth[0] = PanelGroundTruth.branch(run, panel, 365, 5);
                } else if (truth[0] != null && truth[0].done()) {
                    run.stop();
                }
            }
        }).run();
        if (truth[0] == null || !truth[0].done()) {
            throw new AssertionError("the second wave was never reached");
        }
        return truth[0].lags();
    }

    @Test
    void eachTrueLagFollowsThePathwayThatCarriesIt() throws Exception {
        PanelGroundTruth.Lags defaults = lags();
        assertTrue(defaults.lonelinessToPassive() > 0, "lonely people use more (compensation): " + defaults);
        assertTrue(defaults.passiveToLoneliness() > 0, "use makes people lonelier (displacement, comparison, "
                + "sleep): " + defaults);
        PanelGroundTruth.Lags noCompensation = lags("pathways.compensation.enabled=false");
        assertTrue(noCompensation.lonelinessToPassive() < 0.5 * defaults.lonelinessToPassive(),
                "without compensation loneliness barely moves use: " + noCompensation + " against " + defaults);
        PanelGroundTruth.Lags reversedDisplacement = lags("pathways.displacement.strength=-0.7",
                "pathways.comparison.enabled=false", "pathways.sleep.enabled=false", "pathways.fomo.enabled=false");
        assertTrue(reversedDisplacement.passiveToLoneliness() < 0, "when use arranges meetings instead of taking "
                + "their time, more use means less loneliness: " + reversedDisplacement);
    }

    @Test
    void aZeroNudgeLeavesTheWorldsIdentical() throws Exception {
        Scenario s = ScenarioLoader.load(ScenarioSource.bundled("quickstart"),
                List.of("population.size=500", "burnIn=30d", "duration=60d")).scenario();
        LonelyLoop a = LonelyLoop.create(s.model(), 3, 1);
        a.start();
        for (int d = 0; d < 10; d++) {
            a.stepDay();
        }
        LonelyLoop b = org.lonelyloop.model.Checkpoint.copy(a);
        RuntimeChanges.of(b).nudgeUse(new int[] {1, 2, 3}, 0.0);
        for (int d = 0; d < 30; d++) {
            a.stepDay();
            b.stepDay();
        }
        for (int i = 0; i < 500; i++) {
            assertEquals(a.agent(i).getLoneliness(), b.agent(i).getLoneliness(), 0.0, "agent " + i);
            assertEquals(a.agent(i).getUseMinutes(), b.agent(i).getUseMinutes(), 0.0, "agent " + i);
        }
    }
}
