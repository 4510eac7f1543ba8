package org.lonelyloop.model.scale;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * A Beta distribution on [0, 1], chosen from the figures a source reports, with a fast tabulated
 * quantile function for drawing agents.
 *
 * <p>Shapes are immutable and cost tens of milliseconds each (a root solve per table point), a
 * good part of a small run's start: the factories keep the most recent ones, so a sweep's runs
 * and the default reference levels share them, and the quantile table is only built when the
 * first agent is drawn from it (the reference levels need the mean alone).
 */
public final class BetaShape implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final double MIN_CONCENTRATION = 0.05;
    private static final double MAX_CONCENTRATION = 500;

    /** Standard normal CDF on [-8, 8]: turns correlated normals into uniforms (Gaussian copula). */
    public static final Tabulated NORMAL_CDF =
            new Tabulated(-8, 8, 8193, x -> new NormalDistribution(null, 0, 1).cumulativeProbability(x));

    /** Shapes kept by the factories: a sweep varying the population's figures meets a few dozen. */
    private static final int KEPT = 64;
    private static final Map<List<Double>, BetaShape> RECENT = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Double>, BetaShape> eldest) {
            return size() > KEPT;
        }
    };

    private final double alpha;
    private final double beta;
    private transient volatile Tabulated quantile;

    public BetaShape(double alpha, double beta) {
        if (!(alpha > 0 && beta > 0)) {
            throw new IllegalArgumentException("Beta shape parameters must be positive, were " + alpha + ", " + beta);
        }
        this.alpha = alpha;
        this.beta = beta;
    }

    /** The shape with these parameters, from the recent ones if it is there. */
    public static BetaShape of(double alpha, double beta) {
        return recent(List.of(alpha, beta), () -> new BetaShape(alpha, beta));
    }

    private static BetaShape recent(List<Double> key, Supplier<BetaShape> make) {
        synchronized (RECENT) {
            BetaShape kept = RECENT.get(key);
            if (kept != null) {
                return kept;
            }
        }
        // Made outside the lock: two threads may both make it, and get equal shapes.
        BetaShape made = make.get();
        synchronized (RECENT) {
            return RECENT.computeIfAbsent(key, k -> made);
        }
    }

    /** Method of moments: the Beta with this mean and standard deviation (sd^2 < mean(1-mean)). */
    public static BetaShape ofMeanSd(double mean, double sd) {
        double common = mean * (1 - mean) / (sd * sd) - 1;
        if (!(common > 0)) {
            throw new IllegalArgumentException("no Beta distribution has mean " + mean + " and sd " + sd);
        }
        return of(mean * common, (1 - mean) * common);
    }

    public double alpha() {
        return alpha;
    }

    public double beta() {
        return beta;
    }

    public double mean() {
        return alpha / (alpha + beta);
    }

    /** The value at cumulative probability {@code p} (tabulated). */
    public double quantile(double p) {
        Tabulated q = quantile;
        if (q == null) {
            q = table();
        }
        return q.at(p);
    }

    private synchronized Tabulated table() {
        if (quantile == null) {
            BetaDistribution d = new BetaDistribution(null, alpha, beta, 1e-12);
            quantile = new Tabulated(0, 1, 4097, d::inverseCumulativeProbability);
        }
        return quantile;
    }

    /** Exact CDF, for tests and reports. */
    public double cdf(double x) {
        return new BetaDistribution(null, alpha, beta, 1e-12).cumulativeProbability(x);
    }
}
