package org.lonelyloop.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.NonSymmetricMatrixException;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * A panel as a normal likelihood sees it: persons grouped by the variables they were seen on (their
 * missing-data pattern), each group's count, mean and covariance (divided by its count). With
 * every person seen on everything there is one group, and the likelihood is the ordinary one.
 * Under missing at random the full-information likelihood sums each person's density over what
 * they were seen on (Arbuckle 1996), which these group moments give without revisiting persons.
 *
 * <p>Also the two models every fit is judged against, by the same likelihood: the saturated one
 * (free means and covariances, by EM: Dempster, Laird and Rubin 1977; the sample moments when
 * nothing is missing) and the independence baseline (free means and variances only, whose
 * likelihood splits into one per variable).
 */
final class PanelMoments {
    private static final double LOG_2PI = Math.log(2 * Math.PI);
    private static final int EM_ITERATIONS = 10_000;
    private static final double EM_TOLERANCE = 1e-11;

    /**
     * Persons seen on the same variables.
     *
     * @param observed the variables seen, ascending
     * @param rows     each person's values on them
     * @param mean     the rows' mean
     * @param cov      their covariance, divided by the count
     */
    record Pattern(int[] observed, double[][] rows, double[] mean, double[][] cov) {
        int n() {
            return rows.length;
        }
    }

    /** The saturated model's estimates and likelihood. */
    record Saturated(double[] mean, RealMatrix cov, double logLikelihood) {
    }

    private final int variables;
    private final List<Pattern> patterns;
    private final int persons;
    private Saturated saturated;

    private PanelMoments(int variables, List<Pattern> patterns) {
        this.variables = variables;
        this.patterns = patterns;
        this.persons = patterns.stream().mapToInt(Pattern::n).sum();
    }

    /**
     * The moments of these rows (NaN: not seen). A person seen on nothing tells the likelihood
     * nothing and is left out.
     */
    static PanelMoments of(double[][] rows, int variables) {
        Map<String, List<double[]>> byPattern = new LinkedHashMap<>();
        Map<String, int[]> seen = new LinkedHashMap<>();
        for (double[] row : rows) {
            int[] observed = java.util.stream.IntStream.range(0, variables).filter(j -> Double.isFinite(row[j]))
                    .toArray();
            if (observed.length == 0) {
                continue;
            }
            String key = Arrays.toString(observed);
            seen.putIfAbsent(key, observed);
            double[] values = new double[observed.length];
            for (int k = 0; k < observed.length; k++) {
                values[k] = row[observed[k]];
            }
            byPattern.computeIfAbsent(key, k -> new ArrayList<>()).add(values);
        }
        List<Pattern> patterns = new ArrayList<>();
        for (Map.Entry<String, List<double[]>> e : byPattern.entrySet()) {
            double[][] r = e.getValue().toArray(new double[0][]);
            patterns.add(new Pattern(seen.get(e.getKey()), r, mean(r), covariance(r)));
        }
        return new PanelMoments(variables, List.copyOf(patterns));
    }

    int variables() {
        return variables;
    }

    int persons() {
        return persons;
    }

    List<Pattern> patterns() {
        return patterns;
    }

    /** Whether every person was seen on every variable. */
    boolean complete() {
        return patterns.size() == 1 && patterns.get(0).observed().length == variables;
    }

    /** How many persons were seen on each variable. */
    int[] seenOn() {
        int[] n = new int[variables];
        for (Pattern p : patterns) {
            for (int j : p.observed()) {
                n[j] += p.n();
            }
        }
        return n;
    }

    /**
     * The full-information log-likelihood of means {@code mu} and covariance {@code sigma}, or NaN
     * where a pattern's part of {@code sigma} is not positive definite.
     */
    double logLikelihood(double[] mu, RealMatrix sigma) {
        double sum = 0;
        for (Pattern p : patterns) {
            int[] o = p.observed();
            RealMatrix part = sigma.getSubMatrix(o, o);
            CholeskyDecomposition chol;
            try {
                chol = new CholeskyDecomposition(part, 1e-12, 1e-14);
            } catch (NonPositiveDefiniteMatrixException | NonSymmetricMatrixException e) {
                return Double.NaN;
            }
            double logDet = 0;
            for (int i = 0; i < o.length; i++) {
                logDet += 2 * Math.log(chol.getL().getEntry(i, i));
            }
            RealMatrix inv = chol.getSolver().getInverse();
            double trace = 0;
            double quadratic = 0;
            for (int i = 0; i < o.length; i++) {
                double di = p.mean()[i] - mu[o[i]];
                for (int j = 0; j < o.length; j++) {
                    trace += p.cov()[i][j] * inv.getEntry(j, i);
                    quadratic += di * inv.getEntry(i, j) * (p.mean()[j] - mu[o[j]]);
                }
            }
            sum += -0.5 * p.n() * (o.length * LOG_2PI + logDet + trace + quadratic);
        }
        return sum;
    }

    /** The saturated model: the sample moments when nothing is missing, else EM's. */
    Saturated saturated() {
        if (saturated == null) {
            saturated = complete() ? sampleMoments() : em();
        }
        return saturated;
    }

    private Saturated sampleMoments() {
        Pattern p = patterns.get(0);
        RealMatrix cov = new Array2DRowRealMatrix(p.cov(), true);
        return new Saturated(p.mean().clone(), cov, logLikelihood(p.mean(), cov));
    }

