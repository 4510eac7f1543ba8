package org.lonelyloop.analysis;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * The random-intercept cross-lagged panel model (Hamaker, Kuiper and Grasman 2015, Psychol.
 * Methods 20:102) and the classic cross-lagged panel model, for two variables X (use) and Y
 * (loneliness) measured at T waves, fitted by maximum likelihood.
 *
 * <p>Each observation is a wave mean, a stable person-level part (the random intercepts RI_X and
 * RI_Y, free variances and covariance) and a within-person part w. Within, for t = 2..T:
 * <pre>
 *   wX[t] = aX wX[t-1] + bXY wY[t-1] + uX[t]        (bXY: loneliness -> later use)
 *   wY[t] = bYX wX[t-1] + aY wY[t-1] + uY[t]        (bYX: use -> later loneliness)
 * </pre>
 * with the wave-1 within parts and each wave's residuals (uX, uY) free in variance and covariance,
 * and the four lags equal across waves (the default) or free per wave. The classic CLPM is the same
 * model with the random intercepts fixed at zero, so the stable differences between persons are
 * left in the lags. The means are saturated (one per variable and wave), so the fit is to the
 * covariance matrix of the complete cases alone: this is lavaan's model of Hamaker et al.'s
 * appendix with its default normal likelihood (S divided by N).
 *
 * <p>The likelihood is maximised by Fisher scoring (Lee and Jennrich 1979, Psychometrika 44:99):
 * each step solves the expected information against the score, halving the step until the
 * likelihood rises with the implied covariance positive definite. Standard errors come from the
 * expected information at the optimum (lavaan's default for complete data), intervals are Wald 95 %
 * intervals, and each lag is also given standardised on the model-implied within-person variances,
 * averaged over waves (lavaan's std.all, which varies by wave when the lags are equal).
 */
public final class RiClpm {
    /** Whether the four lags are the same at every wave. */
    public enum Lags { INVARIANT, FREE }

    /**
     * How to fit.
     *
     * @param randomIntercepts true for the RI-CLPM, false for the classic CLPM
     * @param lags             equal across waves or free
     */
    public record Options(boolean randomIntercepts, Lags lags) {
        public static Options riClpm() {
            return new Options(true, Lags.INVARIANT);
        }

        public static Options clpm() {
            return new Options(false, Lags.INVARIANT);
        }

        /** The estimator's name in output tables. */
        public String estimator() {
            return (randomIntercepts ? "RI-CLPM" : "CLPM") + (lags == Lags.FREE ? " (free lags)" : "");
        }
    }

    /**
     * One parameter.
     *
     * @param name         e.g. {@code bYX} (X to later Y), {@code aX}, {@code riCov}; with free lags
     *                     suffixed by the wave, {@code bYX.3}
     * @param estimate     maximum-likelihood estimate
     * @param se           standard error from the expected information
     * @param standardized for lags, the wave-averaged std.all value; NaN otherwise
     */
    public record Parameter(String name, double estimate, double se, double standardized) {
        public double low() {
            return estimate - Z95 * se;
        }

        public double high() {
            return estimate + Z95 * se;
        }

        /** The interval's ends on the standardised scale (the estimate's scaling applied to both). */
        public double standardizedLow() {
            return low() * standardScale();
        }

        public double standardizedHigh() {
            return high() * standardScale();
        }

        private double standardScale() {
            return estimate == 0 ? 1 : standardized / estimate;
        }
    }

    /**
     * A fitted model.
     *
     * @param options       what was fitted
     * @param persons       complete cases used
     * @param waves         T
     * @param logLikelihood at the optimum
     * @param chiSquare     likelihood-ratio statistic against the saturated model
     * @param degreesOfFreedom of the chi-square
     * @param iterations    scoring steps taken
     * @param parameters    every free parameter
     * @param withinVariances model-implied variances of the within-person parts, [wave][0: X, 1: Y]
     */
    public record Fit(Options options, int persons, int waves, double logLikelihood, double chiSquare,
            int degreesOfFreedom, int iterations, List<Parameter> parameters, double[][] withinVariances) {
        /** The parameter of this name. */
        public Parameter get(String name) {
            for (Parameter p : parameters) {
                if (p.name().equals(name)) {
                    return p;
                }
            }
            throw new IllegalArgumentException("no parameter " + name);
        }
    }

    static final double Z95 = new NormalDistribution().inverseCumulativeProbability(0.975);
    private static final int MAX_ITERATIONS = 500;
    private static final double TOLERANCE = 1e-10;

    private final int waves;
    private final Options options;
    private final int lagSets;

    private RiClpm(int waves, Options options) {
        this.waves = waves;
        this.options = options;
        this.lagSets = options.lags() == Lags.INVARIANT ? 1 : waves - 1;
    }

    /**
     * Fits the model to {@code x[person][wave]} and {@code y[person][wave]} (NaN: a missed wave; only
     * persons seen at every wave are used).
     *
     * @throws IllegalArgumentException if there are too few waves or persons, or the data do not
     *                                  allow a fit (a constant variable)
     */
    public static Fit fit(double[][] x, double[][] y, Options options) {
        if (x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException("x and y must hold the same persons, at least one");
        }
        int waves = x[0].length;
        int minWaves = options.randomIntercepts() ? 3 : 2;
        if (waves < minWaves) {
            throw new IllegalArgumentException("the " + options.estimator() + " needs at least " + minWaves
                    + " waves, the panel has " + waves);
        }
        double[][] z = completeCases(x, y, waves);
        RiClpm model = new RiClpm(waves, options);
        int minPersons = Math.max(20, model.parameterCount() + 1);
        if (z.length < minPersons) {
            throw new IllegalArgumentException("the " + options.estimator() + " needs at least " + minPersons
                    + " persons seen at every wave, the panel has " + z.length);
        }
        return model.estimate(z);
    }

    private static double[][] completeCases(double[][] x, double[][] y, int waves) {
        List<double[]> rows = new ArrayList<>();
        for (int p = 0; p < x.length; p++) {
            double[] row = new double[2 * waves];
            boolean complete = x[p].length == waves && y[p].length == waves;
            for (int t = 0; complete && t < waves; t++) {
                row[2 * t] = x[p][t];
                row[2 * t + 1] = y[p][t];
                complete = Double.isFinite(x[p][t]) && Double.isFinite(y[p][t]);
            }
            if (complete) {
                rows.add(row);
            }
        }
        return rows.toArray(new double[0][]);
    }

    /** Parameters: RI (3, if any), wave-1 within (3), lags (4 per set), residuals (3 per wave 2..T). */
    private int parameterCount() {
        return (options.randomIntercepts() ? 3 : 0) + 3 + 4 * lagSets + 3 * (waves - 1);
    }

    private int lagOffset() {
        return (options.randomIntercepts() ? 3 : 0) + 3;
    }

    private Fit estimate(double[][] z) {
        int n = z.length;
        int p = 2 * waves;
        RealMatrix s = covariance(z);
        double[] theta = start(s);
        RealMatrix sigma = implied(theta);
        double logLik = logLikelihood(s, sigma, n);
        if (Double.isNaN(logLik)) {
            throw new IllegalArgumentException("the panel's covariance matrix is singular (a variable is constant?)");
        }
        int iterations = 0;
        for (; iterations < MAX_ITERATIONS; iterations++) {
            RealMatrix[] d = derivatives(theta);
            RealMatrix inv = new LUDecomposition(sigma).getSolver().getInverse();
            RealMatrix info = information(inv, d, n);
            RealVector score = score(inv, s, sigma, d, n);
            RealVector step;
            try {
                step = new LUDecomposition(info).getSolver().solve(score);
            } catch (RuntimeException singular) {
                throw new IllegalArgumentException("the " + options.estimator() + " is not identified by this panel");
            }
            double scale = 1;
            double[] next = null;
            double nextLik = Double.NaN;
            for (int halving = 0; halving < 40; halving++) {
                double[] candidate = theta.clone();
                for (int k = 0; k < theta.length; k++) {
                    candidate[k] += scale * step.getEntry(k);
                }
                double lik = logLikelihood(s, implied(candidate), n);
                if (!Double.isNaN(lik) && lik >= logLik - 1e-12 * Math.abs(logLik)) {
                    next = candidate;
                    nextLik = lik;
                    break;
                }
                scale /= 2;
            }
            if (next == null) {
                break;
            }
            double change = 0;
            for (int k = 0; k < theta.length; k++) {
                change = Math.max(change, Math.abs(next[k] - theta[k]));
            }
            theta = next;
            sigma = implied(theta);
            logLik = nextLik;
            if (change < TOLERANCE) {
                iterations++;
                break;
            }
        }
        RealMatrix inv = new LUDecomposition(sigma).getSolver().getInverse();
        RealMatrix covTheta = new LUDecomposition(information(inv, derivatives(theta), n)).getSolver().getInverse();
        double saturated = logLikelihood(s, s, n);
        int df = p * (p + 1) / 2 - theta.length;
        return new Fit(options, n, waves, logLik, 2 * (saturated - logLik), df, iterations,
                parameters(theta, covTheta), withinVariances(theta));
    }

    /** ML covariance of the complete cases (divided by N, as lavaan's normal likelihood). */
    private static RealMatrix covariance(double[][] z) {
        int n = z.length;
        int p = z[0].length;
        double[] mean = new double[p];
        for (double[] row : z) {
            for (int j = 0; j < p; j++) {
                mean[j] += row[j] / n;
            }
        }
        double[][] c = new double[p][p];
        for (double[] row : z) {
            for (int i = 0; i < p; i++) {
                double di = row[i] - mean[i];
                for (int j = 0; j <= i; j++) {
                    c[i][j] += di * (row[j] - mean[j]);
                }
            }
        }
        for (int i = 0; i < p; i++) {
            for (int j = 0; j <= i; j++) {
                c[i][j] /= n;
                c[j][i] = c[i][j];
            }
        }
        return new Array2DRowRealMatrix(c, false);
    }

    /** Starting values: a third of each variance stable (if RIs), the rest within; no lags. */
    private double[] start(RealMatrix s) {
        double[] theta = new double[parameterCount()];
        double vx = 0;
        double vy = 0;
        double cxy = 0;
        for (int t = 0; t < waves; t++) {
            vx += s.getEntry(2 * t, 2 * t) / waves;
            vy += s.getEntry(2 * t + 1, 2 * t + 1) / waves;
            cxy += s.getEntry(2 * t, 2 * t + 1) / waves;
        }
        double within = options.randomIntercepts() ? 2.0 / 3 : 1;
        int k = 0;
        if (options.randomIntercepts()) {
            theta[k++] = vx / 3;
            theta[k++] = cxy / 3;
            theta[k++] = vy / 3;
        }
        theta[k++] = vx * within;
        theta[k++] = cxy * within;
        theta[k++] = vy * within;
        k += 4 * lagSets;
        for (int t = 1; t < waves; t++) {
            theta[k++] = vx * within;
            theta[k++] = cxy * within;
            theta[k++] = vy * within;
        }
        return theta;
    }

    /** The model-implied covariance of (X1, Y1, X2, Y2, ...). */
    RealMatrix implied(double[] theta) {
        int p = 2 * waves;
        double[][] sigma = new double[p][p];
        int k = 0;
        if (options.randomIntercepts()) {
            double rx = theta[k++];
            double rxy = theta[k++];
            double ry = theta[k++];
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < p; j++) {
                    boolean xi = i % 2 == 0;
                    boolean xj = j % 2 == 0;
                    sigma[i][j] = xi && xj ? rx : !xi && !xj ? ry : rxy;
                }
            }
        }
        // Within-person covariances: W[t][s] = Cov(w_t, w_s), 2x2 blocks, by the lag recursion.
        double[][][] var = new double[waves][][];
        var[0] = new double[][] {{theta[k], theta[k + 1]}, {theta[k + 1], theta[k + 2]}};
        int lags = lagOffset();
        int residuals = lags + 4 * lagSets;
        for (int t = 1; t < waves; t++) {
            double[][] b = lagMatrix(theta, t);
            int r = residuals + 3 * (t - 1);
            double[][] psi = {{theta[r], theta[r + 1]}, {theta[r + 1], theta[r + 2]}};
            var[t] = add(multiply(multiply(b, var[t - 1]), transpose(b)), psi);
        }
        for (int t = 0; t < waves; t++) {
            double[][] cross = var[t];
            for (int u = t; u < waves; u++) {
                if (u > t) {
                    cross = multiply(lagMatrix(theta, u), cross);
                }
                for (int a = 0; a < 2; a++) {
                    for (int c = 0; c < 2; c++) {
                        sigma[2 * u + a][2 * t + c] += cross[a][c];
                        if (u != t) {
                            sigma[2 * t + c][2 * u + a] += cross[a][c];
                        }
                    }
                }
            }
        }
        return new Array2DRowRealMatrix(sigma, false);
    }

    /** B for the step into wave t (1-based from wave 2: t >= 1): rows (X, Y), columns (X, Y) lagged. */
    private double[][] lagMatrix(double[] theta, int t) {
        int l = lagOffset() + 4 * (lagSets == 1 ? 0 : t - 1);
        return new double[][] {{theta[l], theta[l + 1]}, {theta[l + 2], theta[l + 3]}};
    }

    /** -(N/2) (log|Sigma| + tr(S Sigma^-1)) + const, or NaN when Sigma is not positive definite. */
    private static double logLikelihood(RealMatrix s, RealMatrix sigma, int n) {
        CholeskyDecomposition chol;
        try {
            chol = new CholeskyDecomposition(sigma, 1e-12, 1e-14);
        } catch (NonPositiveDefiniteMatrixException | org.apache.commons.math3.linear.NonSymmetricMatrixException e) {
            return Double.NaN;
        }
        double logDet = 0;
        RealMatrix l = chol.getL();
        for (int i = 0; i < l.getRowDimension(); i++) {
            logDet += 2 * Math.log(l.getEntry(i, i));
        }
        RealMatrix inv = chol.getSolver().getInverse();
        double trace = 0;
        for (int i = 0; i < s.getRowDimension(); i++) {
            for (int j = 0; j < s.getColumnDimension(); j++) {
                trace += s.getEntry(i, j) * inv.getEntry(j, i);
            }
        }
        int p = s.getRowDimension();
        return -0.5 * n * (p * Math.log(2 * Math.PI) + logDet + trace);
    }

    /** dSigma/dtheta_k, by central differences (Sigma is polynomial in theta, so they are accurate). */
    private RealMatrix[] derivatives(double[] theta) {
        RealMatrix[] d = new RealMatrix[theta.length];
        for (int k = 0; k < theta.length; k++) {
            double h = 1e-6 * Math.max(1, Math.abs(theta[k]));
            double[] up = theta.clone();
            double[] down = theta.clone();
            up[k] += h;
            down[k] -= h;
            d[k] = implied(up).subtract(implied(down)).scalarMultiply(1 / (2 * h));
        }
        return d;
    }

    /** Expected information: (N/2) tr(Sigma^-1 dSigma_i Sigma^-1 dSigma_j). */
    private static RealMatrix information(RealMatrix inv, RealMatrix[] d, int n) {
        int m = d.length;
        RealMatrix[] a = new RealMatrix[m];
        for (int k = 0; k < m; k++) {
            a[k] = inv.multiply(d[k]);
        }
        double[][] info = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j <= i; j++) {
                info[i][j] = 0.5 * n * traceOfProduct(a[i], a[j]);
                info[j][i] = info[i][j];
            }
        }
        return new Array2DRowRealMatrix(info, false);
    }

    /** Score: (N/2) tr(Sigma^-1 (S - Sigma) Sigma^-1 dSigma_k). */
    private static RealVector score(RealMatrix inv, RealMatrix s, RealMatrix sigma, RealMatrix[] d, int n) {
        RealMatrix middle = inv.multiply(s.subtract(sigma)).multiply(inv);
        double[] g = new double[d.length];
        for (int k = 0; k < d.length; k++) {
            g[k] = 0.5 * n * traceOfProduct(middle, d[k]);
        }
        return new ArrayRealVector(g, false);
    }

    private static double traceOfProduct(RealMatrix a, RealMatrix b) {
        double t = 0;
        for (int i = 0; i < a.getRowDimension(); i++) {
            for (int j = 0; j < a.getColumnDimension(); j++) {
                t += a.getEntry(i, j) * b.getEntry(j, i);
            }
        }
        return t;
    }

    private List<Parameter> parameters(double[] theta, RealMatrix cov) {
        List<Parameter> out = new ArrayList<>();
        int k = 0;
        if (options.randomIntercepts()) {
            for (String name : new String[] {"riVarX", "riCov", "riVarY"}) {
                out.add(new Parameter(name, theta[k], Math.sqrt(cov.getEntry(k, k)), Double.NaN));
                k++;
            }
        }
        for (String name : new String[] {"w1VarX", "w1Cov", "w1VarY"}) {
            out.add(new Parameter(name, theta[k], Math.sqrt(cov.getEntry(k, k)), Double.NaN));
            k++;
        }
        double[][] withinVar = withinVariances(theta);
        String[] lagNames = {"aX", "bXY", "bYX", "aY"};
        for (int set = 0; set < lagSets; set++) {
            for (int j = 0; j < 4; j++) {
                String name = lagNames[j] + (lagSets == 1 ? "" : "." + (set + 2));
                double std = 0;
                int count = 0;
                for (int t = 1; t < waves; t++) {
                    if (lagSets > 1 && t != set + 1) {
                        continue;
                    }
                    int to = j < 2 ? 0 : 1;
                    int from = j == 0 || j == 2 ? 0 : 1;
                    std += theta[k] * Math.sqrt(withinVar[t - 1][from] / withinVar[t][to]);
                    count++;
                }
                out.add(new Parameter(name, theta[k], Math.sqrt(cov.getEntry(k, k)), std / count));
                k++;
            }
        }
        for (int t = 2; t <= waves; t++) {
            for (String name : new String[] {"resVarX", "resCov", "resVarY"}) {
                out.add(new Parameter(name + "." + t, theta[k], Math.sqrt(cov.getEntry(k, k)), Double.NaN));
                k++;
            }
        }
        return out;
    }

    /** Model-implied variances of the within parts, per wave: {var wX, var wY}. */
    private double[][] withinVariances(double[] theta) {
        double[][] out = new double[waves][2];
        int k = options.randomIntercepts() ? 3 : 0;
        double[][] v = {{theta[k], theta[k + 1]}, {theta[k + 1], theta[k + 2]}};
        out[0] = new double[] {v[0][0], v[1][1]};
        int residuals = lagOffset() + 4 * lagSets;
        for (int t = 1; t < waves; t++) {
            double[][] b = lagMatrix(theta, t);
            int r = residuals + 3 * (t - 1);
            v = add(multiply(multiply(b, v), transpose(b)), new double[][] {{theta[r], theta[r + 1]},
                {theta[r + 1], theta[r + 2]}});
            out[t] = new double[] {v[0][0], v[1][1]};
        }
        return out;
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        return new double[][] {
            {a[0][0] * b[0][0] + a[0][1] * b[1][0], a[0][0] * b[0][1] + a[0][1] * b[1][1]},
            {a[1][0] * b[0][0] + a[1][1] * b[1][0], a[1][0] * b[0][1] + a[1][1] * b[1][1]}};
    }

    private static double[][] transpose(double[][] a) {
        return new double[][] {{a[0][0], a[1][0]}, {a[0][1], a[1][1]}};
    }

    private static double[][] add(double[][] a, double[][] b) {
        return new double[][] {{a[0][0] + b[0][0], a[0][1] + b[0][1]}, {a[1][0] + b[1][0], a[1][1] + b[1][1]}};
    }
}
