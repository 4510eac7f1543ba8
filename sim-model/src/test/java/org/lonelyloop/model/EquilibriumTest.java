package org.lonelyloop.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lonelyloop.model.observe.DayRecord;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.params.PopulationParams;

/**
 * With no intervention the population does not drift: over 20 simulated years the yearly means of
 * the loneliness shares stay within tolerance of the CBS figures the model starts from. Tolerance:
 * 2 points for strongly lonely and 2.5 for not lonely, about four times the sampling error of a
 * share among 3,000 agents; the full-size figures are in docs/ODD.md.
 */
class EquilibriumTest {
    @Test
    void lonelinessSharesStayAtTheCbsFiguresForTwentyYears() {
        ModelParams s = ModelParams.defaults().withPopulation(PopulationParams.defaults().withSize(3000))
                .withDuration(Days.years(20));
        List<double[]> yearly = new ArrayList<>();
        double[] sums = new double[3];
        int[] days = {0};
        LonelyLoop m = LonelyLoop.create(s, 42, 2);
        m.addObserver((DayRecord r) -> {
            sums[0] += r.get("shareNotLonely");
            sums[1] += r.get("shareStronglyLonely");
            sums[2] += r.get("meanUseMinutes");
            if (++days[0] == 365) {
                yearly.add(new double[] {sums[0] / 365, sums[1] / 365, sums[2] / 365});
                java.util.Arrays.fill(sums, 0);
                days[0] = 0;
            }
        });
        m.start();
        TestScenarios.runToEnd(m);
        m.finish();
        assertEquals(20, yearly.size());
        for (int y = 0; y < yearly.size(); y++) {
            assertEquals(0.601, yearly.get(y)[0], 0.025, "not lonely in year " + (y + 1));
            assertEquals(0.107, yearly.get(y)[1], 0.02, "strongly lonely in year " + (y + 1));
        }
        double firstUse = yearly.get(0)[2];
        double lastUse = yearly.get(19)[2];
        assertTrue(Math.abs(lastUse - firstUse) < 0.05 * firstUse, "use drifts: " + firstUse + " -> " + lastUse);
    }
}
