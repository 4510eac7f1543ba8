package org.lonelyloop.model.pathway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.Probe;
import org.lonelyloop.model.TestScenarios;
import org.lonelyloop.model.state.Population;

/** What a break from social media does to the learnt reward rate and the habit. */
class ReinforcementTest {
    private static final int START = 10;
    private static final int DAYS = 28;

    /** The model under a deactivation with these settings as well, stepped to the end of day {@code until}. */
    private static LonelyLoop runTo(int until, Object... deactivation) {
        List<Object> settings = new ArrayList<>(List.of("start", START + "d", "end", (START + DAYS) + "d", "adherence", 1.0));
        settings.addAll(List.of(deactivation));
        LonelyLoop m = LonelyLoop.create(TestScenarios.small(1500, 120).withInterventions(
                List.of(TestScenarios.intervention("deactivation", settings.toArray()))), 9, 2);
        m.start();
        while (m.day() <= until) {
            m.stepDay();
        }
        return m;
    }

    @Test
    void aDayWithoutAnyUseTeachesNothingAndTheHabitOnlyFades() {
        Population before = new Probe(runTo(START - 1)).population();
        Population after = new Probe(runTo(START + DAYS - 1)).population();
        double decay = Math.pow(1 - Reinforcement.Params.defaults().habitDecay(), DAYS);
        for (int i = 0; i < before.size; i++) {
            assertEquals(0, after.useMinutes[i], 0.0, "agent " + i + " keeps to the deactivation");
            assertEquals(before.rewardExpectation[i], after.rewardExpectation[i], 0.0, "agent " + i + "'s expectation stays");
            assertEquals(before.habit[i] * decay, after.habit[i], 1e-5, "agent " + i + "'s habit only decays");
        }
    }

    @Test
    void usingLessDoesNotLowerTheExpectedRewardRate() {
        Population before = new Probe(runTo(START - 1, "allowedShare", 0.3)).population();
        Population after = new Probe(runTo(START + DAYS - 1, "allowedShare", 0.3)).population();
        double rateBefore = 0;
        double rateAfter = 0;
        double rewardsBefore = 0;
        double rewardsAfter = 0;
        for (int i = 0; i < before.size; i++) {
            rateBefore += before.rewardExpectation[i];
            rateAfter += after.rewardExpectation[i];
            rewardsBefore += before.useMinutes[i];
            rewardsAfter += after.useMinutes[i];
        }
        assertTrue(rewardsAfter < 0.4 * rewardsBefore, "use is cut: " + rewardsBefore + " -> " + rewardsAfter);
        assertEquals(rateBefore, rateAfter, 0.1 * rateBefore, "the learnt rate per unit of activity holds");
    }
}
