package org.lonelyloop.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Morris's elementary-effects screening (Morris 1991, Technometrics 33:161; mu* after Campolongo,
 * Cariboni and Saltelli 2007). Each trajectory starts at a random point of a p-level grid on the unit
 * cube and moves one factor at a time, in random order, by Delta = p / (2 (p - 1)); the change in
 * the output over the change in the factor is one elementary effect of that factor. Over r
 * trajectories: mu* (mean absolute effect: how much the factor matters), mu (mean effect: its sign,
 * when effects agree) and sigma (their spread: interactions or non-linearity). Effects are per unit
 * of the factor's scaled range, so factors with different units compare.
 */
public final class Morris {
    /** The screening measures of one factor on one output. */
    public record Effects(double muStar, double mu, double sigma, int trajectories) {
    }

    /**
     * The measures with 95 % bootstrap percentile intervals: the trajectories resampled with
     * replacement (all factors together, as they were run), the measures taken again on each resample.
     * With few trajectories the intervals are wide, which is what a reader of mu* needs to know before
     * ranking two factors by it (SALib reports mu_star_conf for the same reason).
     */
    public record Intervals(Effects point, double muStarLow, double muStarHigh, double muLow, double muHigh,
            double sigmaLow, double sigmaHigh) {
    }

    private Morris() {
    }

    /** Points a design of {@code trajectories} for {@code k} factors has: r (k + 1). */
    public static int points(int k, int trajectories) {
        return trajectories * (k + 1);
    }

    /**
     * The design: {@code trajectories} blocks of k + 1 points in [0, 1]^k, consecutive points of a
     * block differing in exactly one factor.
     *
     * @param levels p, the grid's levels (even, at least 2)
     */
    public static double[][] design(int k, int trajectories, int levels, long seed) {
        if (k < 1 || trajectories < 2 || levels < 2 || levels % 2 != 0) {
            throw new IllegalArgumentException("Morris needs at least one factor, two trajectories and an even number of "
                    + "levels (at least 2); was " + k + ", " + trajectories + ", " + levels);
        }
        RandomGenerator r = new MersenneTwister(seed);
        double step = 1.0 / (levels - 1);
        double delta = levels / (2.0 * (levels - 1));
        double[][] out = new double[points(k, trajectories)][];
        int row = 0;
        for (int t = 0; t < trajectories; t++) {
            double[] x = new double[k];
            for (int i = 0; i < k; i++) {
                x[i] = r.nextInt(levels) * step;
            }
            out[row++] = x.clone();
            for (int i : permutation(k, r)) {
                // Up when there is room, down otherwise: the grid and Delta always leave one of the two.
                x[i] = x[i] + delta <= 1 + 1e-12 ? Math.min(1, x[i] + delta) : Math.max(0, x[i] - delta);
                out[row++] = x.clone();
            }
        }
        return out;
    }

