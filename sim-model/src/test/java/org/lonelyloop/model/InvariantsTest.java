package org.lonelyloop.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lonelyloop.model.network.TieGraph;
import org.lonelyloop.model.params.AgeProfile;
import org.lonelyloop.model.params.Bounds;
import org.lonelyloop.model.params.Catalog;
import org.lonelyloop.model.params.Range;
import org.lonelyloop.model.state.Population;

/**
 * Property test: for scenarios with every numeric pathway and loneliness parameter drawn at random
 * within its declared range, states stay in range, nothing becomes NaN, and every tie is stored the
 * same on both sides.
 */
class InvariantsTest {
    private static final int DRAWS = 12;

    @Test
    void statesStayInRangeAndTiesStaySymmetricForRandomParameters() {
        Random r = new Random(20261122);
        int ran = 0;
        for (int attempt = 0; ran < DRAWS && attempt < 200; attempt++) {
            List<String> overrides = new ArrayList<>();
            for (Catalog.Entry e : Catalog.of(ModelParams.defaults())) {
                boolean drawn = e.path().startsWith("pathways.") || e.path().startsWith("loneliness.")
                        || e.path().startsWith("affect.") || e.path().startsWith("contact.");
                Range range = e.range();
                if (!drawn || range == null || !r.nextBoolean()) {
                    continue;
                }
                if (e.type() == double.class) {
                    overrides.add(e.path() + "=" + (range.min() + r.nextDouble() * (range.max() - range.min())));
                } else if (e.type() == AgeProfile.class) {
                    overrides.add(e.path() + "=" + (range.min() + r.nextDouble() * (range.max() - range.min())));
                }
            }
            ModelParams s;
            try {
                s = TestScenarios.with(TestScenarios.small(400, 40), overrides.toArray(new String[0]));
            } catch (IllegalArgumentException invalidCombination) {
                continue;
            }
            assertEquals(List.of(), Bounds.violations(s));
            LonelyLoop m = TestScenarios.run(s, r.nextLong(), 2);
            check(new Probe(m), overrides);
            ran++;
        }
        assertEquals(DRAWS, ran, "enough valid random scenarios");
    }

    private static void check(Probe p, List<String> overrides) {
        Population pop = p.population();
        for (int i = 0; i < pop.size; i++) {
            within("loneliness", pop.loneliness[i], 0, 1, overrides);
            finite("loneliness logit", (float) pop.lonelinessLogit(i), overrides);
            within("mood", pop.mood[i], -1, 1, overrides);
            within("social anxiety", pop.socialAnxiety[i], 0, 1, overrides);
            within("depression", pop.depression[i], 0, 1, overrides);
            within("self-esteem", pop.selfEsteem[i], 0, 1, overrides);
            within("habit", pop.habit[i], 0, 1, overrides);
            within("dependence", pop.dependence[i], 0, 1, overrides);
            within("fomo", pop.fomo[i], 0, 1, overrides);
            within("sleep debt", pop.sleepDebt[i], 0, 24, overrides);
            within("use", pop.useMinutes[i], 0, pop.freeMinutes[i], overrides);
            within("night use", pop.nightMinutes[i], 0, pop.useMinutes[i], overrides);
        }
        TieGraph g = p.offline();
        for (int i = 0; i < pop.size; i++) {
            for (int k = 0; k < g.degree(i); k++) {
                int j = g.neighbour(i, k);
                int back = g.indexOf(j, i);
                if (back < 0 || j == i) {
                    fail("tie " + i + "-" + j + " is not stored on both sides under " + overrides);
                }
                assertEquals(g.strength(i, k), g.strength(j, back), "strength of " + i + "-" + j);
                assertEquals(g.has(i, k, TieGraph.ONLINE), g.has(j, back, TieGraph.ONLINE));
                within("tie strength", g.strength(i, k), 0, 1, overrides);
            }
        }
    }

    private static void within(String what, double v, double lo, double hi, List<String> overrides) {
        if (!(v >= lo && v <= hi)) {
            fail(what + " = " + v + " outside [" + lo + ", " + hi + "] under " + overrides);
        }
    }

    private static void finite(String what, double v, List<String> overrides) {
        assertTrue(Double.isFinite(v), what + " = " + v + " under " + overrides);
    }
}
