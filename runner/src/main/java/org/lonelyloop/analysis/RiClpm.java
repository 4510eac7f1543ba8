package org.lonelyloop.analysis;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
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

    /** What is done with persons who missed waves. */
    public enum MissingWaves {
        /** Every person seen at least once, by full-information maximum likelihood (lavaan's missing = "ml"). */
        FIML,
        /** Only persons seen at every wave (lavaan's missing = "listwise"). */
        COMPLETE_CASES
    }

    /**
     * How to fit.
     *
     * @param randomIntercepts true for the RI-CLPM, false for the classic CLPM
     * @param lags             equal across waves or free
     * @param missing          full information (the default; the same as complete cases when nobody
     *                         missed a wave) or complete cases only
     */
    public record Options(boolean randomIntercepts, Lags lags, MissingWaves missing) {
        public Options(boolean randomIntercepts, Lags lags) {
            this(randomIntercepts, lags, MissingWaves.FIML);
        }

        public static Options riClpm() {
            return new Options(true, Lags.INVARIANT);
        }

        public static Options clpm() {
            return new Options(false, Lags.INVARIANT);
        }

        /** The same model, with this handling of missed waves. */
        public Options with(MissingWaves m) {
            return new Options(randomIntercepts, lags, m);
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
     * @param se           standard error: from the expected information when nobody missed a wave,
     *                     from the observed information under full information (lavaan's defaults)
     * @param standardized lavaan's std.all: for lags averaged over waves (it varies by wave when the
     *                     lags are equal), for covariances a correlation, for a residual variance the
     *                     share of its wave's within-person variance left unexplained, 1 for variances
     */
    public record Parameter(String name, double estimate, double se, double standardized) {
        /** Wald z. */
        public double z() {
            return estimate / se;
        }

        /** Two-sided p of {@link #z()} under the standard normal. */
        public double p() {
            return 2 * NORMAL.cumulativeProbability(-Math.abs(z()));
        }

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
     * @param persons       persons used: those seen at every wave, or under full information everyone
     *                      seen at least once
     * @param waves         T
     * @param logLikelihood at the optimum
     * @param chiSquare     likelihood-ratio statistic against the saturated model
     * @param degreesOfFreedom of the chi-square
     * @param iterations    scoring steps taken
     * @param parameters    every free parameter
     * @param withinVariances model-implied variances of the within-person parts, [wave][0: X, 1: Y]
     * @param fullInformation whether persons who missed waves were used
     * @param quality       how well the model reproduces the data
     */
    public record Fit(Options options, int persons, int waves, double logLikelihood, double chiSquare,
            int degreesOfFreedom, int iterations, List<Parameter> parameters, double[][] withinVariances,
            boolean fullInformation, Quality quality) {
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

    /**
     * The fit measures lavaan reports for ML, by its definitions: the chi-square's p, the saturated
     * model's log-likelihood, the independence baseline's chi-square and df, CFI, RMSEA (on N) and
     * SRMR (Bentler's: residual covariances and means over the saturated model's standard deviations).
     */
    public record Quality(double pValue, double saturatedLogLikelihood, double baselineChiSquare,
            int baselineDegreesOfFreedom, double cfi, double rmsea, double srmr) {
    }

    private static final NormalDistribution NORMAL = new NormalDistribution();
    static final double Z95 = NORMAL.inverseCumulativeProbability(0.975);
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
     * Fits the model to {@code x[person][wave]} and {@code y[person][wave]} (NaN: a missed wave). Under
     * full information every person seen at least once counts (the same as complete cases when nobody
     * missed a wave); with {@link MissingWaves#COMPLETE_CASES}, only those seen at every wave.
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
        double[][] rows = rows(x, y, waves);
        boolean allWaves = options.missing() == MissingWaves.COMPLETE_CASES;
        if (allWaves) {
            rows = java.util.Arrays.stream(rows).filter(r -> java.util.Arrays.stream(r).allMatch(Double::isFinite))
                    .toArray(double[][]::new);
        }
        PanelMoments data = PanelMoments.of(rows, 2 * waves);
        RiClpm model = new RiClpm(waves, options);
        int minPersons = Math.max(20, model.parameterCount() + 1);
        if (data.persons() < minPersons) {
            throw new IllegalArgumentException("the " + options.estimator() + " needs at least " + minPersons
                    + " persons" + (allWaves ? " seen at every wave" : "") + ", the panel has " + data.persons());
        }
        return model.estimate(data);
    }

    /** Each person's X and Y at every wave, interleaved (X1, Y1, X2, ...); NaN where not seen. */
    private static double[][] rows(double[][] x, double[][] y, int waves) {
        double[][] out = new double[x.length][2 * waves];
        for (int p = 0; p < x.length; p++) {
            for (int t = 0; t < waves; t++) {
                out[p][2 * t] = t < x[p].length ? x[p][t] : Double.NaN;
                out[p][2 * t + 1] = t < y[p].length ? y[p][t] : Double.NaN;
            }
        }
        return out;
    }

    /** Parameters: RI (3, if any), wave-1 within (3), lags (4 per set), residuals (3 per wave 2..T). */
    private int parameterCount() {
        return (options.randomIntercepts() ? 3 : 0) + 3 + 4 * lagSets + 3 * (waves - 1);
    }

    private int lagOffset() {
        return (options.randomIntercepts() ? 3 : 0) + 3;
    }

    /**
     * Maximises the likelihood over the means (free, one per variable and wave) and the covariance
     * parameters by Fisher scoring, each step halved until the likelihood rises. Standard errors come
     * from the expected information when nobody missed a wave and from the observed information (the
     * likelihood's curvature, by differences of its exact gradient) under full information, as
     * lavaan's defaults do.
     */
    private Fit estimate(PanelMoments data) {
        int p = 2 * waves;
        PanelMoments.Saturated saturated = data.saturated();
        double[] phi = new double[p + parameterCount()];
        System.arraycopy(saturated.mean(), 0, phi, 0, p);
        System.arraycopy(start(saturated.cov()), 0, phi, p, parameterCount());
        double logLik = logLikelihood(data, phi);
        if (Double.isNaN(logLik)) {
            throw new IllegalArgumentException("the panel's covariance matrix is singular (a variable is constant?)");
        }
        int iterations = 0;
        for (; iterations < MAX_ITERATIONS; iterations++) {
            Scores scores = scores(data, phi, true);
            RealVector step;
            try {
                step = new LUDecomposition(scores.information()).getSolver().solve(scores.gradient());
            } catch (RuntimeException singular) {
                throw new IllegalArgumentException("the " + options.estimator() + " is not identified by this panel");
            }
            double scale = 1;
            double[] next = null;
            double nextLik = Double.NaN;
            for (int halving = 0; halving < 40; halving++) {
                double[] candidate = phi.clone();
                for (int k = 0; k < phi.length; k++) {
                    candidate[k] += scale * step.getEntry(k);
                }
                double lik = logLikelihood(data, candidate);
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
            for (int k = 0; k < phi.length; k++) {
                change = Math.max(change, Math.abs(next[k] - phi[k]));
            }
            phi = next;
            logLik = nextLik;
            if (change < TOLERANCE) {
                iterations++;
                break;
            }
        }
        boolean full = !data.complete();
        RealMatrix information = full ? observedInformation(data, phi) : scores(data, phi, true).information();
        RealMatrix covPhi = new LUDecomposition(information).getSolver().getInverse();
        double[] theta = java.util.Arrays.copyOfRange(phi, p, phi.length);
        RealMatrix covTheta = covPhi.getSubMatrix(p, phi.length - 1, p, phi.length - 1);
        int df = p * (p + 1) / 2 - theta.length;
        double chiSquare = 2 * (saturated.logLikelihood() - logLik);
        return new Fit(options, data.persons(), waves, logLik, chiSquare, df, iterations,
                parameters(theta, covTheta), withinVariances(theta), full,
                quality(data, chiSquare, df, java.util.Arrays.copyOf(phi, p), implied(theta)));
    }

    /** The full-information log-likelihood at means and parameters {@code phi}. */
    private double logLikelihood(PanelMoments data, double[] phi) {
        int p = 2 * waves;
        return data.logLikelihood(java.util.Arrays.copyOf(phi, p),
                implied(java.util.Arrays.copyOfRange(phi, p, phi.length)));
    }

    /** The log-likelihood's gradient in (means, parameters), and its expected information if asked. */
    private record Scores(RealVector gradient, RealMatrix information) {
    }

    /**
     * The gradient of the full-information log-likelihood, summed over the missing-data patterns
     * (seen variables o, n persons, mean m, covariance S, d = m - mu): for the means
     * {@code n Sigma_o^-1 d}; for a parameter {@code (n/2) tr(Sigma_o^-1 (S + d d' - Sigma_o)
     * Sigma_o^-1 dSigma_o)}. The expected information: {@code n Sigma_o^-1} for the means,
     * {@code (n/2) tr(Sigma_o^-1 dSigma_i Sigma_o^-1 dSigma_j)} for the parameters, none between.
     */
    private Scores scores(PanelMoments data, double[] phi, boolean withInformation) {
        int p = 2 * waves;
        double[] theta = java.util.Arrays.copyOfRange(phi, p, phi.length);
        RealMatrix sigma = implied(theta);
        RealMatrix[] d = derivatives(theta);
        int m = theta.length;
        double[] g = new double[p + m];
        double[][] info = withInformation ? new double[p + m][p + m] : null;
        for (PanelMoments.Pattern pattern : data.patterns()) {
            int[] o = pattern.observed();
            int n = pattern.n();
            RealMatrix inv = new LUDecomposition(sigma.getSubMatrix(o, o)).getSolver().getInverse();
            double[] dev = new double[o.length];
            for (int i = 0; i < o.length; i++) {
                dev[i] = pattern.mean()[i] - phi[o[i]];
            }
            double[][] outer = new double[o.length][o.length];
            for (int i = 0; i < o.length; i++) {
                for (int j = 0; j < o.length; j++) {
                    g[o[i]] += n * inv.getEntry(i, j) * dev[j];
                    if (info != null) {
                        info[o[i]][o[j]] += n * inv.getEntry(i, j);
                    }
                    outer[i][j] = pattern.cov()[i][j] + dev[i] * dev[j] - sigma.getEntry(o[i], o[j]);
                }
            }
            RealMatrix middle = inv.multiply(new Array2DRowRealMatrix(outer, false)).multiply(inv);
            RealMatrix[] a = new RealMatrix[m];
            for (int k = 0; k < m; k++) {
                RealMatrix dk = d[k].getSubMatrix(o, o);
                g[p + k] += 0.5 * n * traceOfProduct(middle, dk);
                a[k] = inv.multiply(dk);
            }
            for (int i = 0; info != null && i < m; i++) {
                for (int j = 0; j <= i; j++) {
                    double t = 0.5 * n * traceOfProduct(a[i], a[j]);
                    info[p + i][p + j] += t;
                    if (i != j) {
                        info[p + j][p + i] += t;
                    }
                }
            }
        }
        return new Scores(new ArrayRealVector(g, false), info == null ? null : new Array2DRowRealMatrix(info, false));
    }

    /** The negative Hessian of the log-likelihood, by central differences of its exact gradient. */
    private RealMatrix observedInformation(PanelMoments data, double[] phi) {
        int k = phi.length;
        double[][] h = new double[k][k];
        for (int c = 0; c < k; c++) {
            double step = 1e-5 * Math.max(1, Math.abs(phi[c]));
            double[] up = phi.clone();
            double[] down = phi.clone();
            up[c] += step;
            down[c] -= step;
            RealVector gu = scores(data, up, false).gradient();
            RealVector gd = scores(data, down, false).gradient();
            for (int r = 0; r < k; r++) {
                h[r][c] = -(gu.getEntry(r) - gd.getEntry(r)) / (2 * step);
            }
        }
        for (int r = 0; r < k; r++) {
            for (int c = 0; c < r; c++) {
                double mean = 0.5 * (h[r][c] + h[c][r]);
                h[r][c] = mean;
                h[c][r] = mean;
            }
        }
        return new Array2DRowRealMatrix(h, false);
    }

    /** The fit measures of a model with these means and implied covariance. */
    private static Quality quality(PanelMoments data, double chiSquare, int df, double[] mu, RealMatrix sigma) {
        PanelMoments.Saturated saturated = data.saturated();
        int p = data.variables();
        double baseline = 2 * (saturated.logLikelihood() - data.baselineLogLikelihood());
        int baselineDf = p * (p + 1) / 2 - p;
        double misfit = Math.max(chiSquare - df, 0);
        double denominator = Math.max(Math.max(chiSquare - df, baseline - baselineDf), 0);
        double cfi = denominator == 0 ? 1 : 1 - misfit / denominator;
        double rmsea = df == 0 ? 0 : Math.sqrt(misfit / (df * (double) data.persons()));
        double sum = 0;
        RealMatrix s = saturated.cov();
        for (int i = 0; i < p; i++) {
            double si = Math.sqrt(s.getEntry(i, i));
            double mean = (saturated.mean()[i] - mu[i]) / si;
            sum += mean * mean;
            for (int j = 0; j <= i; j++) {
                double r = (s.getEntry(i, j) - sigma.getEntry(i, j)) / (si * Math.sqrt(s.getEntry(j, j)));
                sum += r * r;
            }
        }
        double srmr = Math.sqrt(sum / (p * (p + 1) / 2.0 + p));
        double pValue = df == 0 ? Double.NaN : 1 - new ChiSquaredDistribution(df).cumulativeProbability(chiSquare);
        return new Quality(pValue, saturated.logLikelihood(), baseline, baselineDf, cfi, rmsea, srmr);
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
        double[][] withinVar = withinVariances(theta);
        if (options.randomIntercepts()) {
            k = variances(out, theta, cov, k, "riVarX", "riCov", "riVarY", Double.NaN, Double.NaN);
        }
        k = variances(out, theta, cov, k, "w1VarX", "w1Cov", "w1VarY", Double.NaN, Double.NaN);
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
            // A residual variance standardised is the share of the wave's within variance it leaves.
            k = variances(out, theta, cov, k, "resVarX." + t, "resCov." + t, "resVarY." + t,
                    withinVar[t - 1][0], withinVar[t - 1][1]);
        }
        return out;
    }

    /**
     * A variance, a covariance and a variance at {@code k}, standardised as lavaan's std.all: each
     * variance over {@code totalX} or {@code totalY} (NaN: over itself, as an exogenous variance is), the
     * covariance as a correlation.
     */
    private static int variances(List<Parameter> out, double[] theta, RealMatrix cov, int k, String varX,
            String covariance, String varY, double totalX, double totalY) {
        double vx = theta[k];
        double c = theta[k + 1];
        double vy = theta[k + 2];
        out.add(new Parameter(varX, vx, Math.sqrt(cov.getEntry(k, k)), Double.isNaN(totalX) ? 1 : vx / totalX));
        out.add(new Parameter(covariance, c, Math.sqrt(cov.getEntry(k + 1, k + 1)), c / Math.sqrt(vx * vy)));
        out.add(new Parameter(varY, vy, Math.sqrt(cov.getEntry(k + 2, k + 2)), Double.isNaN(totalY) ? 1 : vy / totalY));
        return k + 3;
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
