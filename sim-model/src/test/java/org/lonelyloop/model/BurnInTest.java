package org.lonelyloop.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.lonelyloop.model.network.TieGraph;

/**
 * A burn-in of N days is N days of the model. Until December 2026 the burn-in loop moved the day on
 * twice per simulated day (once itself, once in the observe phase), so a scenario's burn-in ran half
 * its days while the progress counter still counted all of them.
 */
class BurnInTest {
    private static final int BURN_IN = 20;

    private static Scenario scenario() {
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
        TieGraph g = m.offline();
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
}
