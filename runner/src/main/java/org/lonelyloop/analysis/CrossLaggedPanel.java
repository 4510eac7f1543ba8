package org.lonelyloop.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Cross-lagged effects in panel data, separating between-person from within-person effects by
 * person-mean centring (the fixed-effects analogue of the random-intercept cross-lagged panel
 * model; Hamaker, Kuiper and Grasman 2015, Psychol. Methods 20:102).
 *
 * <p>Within: each person's series of X (use) and Y (loneliness) is centred on the person's own mean
 * and standardised by the pooled within-person standard deviations; then
 * {@code Y[t+1] ~ Y[t] + X[t]} gives the effect of use on later loneliness, and
 * {@code X[t+1] ~ X[t] + Y[t]} the effect of loneliness on later use. Between: the correlation of
 * the person means. 95 % intervals come from a cluster bootstrap over persons.
 *
 * <p>Limits: with few waves the centred lagged outcome is biased downward (Nickell 1981, about -1/T
 * for the autoregression), and cross-lagged estimates inherit part of that: in a simulated 9-wave
 * panel with a true cross-lag of 0.3 one way and 0 the other, the estimates were about 0.25 and
 * -0.07 (CrossLaggedPanelTest). Read cross-lags below about 0.1 in size as "small or none". Unlike a
 * full RI-CLPM the residuals are not modelled as correlated within a wave.
 */
public final class CrossLaggedPanel {
    /** An estimate and its 95 % bootstrap interval. */
    public record Estimate(double value, double low, double high) {
    }

    /**
     * @param useToLoneliness  within-person standardised effect of X[t] on Y[t+1]
     * @param lonelinessToUse  within-person standardised effect of Y[t] on X[t+1]
     * @param between          correlation of person means of X and Y
     * @param persons          persons with at least two waves
     */
    public record Result(Estimate useToLoneliness, Estimate lonelinessToUse, Estimate between, int persons) {
    }

    private CrossLaggedPanel() {
    }

    /**
     * @param x x[person][wave] (use), NaN for a missed wave
     * @param y y[person][wave] (loneliness), NaN for a missed wave
     */
    public static Result estimate(double[][] x, double[][] y, int bootstrap, long seed) {
        int persons = x.length;
        double[] point = fit(x, y, identity(persons));
        Random r = new Random(seed);
        double[][] draws = new double[bootstrap][];
        for (int b = 0; b < bootstrap; b++) {
            int[] pick = new int[persons];
            for (int p = 0; p < persons; p++) {
                pick[p] = r.nextInt(persons);
            }
            draws[b] = fit(x, y, pick);
        }
        return new Result(interval(point, draws, 0), interval(point, draws, 1), interval(point, draws, 2),
                (int) point[3]);
    }

    private static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    private static Estimate interval(double[] point, double[][] draws, int k) {
        double[] v = new double[draws.length];
        for (int b = 0; b < draws.length; b++) {
            v[b] = draws[b][k];
        }
        java.util.Arrays.sort(v);
        int lo = (int) Math.floor(0.025 * (v.length - 1));
        int hi = (int) Math.ceil(0.975 * (v.length - 1));
        return new Estimate(point[k], v.length == 0 ? Double.NaN : v[lo], v.length == 0 ? Double.NaN : v[hi]);
    }

    /** {use->loneliness, loneliness->use, between r, persons} for the persons listed (with repeats). */
    private static double[] fit(double[][] x, double[][] y, int[] persons) {
        List<double[]> cx = new ArrayList<>();
        List<double[]> cy = new ArrayList<>();
        List<Double> meansX = new ArrayList<>();
        List<Double> meansY = new ArrayList<>();
        for (int p : persons) {
            int waves = x[p].length;
            double sx = 0;
            double sy = 0;
            int n = 0;
            for (int t = 0; t < waves; t++) {
                if (!Double.isNaN(x[p][t]) && !Double.isNaN(y[p][t])) {
                    sx += x[p][t];
                    sy += y[p][t];
                    n++;
                }
            }
            if (n < 2) {
                continue;
            }
            double mx = sx / n;
            double my = sy / n;
            meansX.add(mx);
            meansY.add(my);
            double[] px = new double[waves];
            double[] py = new double[waves];
            for (int t = 0; t < waves; t++) {
                px[t] = x[p][t] - mx;
                py[t] = y[p][t] - my;
            }
            cx.add(px);
            cy.add(py);
        }
        double sdX = pooledSd(cx);
        double sdY = pooledSd(cy);
        List<double[]> rowsY = new ArrayList<>();
        List<Double> outY = new ArrayList<>();
        List<double[]> rowsX = new ArrayList<>();
        List<Double> outX = new ArrayList<>();
        for (int p = 0; p < cx.size(); p++) {
            double[] px = cx.get(p);
            double[] py = cy.get(p);
            for (int t = 0; t + 1 < px.length; t++) {
                if (Double.isNaN(px[t]) || Double.isNaN(py[t]) || Double.isNaN(px[t + 1]) || Double.isNaN(py[t + 1])) {
                    continue;
                }
                rowsY.add(new double[] {py[t] / sdY, px[t] / sdX});
                outY.add(py[t + 1] / sdY);
                rowsX.add(new double[] {px[t] / sdX, py[t] / sdY});
                outX.add(px[t + 1] / sdX);
            }
        }
        double useToLoneliness = slope(rowsY, outY);
        double lonelinessToUse = slope(rowsX, outX);
        double between = meansX.size() < 3 ? Double.NaN : new PearsonsCorrelation().correlation(
                meansX.stream().mapToDouble(Double::doubleValue).toArray(),
                meansY.stream().mapToDouble(Double::doubleValue).toArray());
        return new double[] {useToLoneliness, lonelinessToUse, between, meansX.size()};
    }

    /** The second coefficient (the cross-lag) of an OLS fit with intercept. */
    private static double slope(List<double[]> rows, List<Double> out) {
        if (rows.size() < 5) {
            return Double.NaN;
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(out.stream().mapToDouble(Double::doubleValue).toArray(), rows.toArray(new double[0][]));
        return ols.estimateRegressionParameters()[2];
    }

    private static double pooledSd(List<double[]> centred) {
        double ss = 0;
        long n = 0;
        for (double[] a : centred) {
            for (double v : a) {
                if (!Double.isNaN(v)) {
                    ss += v * v;
                    n++;
                }
            }
        }
        return n < 2 ? 1 : Math.sqrt(ss / (n - 1));
    }
}
