package org.lonelyloop.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.lonelyloop.experiment.JointCalibration;
import org.lonelyloop.experiment.SensitivityStudy;

/**
 * Morris and Sobol on test functions whose indices are known analytically: Ishigami (a = 7,
 * b = 0.1; Ishigami and Homma 1990) and Sobol's G function (a = 0, 1, 4.5, 9, 99, 99, 99, 99).
 * The true indices must lie within the bootstrap intervals.
 */
class SensitivityMethodsTest {
    private static final double[] G_A = {0, 1, 4.5, 9, 99, 99, 99, 99};

    /** Ishigami on the unit cube, each factor mapped to [-pi, pi]. */
    static double ishigami(double[] u) {
        double x1 = -Math.PI + 2 * Math.PI * u[0];
        double x2 = -Math.PI + 2 * Math.PI * u[1];
        double x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.sin(x1) + 7 * Math.sin(x2) * Math.sin(x2) + 0.1 * Math.pow(x3, 4) * Math.sin(x1);
    }

    static double g(double[] u) {
        double p = 1;
        for (int i = 0; i < G_A.length; i++) {
            p *= (Math.abs(4 * u[i] - 2) + G_A[i]) / (1 + G_A[i]);
        }
        return p;
    }

    /** The G function's first-order and total indices, from the partial variances (1/3) / (1 + a)^2. */
    static double[][] gTruth() {
        int k = G_A.length;
        double[] vi = new double[k];
        double prod = 1;
        for (int i = 0; i < k; i++) {
            vi[i] = (1.0 / 3) / ((1 + G_A[i]) * (1 + G_A[i]));
            prod *= 1 + vi[i];
        }
        double v = prod - 1;
        double[] s1 = new double[k];
        double[] st = new double[k];
        for (int i = 0; i < k; i++) {
            s1[i] = vi[i] / v;
            st[i] = vi[i] * (prod / (1 + vi[i])) / v;
        }
        return new double[][] {s1, st};
    }

    private static double[] evaluate(double[][] design, ToDoubleFunction<double[]> f) {
        double[] y = new double[design.length];
        for (int j = 0; j < y.length; j++) {
            y[j] = f.applyAsDouble(design[j]);
        }
        return y;
    }

    private static void assertWithin(double truth, double low, double high, String what) {
        assertTrue(low <= truth && truth <= high, what + ": true " + truth + " outside [" + low + ", " + high + "]");
    }

    @Test
    void sobolFindsIshigamisIndices() {
        int n = 4096;
        double[] y = evaluate(SobolIndices.design(3, n), SensitivityMethodsTest::ishigami);
        SobolIndices.Index[] ix = SobolIndices.indices(y, 3, n, 1000, 7);
        double[] s1 = {0.3139, 0.4424, 0.0};
        double[] st = {0.5576, 0.4424, 0.2437};
        for (int i = 0; i < 3; i++) {
            assertWithin(s1[i], ix[i].s1Low(), ix[i].s1High(), "S1 of x" + (i + 1));
            assertWithin(st[i], ix[i].stLow(), ix[i].stHigh(), "ST of x" + (i + 1));
            assertEquals(s1[i], ix[i].s1(), 0.05, "S1 of x" + (i + 1));
            assertEquals(st[i], ix[i].st(), 0.05, "ST of x" + (i + 1));
            assertTrue(ix[i].s1High() - ix[i].s1Low() < 0.15, "an interval that says something");
        }
    }

    @Test
    void sobolFindsTheGFunctionsIndices() {
        int n = 4096;
        int k = G_A.length;
        double[] y = evaluate(SobolIndices.design(k, n), SensitivityMethodsTest::g);
        SobolIndices.Index[] ix = SobolIndices.indices(y, k, n, 1000, 11);
        double[][] truth = gTruth();
        for (int i = 0; i < k; i++) {
            assertWithin(truth[0][i], ix[i].s1Low(), ix[i].s1High(), "S1 of x" + (i + 1));
            assertWithin(truth[1][i], ix[i].stLow(), ix[i].stHigh(), "ST of x" + (i + 1));
        }
    }

    @Test
    void morrisRanksTheGFunctionsFactorsByTheirImportance() {
        int k = G_A.length;
        double[][] design = Morris.design(k, 50, 4, 3);
        assertEquals(Morris.points(k, 50), design.length);
        Morris.Effects[] e = Morris.effects(design, evaluate(design, SensitivityMethodsTest::g));
        // The smaller a factor's a, the more it matters; the four with a = 99 hardly at all.
        for (int i = 0; i + 1 < 4; i++) {
            assertTrue(e[i].muStar() > e[i + 1].muStar(), "mu* of x" + (i + 1) + " above x" + (i + 2));
        }
        for (int i = 4; i < k; i++) {
            assertTrue(e[i].muStar() < 0.05 * e[0].muStar(), "x" + (i + 1) + " screened out: " + e[i].muStar());
        }
        // |4u - 2| is symmetric: effects cancel in mu but not in mu*.
        assertTrue(Math.abs(e[0].mu()) < 0.5 * e[0].muStar());
    }

