package org.lonelyloop.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {
    @Test
    void recoversKnownCoefficientsFromSimulatedData() {
        Random r = new Random(1);
        int n = 50_000;
        double[][] x = new double[n][2];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = r.nextGaussian();
            x[i][1] = r.nextBoolean() ? 1 : 0;
            double eta = -1.0 + 0.5 * x[i][0] + Math.log(3.0) * x[i][1];
            y[i] = r.nextDouble() < 1 / (1 + Math.exp(-eta));
        }
        LogisticRegression.Fit f = LogisticRegression.fit(x, y);
        assertEquals(-1.0, f.coefficients()[0], 0.05);
        assertEquals(0.5, f.coefficients()[1], 0.03);
        assertEquals(3.0, f.oddsRatio(1), 0.2);
        double[] ci = f.oddsRatioInterval(1);
        assertTrue(ci[0] < 3.0 && 3.0 < ci[1], "the true odds ratio lies in its interval");
    }

    @Test
    void matchesTheTwoByTwoTableOddsRatio() {
        // 2x2 table: exposed 40 cases of 100, unexposed 20 of 100: OR = (40/60)/(20/80) = 2.667
        double[][] x = new double[200][1];
        boolean[] y = new boolean[200];
        for (int i = 0; i < 200; i++) {
            x[i][0] = i < 100 ? 1 : 0;
            y[i] = i < 100 ? i < 40 : i < 120;
        }
        assertEquals((40.0 / 60) / (20.0 / 80), LogisticRegression.fit(x, y).oddsRatio(0), 1e-8);
    }

    @Test
    void refusesAnOutcomeThatNeverVaries() {
        double[][] x = {{1}, {2}, {3}, {4}, {5}};
        boolean[] y = new boolean[5];
        assertThrows(IllegalArgumentException.class, () -> LogisticRegression.fit(x, y));
    }
}
