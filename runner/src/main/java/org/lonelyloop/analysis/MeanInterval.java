package org.lonelyloop.analysis;

import org.apache.commons.math3.distribution.TDistribution;

/** The mean of replications' values with its 95 % interval, as sweeps, comparisons and predictions report it. */
public final class MeanInterval {
    private MeanInterval() {
    }

    /** {mean, low, high}: the t-based 95 % interval of the mean; NA bounds with fewer than two values. */
    public static double[] of(double[] v) {
        int n = 0;
        double sum = 0;
        for (double x : v) {
            if (!Double.isNaN(x)) {
                sum += x;
                n++;
            }
        }
        if (n == 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        double mean = sum / n;
        if (n < 2) {
            return new double[] {mean, Double.NaN, Double.NaN};
        }
        double ss = 0;
        for (double x : v) {
            if (!Double.isNaN(x)) {
                ss += (x - mean) * (x - mean);
            }
        }
        double se = Math.sqrt(ss / (n - 1) / n);
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975);
        return new double[] {mean, mean - t * se, mean + t * se};
    }
}
