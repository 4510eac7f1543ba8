package org.lonelyloop.analysis;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;
import org.lonelyloop.model.params.Range;
import org.lonelyloop.model.params.Scenario;

/**
 * One calibration for every target at once: CMA-ES (Hansen's covariance matrix adaptation, Commons
 * Math's {@link CMAESOptimizer}) over the parameters the targets identify, minimising
 * <pre>
 *   sum over targets of miss(target)^2
 * </pre>
 * where a miss is {@code (simulated - value) / absolute} for an absolute tolerance,
 * {@code ln(simulated / value) / ln(factor)} for a factor, and for an interval the distance outside
 * it over its half-width (a one-sided interval: over the larger of |bound| and 0.01); a target met
 * within its tolerance costs less than 1. Every evaluation runs the same seeds (common random
 * numbers, so the objective is smooth enough to search) and is appended to a CSV log as it
 * finishes: started again with the same log, the search replays the evaluations it finds there
 * without running them and so continues where it stopped, with identical results.
 *
 * <p>Parameters are searched on [0, 1] scaled to their bounds (the documented {@link Range} of the
 * parameter unless given), so that one step size suits all.
 */
public final class JointCalibration {
    /** A parameter to search, by key path (as --set), within [low, high]. */
    public record Parameter(String key, double low, double high) {
        public Parameter {
            if (!(low < high)) {
                throw new IllegalArgumentException(key + ": the range must run from low to high, was " + low + ".."
                        + high);
            }
        }

        /**
         * The parameter with its documented range (the {@link Range} on the scenario record
         * component the key path names).
         *
         * @throws IllegalArgumentException the key names no numeric parameter
         */
        public static Parameter documented(String key) {
            Class<?> type = Scenario.class;
            RecordComponent found = null;
            for (String part : key.split("\\.")) {
                found = null;
                if (type.isRecord()) {
                    for (RecordComponent c : type.getRecordComponents()) {
                        if (c.getName().equals(part)) {
                            found = c;
                        }
                    }
                }
                if (found == null) {
                    throw new IllegalArgumentException(key + ": no such parameter ('" + part + "' is not a key there)");
                }
                type = found.getType();
            }
            Range r = found.getAnnotation(Range.class);
            if (r == null || !(type == double.class || type == int.class)) {
                throw new IllegalArgumentException(key + ": not a single number with a documented range; give one "
                        + "as KEY=LOW..HIGH");
            }
            return new Parameter(key, r.min(), r.max());
        }

        double toValue(double unit) {
            return low + unit * (high - low);
        }

        double toUnit(double value) {
            return (value - low) / (high - low);
        }
    }

    /** Runs the model with the given {@code --set} values and measures every target's measure. */
    @FunctionalInterface
    public interface Evaluator {
        Map<String, Double> measure(Map<String, Double> values);
    }

    /**
     * What the search found.
     *
     * @param best        the best values found, by key
     * @param objective   the objective at them
     * @param evaluations evaluations made (replayed from the log included)
     * @param replayed    of which were read from the log
     */
    public record Result(Map<String, Double> best, double objective, int evaluations, int replayed) {
    }

    /** CMA-ES's iteration limit: far beyond any budget, so only the evaluation budget stops it. */
    private static final int ITERATION_LIMIT = 100_000;
    private final List<Parameter> parameters;
    private final List<Targets.Target> targets;
    private final Evaluator evaluator;
    private final Path log;
    private final Map<String, double[]> done = new LinkedHashMap<>();
    private List<String> measures;
    private int evaluations;
    private int replayed;
    private double bestObjective = Double.POSITIVE_INFINITY;
    private double[] best;
    private final PrintWriter progress;

    /**
     * @param log      the evaluation log (CSV; created, or replayed and appended to)
     * @param progress where each evaluation is reported, or null
     */
    public JointCalibration(List<Parameter> parameters, List<Targets.Target> targets, Evaluator evaluator, Path log,
            PrintWriter progress) {
        if (parameters.isEmpty()) {
            throw new IllegalArgumentException("give at least one parameter to calibrate");
        }
        this.parameters = List.copyOf(parameters);
        this.targets = List.copyOf(targets);
        this.evaluator = evaluator;
        this.log = log;
        this.progress = progress;
    }

