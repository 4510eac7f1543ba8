package org.lonelyloop.model.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.ModelParams;
import org.lonelyloop.model.Probe;
import org.lonelyloop.model.TestScenarios;
import org.lonelyloop.model.state.Population;

/** The loop gain follows the model's own use rule: ceilings cut it, momentary mood and curation are kept out. */
class LoopGainTest {
    private static final ModelParams BASE = TestScenarios.small(400, 30);

    private static Probe ran(ModelParams s) {
        return new Probe(TestScenarios.run(s, 7, 1));
    }

    @Test
    void theUseResponseIsThePartialExpectationOfTheWantedMinutesBelowTheCeiling() {
        Probe p = ran(BASE);
        Population pop = p.population();
        LoopGain gain = gainOf(BASE);
        double sigma = BASE.population().useMinutesDailyNoise();
        double shift = -0.5 * sigma * sigma - 0.5 * BASE.population().useDriftSd() * BASE.population().useDriftSd();
        int checked = 0;
        for (int i = 0; i < pop.size; i++) {
            if (pop.pushDamping(i) != 0) {
                continue;
            }
            // Integrate k * W * 1{W < c} over the day-to-day noise numerically, independently of the closed form.
            double nightShare = Math.min(Population.MAX_NIGHT_SHARE, pop.nightPropensity[i]
                    * (1 + BASE.population().nightShareHabitWeight() * pop.habit[i]));
            double k = pop.useFactor(i) * (nightShare * (1 - pop.nightBlock(i)) + (1 - nightShare) * (1 - pop.daytimeBlock(i)));
            double ceiling = Math.min(Population.MAX_USE_SHARE * pop.freeMinutes[i], pop.useCap(i) / k);
            double mu = Math.log(pop.baseMinutes[i]) + pop.useDrive[i] + pop.useDrift[i] + shift;
            double sum = 0;
            double dz = 1e-4;
            for (double z = -9; z < 9; z += dz) {
                double w = Math.exp(mu + sigma * z);
                if (w < ceiling) {
                    sum += k * w * Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI) * dz;
                }
            }
            double response = gain.useResponse(pop, p.ledger(), i);
            assertEquals(sum, response, 1e-3 * sum + 1e-9, "agent " + i);
            checked++;
        }
        assertTrue(checked > 300, "agents checked: " + checked);
    }

    @Test
    void aBindingTimeLimitCutsTheArrowFromLonelinessToUse() {
        // Heavy users under a 15-minute limit kept on every day: the minutes cannot rise however lonely they feel.
        ModelParams capped = BASE.withInterventions(List.of(TestScenarios.intervention("usage-cap", "limits", "15m",
                "adherence", 1.0, "coverage", 1.0, "start", "0d")));
        Probe free = ran(BASE);
        Probe limited = ran(capped);
        double before = 0;
        double after = 0;
        LoopGain g = gainOf(BASE);
        for (int i = 0; i < free.population().size; i++) {
            before += Math.abs(g.of(free.population(), free.ledger(), i));
            after += Math.abs(g.of(limited.population(), limited.ledger(), i));
        }
        assertTrue(before > 0, "the free population has a loop");
        assertTrue(after < 0.1 * before, "summed |gain| under the limit " + after + " vs " + before + " without");
    }

    @Test
    void onlyTheLastingShareOfTheMoodResponseCounts() {
        Probe p = ran(BASE);
        Population pop = p.population();
        ModelParams noMoodDynamics = TestScenarios.with(BASE, "pathways.moodDynamics.enabled=false");
        ModelParams lasting = TestScenarios.with(BASE, "pathways.moodDynamics.lastingShare=0.5");
        assertEquals(0.0, BASE.pathways().moodDynamics().lastingShare(), "the default keeps mood responses momentary");
        LoopGain momentary = gainOf(BASE);
        LoopGain without = gainOf(noMoodDynamics);
        LoopGain half = gainOf(lasting);
        int differ = 0;
        for (int i = 0; i < pop.size; i++) {
            assertEquals(without.perMinute(pop, i), momentary.perMinute(pop, i), 1e-15, "agent " + i);
            if (pop.passiveMinutes[i] > 0 && pop.susceptibility[i] != 0
                    && half.perMinute(pop, i) != momentary.perMinute(pop, i)) {
                differ++;
            }
        }
        assertTrue(differ > 300, "a lasting share changes the gain of most agents: " + differ);
    }

    @Test
    void aCuratedFeedTakesComparisonOutOfTheGain() {
        Probe p = ran(BASE);
        Population pop = p.population();
        LoopGain with = gainOf(BASE);
        LoopGain noComparison = gainOf(TestScenarios.with(BASE, "pathways.comparison.enabled=false"));
        int i = 0;
        while (pop.passiveMinutes[i] <= 0) {
            i++;
        }
        pop.ownModifiers();
        float was = pop.curation[i];
        assertNotEquals(noComparison.perMinute(pop, i), with.perMinute(pop, i));
        pop.curation[i] = 1f;
        assertEquals(noComparison.perMinute(pop, i), with.perMinute(pop, i), 1e-15);
        pop.curation[i] = was;
    }

    @Test
    void withoutCompensationNothingCarriesLonelinessIntoUse() {
        ModelParams off = TestScenarios.with(BASE, "pathways.compensation.enabled=false");
        LonelyLoop m = TestScenarios.run(off, 7, 1);
        Probe p = new Probe(m);
        LoopGain g = gainOf(off);
        for (int i = 0; i < m.populationSize(); i++) {
            assertEquals(0.0, g.of(p.population(), p.ledger(), i));
        }
        assertEquals(0.0, m.latest().get("meanLoopGain"));
    }

    @Test
    void farBelowTheCeilingTheShareIsTheLibrarysExactOne() {
        for (double z = LoopGain.SURELY_BELOW; z >= -45; z -= 1e-4) {
            assertEquals(1.0, 0.5 * org.apache.commons.numbers.gamma.Erfc.value(z), "z = " + z);
            assertEquals(1.0, LoopGain.shareBelow(z));
        }
        for (double z = LoopGain.SURELY_BELOW + 1e-4; z < 3; z += 1e-3) {
            assertEquals(0.5 * org.apache.commons.numbers.gamma.Erfc.value(z), LoopGain.shareBelow(z), "z = " + z);
        }
    }

    /**
     * The share below the ceiling agrees with Commons Math's erfc (a continued fraction, a different
     * method) to 14 digits, or to 1e-17 in the far tail where neither is that exact, and with
     * published values of erfc(1), erfc(-1) and erfc(2) to two units in the last place.
     */
    @Test
    void theShareBelowAgreesWithAnIndependentErfc() {
        for (double z = LoopGain.SURELY_BELOW; z < 27; z += 1e-3) {
            double expected = 0.5 * org.apache.commons.math3.special.Erf.erfc(z);
            assertEquals(expected, LoopGain.shareBelow(z), 1e-14 * expected + 1e-17, "z = " + z);
        }
        double[][] published = {{1, 0.15729920705028513}, {-1, 1.8427007929497149}, {2, 0.0046777349810472658}};
        for (double[] p : published) {
            double expected = 0.5 * p[1];
            assertEquals(expected, LoopGain.shareBelow(p[0]), 2 * Math.ulp(expected), "erfc(" + p[0] + ")");
        }
        assertEquals(0.5, LoopGain.shareBelow(0));
    }

    private static LoopGain gainOf(ModelParams s) {
        return new LoopGain(s.pathways(), s.loneliness(), s.population());
    }
}