    /**
     * EM for the mean and covariance under missing at random: each person's missing values are
     * replaced by their regression on the seen ones (and the regression's residual covariance is
     * added), then the moments are taken again, until they stop changing.
     */
    private Saturated em() {
        int v = variables;
        double[] mu = new double[v];
        double[][] s = new double[v][v];
        int[] n = seenOn();
        for (Pattern p : patterns) {
            for (double[] row : p.rows()) {
                for (int k = 0; k < p.observed().length; k++) {
                    mu[p.observed()[k]] += row[k] / n[p.observed()[k]];
                }
            }
        }
        for (Pattern p : patterns) {
            for (double[] row : p.rows()) {
                for (int k = 0; k < p.observed().length; k++) {
                    int j = p.observed()[k];
                    s[j][j] += (row[k] - mu[j]) * (row[k] - mu[j]) / n[j];
                }
            }
        }
        RealMatrix sigma = new Array2DRowRealMatrix(s, false);
        for (int iteration = 0; iteration < EM_ITERATIONS; iteration++) {
            double[] t1 = new double[v];
            double[][] t2 = new double[v][v];
            for (Pattern p : patterns) {
                int[] o = p.observed();
                int[] m = missing(o);
                RealMatrix b = null;
                RealMatrix residual = null;
                if (m.length > 0) {
                    RealMatrix inv = new CholeskyDecomposition(sigma.getSubMatrix(o, o)).getSolver().getInverse();
                    b = sigma.getSubMatrix(m, o).multiply(inv);
                    residual = sigma.getSubMatrix(m, m).subtract(b.multiply(sigma.getSubMatrix(o, m)));
                }
                double[] z = new double[v];
                for (double[] row : p.rows()) {
                    for (int k = 0; k < o.length; k++) {
                        z[o[k]] = row[k];
                    }
                    for (int k = 0; k < m.length; k++) {
                        double e = mu[m[k]];
                        for (int j = 0; j < o.length; j++) {
                            e += b.getEntry(k, j) * (row[j] - mu[o[j]]);
                        }
                        z[m[k]] = e;
                    }
                    for (int i = 0; i < v; i++) {
                        t1[i] += z[i];
                        for (int j = 0; j <= i; j++) {
                            t2[i][j] += z[i] * z[j];
                        }
                    }
                }
                for (int i = 0; i < m.length; i++) {
                    for (int j = 0; j < m.length; j++) {
                        if (m[j] <= m[i]) {
                            t2[m[i]][m[j]] += p.n() * residual.getEntry(i, j);
                        }
                    }
                }
            }
            double change = 0;
            double[] nextMu = new double[v];
            double[][] next = new double[v][v];
            for (int i = 0; i < v; i++) {
                nextMu[i] = t1[i] / persons;
                change = Math.max(change, Math.abs(nextMu[i] - mu[i]));
            }
            for (int i = 0; i < v; i++) {
                for (int j = 0; j <= i; j++) {
                    next[i][j] = t2[i][j] / persons - nextMu[i] * nextMu[j];
                    next[j][i] = next[i][j];
                    change = Math.max(change, Math.abs(next[i][j] - sigma.getEntry(i, j)));
                }
            }
            mu = nextMu;
            sigma = new Array2DRowRealMatrix(next, false);
            if (change < EM_TOLERANCE) {
                break;
            }
        }
        return new Saturated(mu, sigma, logLikelihood(mu, sigma));
    }

    /** The independence model's log-likelihood: each variable's own mean and variance, from those seen on it. */
    double baselineLogLikelihood() {
        double[] sum = new double[variables];
        double[] squares = new double[variables];
        int[] n = seenOn();
        for (Pattern p : patterns) {
            for (double[] row : p.rows()) {
                for (int k = 0; k < p.observed().length; k++) {
                    sum[p.observed()[k]] += row[k];
                }
            }
        }
        for (Pattern p : patterns) {
            for (double[] row : p.rows()) {
                for (int k = 0; k < p.observed().length; k++) {
                    int j = p.observed()[k];
                    double d = row[k] - sum[j] / n[j];
                    squares[j] += d * d;
                }
            }
        }
        double ll = 0;
        for (int j = 0; j < variables; j++) {
            ll += -0.5 * n[j] * (LOG_2PI + Math.log(squares[j] / n[j]) + 1);
        }
        return ll;
    }

    private int[] missing(int[] observed) {
        boolean[] seen = new boolean[variables];
        for (int j : observed) {
            seen[j] = true;
        }
        return java.util.stream.IntStream.range(0, variables).filter(j -> !seen[j]).toArray();
    }

    private static double[] mean(double[][] rows) {
        double[] m = new double[rows[0].length];
        for (double[] r : rows) {
            for (int j = 0; j < m.length; j++) {
                m[j] += r[j] / rows.length;
            }
        }
        return m;
    }

    private static double[][] covariance(double[][] rows) {
        double[] m = mean(rows);
        int p = m.length;
        double[][] c = new double[p][p];
        for (double[] r : rows) {
            for (int i = 0; i < p; i++) {
                double di = r[i] - m[i];
                for (int j = 0; j <= i; j++) {
                    c[i][j] += di * (r[j] - m[j]);
                }
            }
        }
        for (int i = 0; i < p; i++) {
            for (int j = 0; j <= i; j++) {
                c[i][j] /= rows.length;
                c[j][i] = c[i][j];
            }
        }
        return c;
    }
}