    /**
     * Searches from the given start (values by key; a missing key starts mid-range).
     *
     * @param maxEvaluations evaluations the search may spend (replayed ones count)
     * @param sigma          initial step on the unit scale (0.1-0.3 is usual)
     * @param seed           seed of the search's own random numbers
     */
    public Result run(Map<String, Double> start, int maxEvaluations, double sigma, long seed) throws IOException {
        replayLog();
        int n = parameters.size();
        double[] guess = new double[n];
        double[] lower = new double[n];
        double[] upper = new double[n];
        double[] steps = new double[n];
        for (int k = 0; k < n; k++) {
            Parameter p = parameters.get(k);
            Double s = start.get(p.key());
            guess[k] = Math.max(0, Math.min(1, s == null ? 0.5 : p.toUnit(s)));
            upper[k] = 1;
            steps[k] = sigma;
        }
        int lambda = 4 + (int) (3 * Math.log(n));
        // The iteration limit enters CMA-ES's step-size damping, so it is fixed: a search stopped after
        // some evaluations and one given more take the same path, and the log replays exactly.
        CMAESOptimizer cmaes = new CMAESOptimizer(ITERATION_LIMIT, 0, true, 0, 0, new MersenneTwister(seed), false,
                new SimpleValueChecker(1e-6, 1e-8));
        try {
            cmaes.optimize(new MaxEval(maxEvaluations), new ObjectiveFunction(this::evaluate), GoalType.MINIMIZE,
                    new InitialGuess(guess), new SimpleBounds(lower, upper), new CMAESOptimizer.Sigma(steps),
                    new CMAESOptimizer.PopulationSize(lambda));
        } catch (org.apache.commons.math3.exception.TooManyEvaluationsException spent) {
            // The budget is spent: the best point so far is the answer.
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (int k = 0; k < n; k++) {
            values.put(parameters.get(k).key(), parameters.get(k).toValue(best[k]));
        }
        return new Result(values, bestObjective, evaluations, replayed);
    }

    /** The objective of a point on the unit scale: from the log if it was evaluated before. */
    private double evaluate(double[] unit) {
        Map<String, Double> values = new LinkedHashMap<>();
        StringBuilder key = new StringBuilder();
        for (int k = 0; k < parameters.size(); k++) {
            double v = parameters.get(k).toValue(Math.max(0, Math.min(1, unit[k])));
            values.put(parameters.get(k).key(), v);
            key.append(Double.toString(v)).append(',');
        }
        evaluations++;
        double objective;
        double[] cached = done.get(key.toString());
        if (cached != null) {
            replayed++;
            objective = cached[0];
        } else {
            Map<String, Double> measured = evaluator.measure(values);
            objective = objective(measured);
            append(values, objective, measured);
            done.put(key.toString(), new double[] {objective});
        }
        if (objective < bestObjective) {
            bestObjective = objective;
            best = unit.clone();
        }
        if (progress != null) {
            progress.printf(Locale.ROOT, "evaluation %d%s: objective %.4g (best %.4g) at %s%n", evaluations,
                    cached != null ? " (from the log)" : "", objective, bestObjective, values);
            progress.flush();
        }
        return objective;
    }

    /** Sum over targets of the squared standardised miss; NaN measures count as a miss of 10. */
    public double objective(Map<String, Double> measured) {
        double sum = 0;
        for (Targets.Target t : targets) {
            double miss = miss(t, measured.getOrDefault(t.measure(), Double.NaN));
            sum += miss * miss;
        }
        return sum;
    }

    /** A target's standardised miss (within tolerance: below 1 in size; inside an interval: 0). */
    static double miss(Targets.Target t, double simulated) {
        if (!Double.isFinite(simulated)) {
            return 10;
        }
        Targets.Tolerance tol = t.tolerance();
        if (tol.absolute() != null) {
            return (simulated - t.value()) / Math.max(tol.absolute(), 1e-12);
        }
        if (tol.factor() != null) {
            if (simulated <= 0 || t.value() <= 0) {
                return 10;
            }
            return Math.log(simulated / t.value()) / Math.log(Math.max(tol.factor(), 1 + 1e-9));
        }
        double lo = tol.min() == null ? Double.NEGATIVE_INFINITY : tol.min();
        double hi = tol.max() == null ? Double.POSITIVE_INFINITY : tol.max();
        double scale = tol.min() != null && tol.max() != null ? Math.max((hi - lo) / 2, 1e-12)
                : Math.max(Math.abs(tol.min() != null ? lo : hi), 0.01);
        if (simulated < lo) {
            return (lo - simulated) / scale;
        }
        return simulated > hi ? (simulated - hi) / scale : 0;
    }

    private void replayLog() throws IOException {
        if (!Files.exists(log)) {
            return;
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return;
        }
        String[] header = lines.get(0).split(",", -1);
        for (int k = 0; k < parameters.size(); k++) {
            if (header.length <= k + 1 || !header[k + 1].equals(parameters.get(k).key())) {
                throw new IllegalArgumentException(log + " is the log of a calibration of other parameters (its columns "
                        + "are " + lines.get(0) + "); give another --log or the same parameters");
            }
        }
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            if (cells.length < parameters.size() + 2) {
                continue;
            }
            StringBuilder key = new StringBuilder();
            for (int k = 0; k < parameters.size(); k++) {
                key.append(Double.toString(Double.parseDouble(cells[k + 1]))).append(',');
            }
            done.put(key.toString(), new double[] {Double.parseDouble(cells[parameters.size() + 1])});
        }
    }

    private void append(Map<String, Double> values, double objective, Map<String, Double> measured) {
        try {
            boolean fresh = !Files.exists(log) || Files.size(log) == 0;
            if (measures == null) {
                measures = new ArrayList<>();
                for (Targets.Target t : targets) {
                    if (!measures.contains(t.measure())) {
                        measures.add(t.measure());
                    }
                }
            }
            StringBuilder row = new StringBuilder();
            if (fresh) {
                row.append("evaluation");
                for (Parameter p : parameters) {
                    row.append(',').append(p.key());
                }
                row.append(",objective");
                for (String m : measures) {
                    row.append(',').append(m);
                }
                row.append('\n');
            }
            row.append(done.size() + 1);
            for (Double v : values.values()) {
                row.append(',').append(Double.toString(v));
            }
            row.append(',').append(Double.toString(objective));
            for (String m : measures) {
                row.append(',').append(Double.toString(measured.getOrDefault(m, Double.NaN)));
            }
            row.append('\n');
            try (Writer w = Files.newBufferedWriter(log, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND)) {
                w.write(row.toString());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot append to the calibration log " + log, e);
        }
    }
}
