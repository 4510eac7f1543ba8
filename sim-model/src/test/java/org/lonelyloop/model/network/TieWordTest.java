package org.lonelyloop.model.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TieWordTest {
    private static final float HALF_STEP = 0.5f / TieWord.STEPS;

    @Test
    void aStrengthAndItsFlagsComeBackAsTheyWentIn() {
        for (float s : new float[] {0, 0.05f, 0.3f, 0.5f, 0.999f, 1f}) {
            for (int flags = 0; flags < 4; flags++) {
                char w = TieWord.of(s, flags);
                assertEquals(s, TieWord.strength(w), HALF_STEP, "strength " + s);
                assertEquals(flags, TieWord.flags(w));
                assertEquals(TieWord.strength(w), TieWord.strengthOf(TieWord.steps(w)));
            }
        }
        assertEquals(1f, TieWord.strength(TieWord.of(7f, 0)), "clamped to 1");
        assertEquals(0f, TieWord.strength(TieWord.of(-1f, 0)), "clamped to 0");
    }

    @Test
    void aWeakTieThatNoOneKeepsUpStillEnds() {
        // The slowest decay the model allows short of none: 1 % a day, 99.9 % of it prevented by use.
        float kept = 1 - 0.01f * (1 - 0.999f);
        int steps = TieWord.stepsAtLeast(0.05f);
        int days = 0;
        while (steps >= TieWord.stepsAtLeast(0.05f) - 10 && days < 100) {
            int next = TieWord.weakened(steps, kept);
            assertTrue(next < steps, "a day without meeting takes at least a step");
            steps = next;
            days++;
        }
        assertEquals(11, days);
        assertEquals(TieWord.STEPS / 2, TieWord.weakened(TieWord.STEPS / 2, 1f), "nothing lost when all is kept");
    }

    @Test
    void weakeningAndStrengtheningRoundToTheNearestStep() {
        for (int steps = 1; steps <= TieWord.STEPS; steps += 97) {
            float s = TieWord.strengthOf(steps);
            float decayed = s * 0.99f;
            float met = s + 0.15f * (1 - s);
            assertEquals(decayed, TieWord.strengthOf(TieWord.weakened(steps, 0.99f)), 1.01f / TieWord.STEPS, "decay at " + steps);
            assertEquals(met, TieWord.strengthOf(TieWord.strengthened(steps, 0.15f)), HALF_STEP + 1e-6f, "meeting at " + steps);
            assertTrue(TieWord.strengthened(steps, 0.15f) <= TieWord.STEPS);
        }
    }

    @Test
    void theDissolvingStepIsTheFirstAtOrAboveTheThreshold() {
        for (float threshold : new float[] {0, 0.05f, 0.1f, 0.333f, 0.5f}) {
            int n = TieWord.stepsAtLeast(threshold);
            assertTrue(TieWord.strengthOf(n) >= threshold);
            assertTrue(n == 0 || TieWord.strengthOf(n - 1) < threshold);
        }
    }
}
