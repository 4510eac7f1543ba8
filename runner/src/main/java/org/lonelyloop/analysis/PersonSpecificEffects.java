package org.lonelyloop.analysis;

/**
 * Person-specific effects, as experience-sampling studies estimate them (Beyens et al. 2020, Sci.
 * Rep. 10:10763): for each person, the standardised within-person regression of mood on passive
 * use over a run of measurements; estimates are shrunk toward the population mean by empirical
 * Bayes (the normal-normal model, with the between-person variance by the method of moments), as a
 * multilevel N=1 analysis does; each person is then classified as feeling worse (standardised
 * effect below {@code -threshold}), better (above {@code +threshold}) or neither.
 */
public final class PersonSpecificEffects {
    /** Beyens et al. classified effects between -0.05 and +0.05 as no effect. */
    public static final double THRESHOLD = 0.05;

    /**
     * @param worse   share whose mood falls with passive use
     * @param none    share with no effect
     * @param better  share whose mood rises with passive use
     * @param persons persons with enough varying data to estimate
     * @param meanEffect mean standardised effect
     * @param betweenSd  estimated between-person standard deviation of the effect
     */
    public record Shares(double worse, double none, double better, int persons, double meanEffect, double betweenSd) {
    }

    private PersonSpecificEffects() {
    }

    /**
     * @param mood    mood[person][occasion]
     * @param passive passive use[person][occasion]
     */
    public static Shares estimate(double[][] mood, double[][] passive, double threshold) {
        int persons = mood.length;
        double[] beta = new double[persons];
        double[] variance = new double[persons];
        int used = 0;
        for (int p = 0; p < persons; p++) {
            double[] b = standardisedSlope(passive[p], mood[p]);
            if (b != null) {
                beta[used] = b[0];
                variance[used] = b[1];
                used++;
            }
        }
        if (used < 3) {
            throw new IllegalArgumentException("need at least 3 persons whose mood and use vary; had " + used);
        }
        double mean = 0;
        for (int p = 0; p < used; p++) {
            mean += beta[p];
        }
        mean /= used;
        double spread = 0;
        double meanSampling = 0;
        for (int p = 0; p < used; p++) {
            spread += (beta[p] - mean) * (beta[p] - mean);
            meanSampling += variance[p];
        }
        double tau2 = Math.max(0, spread / (used - 1) - meanSampling / used);
        int worse = 0;
        int better = 0;
        for (int p = 0; p < used; p++) {
            double weight = tau2 / (tau2 + variance[p]);
            double shrunk = mean + weight * (beta[p] - mean);
            if (shrunk < -threshold) {
                worse++;
            } else if (shrunk > threshold) {
                better++;
            }
        }
        return new Shares((double) worse / used, (double) (used - worse - better) / used, (double) better / used,
                used, mean, Math.sqrt(tau2));
    }

    /** {standardised slope, its sampling variance}, or null when either series does not vary. */
    static double[] standardisedSlope(double[] x, double[] y) {
        int n = x.length;
        if (n < 4) {
            return null;
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
            sxy += (x[i] - mx) * (y[i] - my);
        }
        if (sxx <= 0 || syy <= 0) {
            return null;
        }
        double r = sxy / Math.sqrt(sxx * syy);
        return new double[] {r, Math.max(1e-6, (1 - r * r) / (n - 2))};
    }
}
