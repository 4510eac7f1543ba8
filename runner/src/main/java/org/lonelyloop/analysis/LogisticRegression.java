package org.lonelyloop.analysis;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * Binary logistic regression by iteratively reweighted least squares (Newton-Raphson on the
 * log-likelihood; McCullagh and Nelder 1989, ch. 4). Commons Math has linear and not logistic
 * regression, so the iteration is written here on its linear algebra; standard errors come from
 * the inverse Fisher information. An intercept is added.
 */
public final class LogisticRegression {
    private static final int MAX_ITERATIONS = 50;
    private static final double TOLERANCE = 1e-10;

    /** Fitted coefficients (intercept first) and their standard errors. */
    public record Fit(double[] coefficients, double[] standardErrors, int iterations, int n) {
        /** Odds ratio of predictor {@code k} (0-based, not counting the intercept). */
        public double oddsRatio(int k) {
            return Math.exp(coefficients[k + 1]);
        }

        /** 95 % confidence interval of that odds ratio (Wald). */
        public double[] oddsRatioInterval(int k) {
            double z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.975);
            double b = coefficients[k + 1];
            double se = standardErrors[k + 1];
            return new double[] {Math.exp(b - z * se), Math.exp(b + z * se)};
        }
    }

    private LogisticRegression() {
    }

    /**
     * @param x rows of predictors (without intercept)
     * @param y outcomes, 0 or 1
     * @throws IllegalArgumentException when the data cannot identify the model (too few cases,
     *         no variation, perfect separation)
     */
    public static Fit fit(double[][] x, boolean[] y) {
        int n = y.length;
        if (n != x.length || n == 0) {
            throw new IllegalArgumentException("need one predictor row per outcome, and at least one case");
        }
        int p = x[0].length + 1;
        if (n <= p) {
            throw new IllegalArgumentException("logistic regression needs more cases (" + n + ") than coefficients (" + p + ")");
        }
        double[][] design = new double[n][p];
        for (int i = 0; i < n; i++) {
            design[i][0] = 1;
            System.arraycopy(x[i], 0, design[i], 1, p - 1);
        }
        double[] beta = new double[p];
        RealMatrix information = null;
        int iter = 0;
        for (; iter < MAX_ITERATIONS; iter++) {
            double[][] xtwx = new double[p][p];
            double[] score = new double[p];
            for (int i = 0; i < n; i++) {
                double eta = 0;
                for (int k = 0; k < p; k++) {
                    eta += design[i][k] * beta[k];
                }
                double mu = 1 / (1 + Math.exp(-eta));
                double w = mu * (1 - mu);
                double resid = (y[i] ? 1 : 0) - mu;
                for (int a = 0; a < p; a++) {
                    score[a] += design[i][a] * resid;
                    for (int b = 0; b <= a; b++) {
                        xtwx[a][b] += design[i][a] * w * design[i][b];
                    }
                }
            }
            for (int a = 0; a < p; a++) {
                for (int b = a + 1; b < p; b++) {
                    xtwx[a][b] = xtwx[b][a];
                }
            }
            information = new Array2DRowRealMatrix(xtwx, false);
            RealVector step;
            try {
                step = new CholeskyDecomposition(information, 1e-12, 1e-14).getSolver().solve(new ArrayRealVector(score, false));
            } catch (NonPositiveDefiniteMatrixException e) {
                throw new IllegalArgumentException("the predictors do not vary enough (or separate the outcome perfectly) "
                        + "to estimate odds ratios", e);
            }
            double change = 0;
            for (int k = 0; k < p; k++) {
                beta[k] += step.getEntry(k);
                change = Math.max(change, Math.abs(step.getEntry(k)));
            }
            if (change < TOLERANCE) {
                iter++;
                break;
            }
            if (Math.abs(beta[0]) > 50) {
                throw new IllegalArgumentException("the outcome is (nearly) always or never present; odds ratios are undefined");
            }
        }
        RealMatrix covariance = new CholeskyDecomposition(information, 1e-12, 1e-14).getSolver().getInverse();
        double[] se = new double[p];
        for (int k = 0; k < p; k++) {
            se[k] = Math.sqrt(covariance.getEntry(k, k));
        }
        return new Fit(beta, se, iter, n);
    }
}
