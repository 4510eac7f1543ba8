package org.lonelyloop.analysis;

import java.util.Arrays;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Variance-based sensitivity: Sobol first-order (S1: the share of the output's variance a factor
 * explains alone) and total indices (ST: alone and in all its interactions). Saltelli's sampling
 * scheme on a quasi-random Sobol sequence: N base points give two matrices A and B (the first and
 * last k coordinates of a 2k-dimensional sequence, its first point, the origin, skipped) and, for
 * each factor i, the matrix AB_i (A with column i from B); N (k + 2) evaluations in all. Estimators
 * of Saltelli and colleagues (2010, Comput. Phys. Commun. 181:259): S1 from Saltelli 2010, ST from
 * Jansen 1999, each with a bootstrap 95 % percentile interval over the N base rows.
 */
public final class SobolIndices {
    /** One factor's indices on one output, with 95 % bootstrap intervals. */
    public record Index(double s1, double s1Low, double s1High, double st, double stLow, double stHigh) {
    }

    private SobolIndices() {
    }

    /** Evaluations a design of {@code n} base points for {@code k} factors needs: N (k + 2). */
    public static int points(int k, int n) {
        return n * (k + 2);
    }

    /** The design in blocks: rows 0..N-1 are A, N..2N-1 are B, then AB_1, ..., AB_k, N rows each. */
    public static double[][] design(int k, int n) {
        if (k < 1 || n < 2) {
            throw new IllegalArgumentException("Sobol indices need at least one factor and two base points; was " + k
                    + " and " + n);
        }
        SobolSequenceGenerator q = new SobolSequenceGenerator(2 * k);
        q.skipTo(1);
        double[][] a = new double[n][];
        double[][] b = new double[n][];
        for (int j = 0; j < n; j++) {
            double[] v = q.nextVector();
            a[j] = Arrays.copyOfRange(v, 0, k);
            b[j] = Arrays.copyOfRange(v, k, 2 * k);
        }
        double[][] out = new double[points(k, n)][];
        for (int j = 0; j < n; j++) {
            out[j] = a[j];
            out[n + j] = b[j];
            for (int i = 0; i < k; i++) {
                double[] ab = a[j].clone();
                ab[i] = b[j][i];
                out[(2 + i) * n + j] = ab;
            }
        }
        return out;
    }

    /**
     * The indices of every factor from the outputs at the design's points.
     *
     * @param bootstrap resamples for the intervals (1,000 is usual)
     */
    public static Index[] indices(double[] y, int k, int n, int bootstrap, long seed) {
        if (y.length != points(k, n)) {
            throw new IllegalArgumentException("one output per design point: " + points(k, n) + ", was " + y.length);
        }
        int[] all = new int[n];
        for (int j = 0; j < n; j++) {
            all[j] = j;
        }
        double[][] point = estimate(y, k, n, all);
        double[][][] boot = new double[bootstrap][][];
        RandomGenerator r = new MersenneTwister(seed);
        int[] rows = new int[n];
        for (int b = 0; b < bootstrap; b++) {
            for (int j = 0; j < n; j++) {
                rows[j] = r.nextInt(n);
            }
            boot[b] = estimate(y, k, n, rows);
        }
        Index[] out = new Index[k];
        for (int i = 0; i < k; i++) {
            double[] s1 = new double[bootstrap];
            double[] st = new double[bootstrap];
            for (int b = 0; b < bootstrap; b++) {
                s1[b] = boot[b][0][i];
                st[b] = boot[b][1][i];
            }
            out[i] = new Index(point[0][i], percentile(s1, 0.025), percentile(s1, 0.975), point[1][i],
                    percentile(st, 0.025), percentile(st, 0.975));
        }
        return out;
    }

    /** {S1 per factor, ST per factor} from the base rows {@code rows} (with repeats, for the bootstrap). */
    private static double[][] estimate(double[] y, int k, int n, int[] rows) {
        double mean = 0;
        for (int j : rows) {
            mean += y[j] + y[n + j];
        }
        mean /= 2.0 * rows.length;
        double var = 0;
        for (int j : rows) {
            var += (y[j] - mean) * (y[j] - mean) + (y[n + j] - mean) * (y[n + j] - mean);
        }
        var /= 2.0 * rows.length;
        double[] s1 = new double[k];
        double[] st = new double[k];
        for (int i = 0; i < k; i++) {
            double first = 0;
            double total = 0;
            for (int j : rows) {
                double fa = y[j];
                double fb = y[n + j];
                double fab = y[(2 + i) * n + j];
                first += fb * (fab - fa);
                total += (fa - fab) * (fa - fab);
            }
            s1[i] = var == 0 ? Double.NaN : first / rows.length / var;
            st[i] = var == 0 ? Double.NaN : total / (2.0 * rows.length) / var;
        }
        return new double[][] {s1, st};
    }

    /** The q-quantile of v, linear between order statistics (v is not changed). */
    static double percentile(double[] v, double q) {
        double[] s = v.clone();
        Arrays.sort(s);
        double pos = q * (s.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(s.length - 1, lo + 1);
        return s[lo] + (pos - lo) * (s[hi] - s[lo]);
    }
}