    /**
     * The bootstrap intervals of mu* mean what they say: over 200 screenings of the G function with ten
     * trajectories each, the interval of each factor covers the mu* of a screening a hundred times as
     * long in close to 95 % of them (percentile intervals from ten trajectories run a little short).
     */
    @Test
    void morrisIntervalsCoverTheMuStarOfALongRun() {
        int k = G_A.length;
        double[][] longDesign = Morris.design(k, 2000, 4, 11);
        Morris.Effects[] truth = Morris.effects(longDesign, evaluate(longDesign, SensitivityMethodsTest::g));
        int screenings = 200;
        int[] covered = new int[k];
        for (int run = 0; run < screenings; run++) {
            double[][] d = Morris.design(k, 10, 4, 1000 + run);
            Morris.Intervals[] iv = Morris.intervals(d, evaluate(d, SensitivityMethodsTest::g), 1000, run);
            for (int i = 0; i < k; i++) {
                assertTrue(iv[i].muStarLow() <= iv[i].point().muStar() && iv[i].point().muStar() <= iv[i].muStarHigh(),
                        "the point lies in its interval");
                if (iv[i].muStarLow() <= truth[i].muStar() && truth[i].muStar() <= iv[i].muStarHigh()) {
                    covered[i]++;
                }
            }
        }
        for (int i = 0; i < k; i++) {
            double share = covered[i] / (double) screenings;
            System.out.printf(java.util.Locale.ROOT, "x%d: mu* %.4f covered in %.3f%n", i + 1, truth[i].muStar(), share);
            assertTrue(share >= 0.85 && share <= 0.99, "x" + (i + 1) + ": covered in " + share + " of screenings");
        }
    }

    /**
     * Run noise in sigma, told apart: the G function with noise of SD 0.3 added at every point of each
     * of four replications gives an elementary effect (a difference over Delta = 2/3, averaged over
     * four) noise of SD sqrt(2 / 4) 0.3 / (2/3) = 0.318, whatever the factor; noise shared by every
     * point of a replication (what common seeds come close to) cancels in the differences.
     */
    @Test
    void morrisMeasuresTheRunNoiseInSigmaFromReplications() {
        int k = 3;
        double[][] d = Morris.design(k, 400, 4, 21);
        java.util.Random r = new java.util.Random(5);
        int reps = 4;
        double[][] independent = new double[reps][d.length];
        double[][] shared = new double[reps][d.length];
        for (int rep = 0; rep < reps; rep++) {
            double common = 0.3 * r.nextGaussian();
            for (int j = 0; j < d.length; j++) {
                double truth = g(java.util.Arrays.copyOf(d[j], G_A.length));
                independent[rep][j] = truth + 0.3 * r.nextGaussian();
                shared[rep][j] = truth + common;
            }
        }
        double expected = Math.sqrt(2.0 / reps) * 0.3 / (2.0 / 3);
        for (double n : Morris.noise(d, independent)) {
            assertEquals(expected, n, 0.1 * expected, "noise of an effect from independent noise");
        }
        for (double n : Morris.noise(d, shared)) {
            assertEquals(0, n, 1e-6, "noise shared by a replication's points cancels (to rounding)");
        }
        assertTrue(Double.isNaN(Morris.noise(d, new double[][] {independent[0]})[0]), "one replication: not measured");
    }

    @Test
    void morrisSeesIshigamisInteractionInSigma() {
        double[][] design = Morris.design(3, 100, 4, 5);
        Morris.Effects[] e = Morris.effects(design, evaluate(design, SensitivityMethodsTest::ishigami));
        // x3 acts only with x1: a mean effect near zero, its effects spread by the interaction.
        assertTrue(e[2].muStar() > 0.5, "x3 matters through x1: " + e[2].muStar());
        assertTrue(Math.abs(e[2].mu()) < 0.3 * e[2].muStar(), "its effects cancel on average: " + e[2].mu());
        assertTrue(e[2].sigma() > e[2].muStar(), "and spread widely: " + e[2].sigma());
    }

    @Test
    void aMorrisTrajectoryMovesOneFactorAtATimeOnTheGrid() {
        double[][] d = Morris.design(5, 10, 4, 9);
        for (int t = 0; t < d.length; t += 6) {
            for (int j = t; j < t + 5; j++) {
                int moved = 0;
                for (int i = 0; i < 5; i++) {
                    if (d[j][i] != d[j + 1][i]) {
                        moved++;
                        assertEquals(2.0 / 3, Math.abs(d[j][i] - d[j + 1][i]), 1e-12);
                    }
                }
                assertEquals(1, moved);
            }
        }
    }

    @Test
    void theStudyThatRunsTheModelFindsIshigamisIndicesWhenTheModelIsIshigami() {
        List<JointCalibration.Parameter> xs = List.of(new JointCalibration.Parameter("x1", 0, 1),
                new JointCalibration.Parameter("x2", 0, 1), new JointCalibration.Parameter("x3", 0, 1));
        SensitivityStudy study = new SensitivityStudy(SensitivityStudy.Method.sobol, xs, 4096, 4, 7, List.of("y"), 0, 1);
        List<SensitivityStudy.Row> rows = study.analyseFunctions(Map.of("y", SensitivityMethodsTest::ishigami));
        double[] st = {0.5576, 0.4424, 0.2437};
        for (SensitivityStudy.Row r : rows) {
            if (r.index().equals("ST")) {
                int i = Integer.parseInt(r.parameter().substring(1)) - 1;
                assertWithin(st[i], r.low(), r.high(), "ST of " + r.parameter());
            }
        }
        assertEquals(6, rows.size());
    }
}
