package org.lonelyloop.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.lonelyloop.model.state.Population;

/**
 * A what-if world is the same population under another rule: two worlds on one seed that differ only
 * in a mechanism have the same people (ages, dispositions, partners, traits), and their loneliness
 * goes where the mechanisms take it rather than being fitted back to one answer.
 */
class SamePeopleTest {
    private static Population built(ModelParams s) {
        LonelyLoop m = LonelyLoop.create(s, 11, 2);
        m.begin();
        Population p = m.world().population();
        m.finish();
        return p;
    }

    @Test
    void worldsThatDifferInAPathwayStrengthHaveTheSamePeople() {
        ModelParams base = TestScenarios.small(1500, 10);
        ModelParams stronger = TestScenarios.with(base, "pathways.compensation.strength=0.5",
                "pathways.displacement.strength=2", "pathways.withdrawal.initiative=1");
        Population a = built(base);
        Population b = built(stronger);
        assertArrayEquals(a.age, b.age, "ages");
        assertArrayEquals(a.emotionalSetPoint, b.emotionalSetPoint, "emotional dispositions");
        assertArrayEquals(a.socialSetPoint, b.socialSetPoint, "social dispositions");
        assertArrayEquals(a.partnerCloseness, b.partnerCloseness, "partners");
        assertArrayEquals(a.anxietySetPoint, b.anxietySetPoint, "social anxiety");
        assertArrayEquals(a.baseMinutes, b.baseMinutes, "usual use");
        assertArrayEquals(a.lonelinessDrift, b.lonelinessDrift, "circumstances");
    }

    @Test
    void aWorldWithStrongerCompensationEndsLonelierThanTheCalibratedOne() {
        // Comparison stronger by half: more harm from the same scrolling, nothing fitted back.
        ModelParams base = TestScenarios.with(TestScenarios.small(2000, 60), "burnIn=1y");
        ModelParams harsher = TestScenarios.with(base, "pathways.comparison.strength=0.2");
        double usual = mean(TestScenarios.run(base, 5, 2).world().population().loneliness);
        double harsh = mean(TestScenarios.run(harsher, 5, 2).world().population().loneliness);
        assertTrue(harsh > usual + 0.01, "stronger comparison should leave the same people lonelier: " + usual + " vs "
                + harsh);
    }

    @Test
    void theBurnInFitsNobody() {
        // The set points a run ends with are the ones it was built with: no stage of the burn-in moves them.
        ModelParams s = TestScenarios.with(TestScenarios.small(800, 5), "burnIn=200d");
        Population before = built(s);
        Population after = TestScenarios.run(s, 11, 2).world().population();
        assertArrayEquals(before.emotionalSetPoint, after.emotionalSetPoint);
        assertArrayEquals(before.socialSetPoint, after.socialSetPoint);
        assertFalse(Arrays.equals(before.emotionalLogit, after.emotionalLogit), "loneliness itself moves");
    }

    private static double mean(float[] v) {
        double s = 0;
        for (float x : v) {
            s += x;
        }
        return s / v.length;
    }
}
