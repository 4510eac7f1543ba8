package org.lonelyloop.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.lonelyloop.model.network.TieGraph;
import org.lonelyloop.model.state.Population;

/**
 * A burn-in of N days is N days of the model. Until December 2026 the burn-in loop moved the day on
 * twice per simulated day (once itself, once in the observe phase), so a scenario's burn-in ran half
 * its days while the progress counter still counted all of them.
 */
class BurnInTest {
    private static final int BURN_IN = 20;

    private static ModelParams scenario() {
        // Ties form often, so that every burn-in day leaves ties dated to it.
        return TestScenarios.with(TestScenarios.small(400, 5), "burnIn=" + BURN_IN + "d",
                "contact.formationProbabilityPerDay=1");
    }

    @Test
    void everyBurnInDayRunsOnce() {
        LonelyLoop m = LonelyLoop.create(scenario(), 3, 1);
        List<Integer> told = new ArrayList<>();
        m.onDayDone(told::add);
        m.start();
        assertEquals(0, m.day(), "recording starts on day 0");
        List<Integer> expected = new ArrayList<>();
        for (int d = 1; d <= BURN_IN; d++) {
            expected.add(d);
        }
        assertEquals(expected, told, "the progress counter is told each burn-in day once, in order");

        // The ties formed in the burn-in are dated to the days that ran: each of the 20 burn-in days,
        // not every other one.
        TieGraph g = m.world().offline();
        TreeSet<Integer> ages = new TreeSet<>();
        for (int i = 0; i < g.agents(); i++) {
            for (int k = 0; k < g.degree(i); k++) {
                int age = g.age(i, k, 0);
                if (age < BURN_IN) {
                    ages.add(age);
                }
            }
        }
        for (int age = 1; age < BURN_IN; age++) {
            assertTrue(ages.contains(age), "no tie formed " + age + " days before recording: " + ages);
        }
    }

    @Test
    void aBurnInSavedAndReadBackMidwayEndsAsOneThatRanStraight() throws Exception {
        ModelParams s = TestScenarios.with(TestScenarios.small(500, 15), "burnIn=" + BURN_IN + "d");
        LonelyLoop straight = TestScenarios.run(s, 9, 1);

        LonelyLoop first = LonelyLoop.create(s, 9, 2);
        first.begin();
        for (int d = 0; d < 7; d++) {
            first.stepBurnInDay();
        }
        assertTrue(first.inBurnIn());
        assertEquals(7, first.burnInDaysDone());
        assertEquals(7 - BURN_IN, first.day());
        java.io.ByteArrayOutputStream saved = new java.io.ByteArrayOutputStream();
        Checkpoint.write(first, saved);
        first.finish();

        LonelyLoop resumed = Checkpoint.read(new java.io.ByteArrayInputStream(saved.toByteArray()));
        while (resumed.inBurnIn()) {
            resumed.stepBurnInDay();
        }
        assertEquals(BURN_IN, resumed.burnInDaysDone());
        TestScenarios.runToEnd(resumed);
        resumed.finish();
        Population a = straight.world().population();
        Population b = resumed.world().population();
        assertTrue(java.util.Arrays.equals(a.loneliness, b.loneliness), "loneliness");
        assertTrue(java.util.Arrays.equals(a.emotionalLogit, b.emotionalLogit), "emotional loneliness");
        assertTrue(java.util.Arrays.equals(a.socialLogit, b.socialLogit), "social loneliness");
        assertTrue(java.util.Arrays.equals(a.partnerCloseness, b.partnerCloseness), "partners");
        assertTrue(java.util.Arrays.equals(a.habit, b.habit), "habit");
        assertEquals(straight.latest().get("shareStronglyLonely"), resumed.latest().get("shareStronglyLonely"));
    }

    @Test
    void steppingOutsideTheBurnInIsRefused() {
        LonelyLoop m = LonelyLoop.create(TestScenarios.with(TestScenarios.small(100, 2), "burnIn=0d"), 1, 1);
        assertTrue(!m.inBurnIn(), "not built yet");
        m.begin();
        assertTrue(!m.inBurnIn(), "no burn-in to run");
        assertEquals(0, m.burnInDaysDone());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, m::stepBurnInDay);
        m.finish();
    }
}