    /**
     * Each factor's measures from the design and the output at each of its points.
     *
     * @throws IllegalArgumentException when the outputs do not match the design
     */
    public static Effects[] effects(double[][] design, double[] y) {
        int k = design[0].length;
        if (y.length != design.length || design.length % (k + 1) != 0) {
            throw new IllegalArgumentException("one output per design point, in whole trajectories of " + (k + 1));
        }
        List<List<Double>> ee = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            ee.add(new ArrayList<>());
        }
        for (double[] trajectory : elementaryEffects(design, y)) {
            for (int i = 0; i < k; i++) {
                if (!Double.isNaN(trajectory[i])) {
                    ee.get(i).add(trajectory[i]);
                }
            }
        }
        Effects[] out = new Effects[k];
        for (int i = 0; i < k; i++) {
            List<Double> e = ee.get(i);
            double sum = 0;
            double abs = 0;
            for (double v : e) {
                sum += v;
                abs += Math.abs(v);
            }
            int n = e.size();
            double mu = n == 0 ? Double.NaN : sum / n;
            double ss = 0;
            for (double v : e) {
                ss += (v - mu) * (v - mu);
            }
            out[i] = new Effects(n == 0 ? Double.NaN : abs / n, mu, n < 2 ? Double.NaN : Math.sqrt(ss / (n - 1)), n);
        }
        return out;
    }

    /**
     * {@link #effects} with bootstrap intervals over {@code resamples} resamples of the trajectories.
     *
     * @param seed seed of the resampling, so the intervals are reproducible
     */
    public static Intervals[] intervals(double[][] design, double[] y, int resamples, long seed) {
        Effects[] point = effects(design, y);
        int k = design[0].length;
        double[][] ee = elementaryEffects(design, y);
        int trajectories = ee.length;
        RandomGenerator r = new MersenneTwister(seed);
        double[][][] boot = new double[3][k][resamples];
        double[] sum = new double[k];
        double[] abs = new double[k];
        double[] sq = new double[k];
        int[] n = new int[k];
        for (int b = 0; b < resamples; b++) {
            Arrays.fill(sum, 0);
            Arrays.fill(abs, 0);
            Arrays.fill(sq, 0);
            Arrays.fill(n, 0);
            for (int draw = 0; draw < trajectories; draw++) {
                double[] e = ee[r.nextInt(trajectories)];
                for (int i = 0; i < k; i++) {
                    if (!Double.isNaN(e[i])) {
                        sum[i] += e[i];
                        abs[i] += Math.abs(e[i]);
                        sq[i] += e[i] * e[i];
                        n[i]++;
                    }
                }
            }
            for (int i = 0; i < k; i++) {
                double mu = n[i] == 0 ? Double.NaN : sum[i] / n[i];
                boot[0][i][b] = n[i] == 0 ? Double.NaN : abs[i] / n[i];
                boot[1][i][b] = mu;
                boot[2][i][b] = n[i] < 2 ? Double.NaN : Math.sqrt(Math.max(0, (sq[i] - n[i] * mu * mu) / (n[i] - 1)));
            }
        }
        Intervals[] out = new Intervals[k];
        for (int i = 0; i < k; i++) {
            out[i] = new Intervals(point[i], low(boot[0][i]), high(boot[0][i]), low(boot[1][i]), high(boot[1][i]),
                    low(boot[2][i]), high(boot[2][i]));
        }
        return out;
    }

    /** ee[t][i]: trajectory t's elementary effect of factor i (NaN where the output was missing). */
    static double[][] elementaryEffects(double[][] design, double[] y) {
        int k = design[0].length;
        int trajectories = design.length / (k + 1);
        double[][] ee = new double[trajectories][k];
        for (int t = 0; t < trajectories; t++) {
            Arrays.fill(ee[t], Double.NaN);
            int start = t * (k + 1);
            for (int j = start; j < start + k; j++) {
                int moved = movedFactor(design[j], design[j + 1]);
                ee[t][moved] = (y[j + 1] - y[j]) / (design[j + 1][moved] - design[j][moved]);
            }
        }
        return ee;
    }

    /**
     * How much of each factor's sigma is the runs' own noise: the standard deviation that noise gives
     * an elementary effect averaged over the R replications, from how the effect of one trajectory
     * differs between replications (each replication a whole run of the design; with common seeds
     * the replications' effects differ less, and this says so). NaN with fewer than two replications.
     *
     * @param yByReplication the output at each design point, one array per replication
     */
    public static double[] noise(double[][] design, double[][] yByReplication) {
        int k = design[0].length;
        int reps = yByReplication.length;
        double[] out = new double[k];
        if (reps < 2) {
            Arrays.fill(out, Double.NaN);
            return out;
        }
        double[][][] ee = new double[reps][][];
        for (int r = 0; r < reps; r++) {
            ee[r] = elementaryEffects(design, yByReplication[r]);
        }
        for (int i = 0; i < k; i++) {
            double within = 0;
            int groups = 0;
            for (int t = 0; t < ee[0].length; t++) {
                double sum = 0;
                double sq = 0;
                int n = 0;
                for (int r = 0; r < reps; r++) {
                    double e = ee[r][t][i];
                    if (!Double.isNaN(e)) {
                        sum += e;
                        sq += e * e;
                        n++;
                    }
                }
                if (n >= 2) {
                    double mean = sum / n;
                    within += Math.max(0, (sq - n * mean * mean) / (n - 1));
                    groups++;
                }
            }
            out[i] = groups == 0 ? Double.NaN : Math.sqrt(within / groups / reps);
        }
        return out;
    }

    private static double low(double[] v) {
        return quantile(v, 0.025);
    }

    private static double high(double[] v) {
        return quantile(v, 0.975);
    }

    /** A quantile of the resamples that gave a value; NaN when none did. */
    private static double quantile(double[] v, double q) {
        double[] finite = Arrays.stream(v).filter(x -> !Double.isNaN(x)).toArray();
        return finite.length == 0 ? Double.NaN : SobolIndices.percentile(finite, q);
    }

    private static int movedFactor(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return i;
            }
        }
        throw new IllegalArgumentException("two consecutive points of a trajectory are equal");
    }

    private static int[] permutation(int k, RandomGenerator r) {
        int[] p = new int[k];
        for (int i = 0; i < k; i++) {
            p[i] = i;
        }
        for (int i = k - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
