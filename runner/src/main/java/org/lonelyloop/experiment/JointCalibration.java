package org.lonelyloop.experiment;

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
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;
import org.lonelyloop.analysis.Targets;
import org.lonelyloop.model.params.Range;
import org.lonelyloop.scenario.DidYouMean;
import org.lonelyloop.scenario.Scenario;

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
            RecordComponent found = component(key);
            Range r = found.getAnnotation(Range.class);
            Class<?> type = found.getType();
            if (r == null || !(type == double.class || type == int.class)) {
                throw new IllegalArgumentException(key + ": not a single number with a documented range; give one "
                        + "as KEY=LOW..HIGH");
            }
            return new Parameter(key, r.min(), r.max());
        }

        /**
         * {@code KEY} (its documented range) or {@code KEY=LOW..HIGH}, which must lie within the
         * documented range: checked now, not at the first evaluation that strays there.
         *
         * @throws IllegalArgumentException saying what is wrong, starting with the text given
         */
        public static Parameter parse(String text) {
            int eq = text.indexOf('=');
            if (eq < 0) {
                return documented(text.strip());
            }
            String[] range = text.substring(eq + 1).split("\\.\\.");
            if (range.length != 2) {
                throw new IllegalArgumentException(text + ": write KEY=LOW..HIGH, e.g. pathways.compensation.strength=0..1");
            }
            String key = text.substring(0, eq).strip();
            Parameter doc = documented(key);
            Parameter given;
            try {
                given = new Parameter(key, Double.parseDouble(range[0].strip()), Double.parseDouble(range[1].strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(text + ": the range is not two numbers", e);
            }
            if (given.low() < doc.low() || given.high() > doc.high()) {
                throw new IllegalArgumentException(text + ": reaches outside " + key + "'s range " + plain(doc.low())
                        + ".." + plain(doc.high()) + " (docs/ODD.md), where a scenario refuses the value");
            }
            return given;
        }

        private static String plain(double v) {
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        }

        /** Whether the parameter takes whole numbers only (its values are then rounded). */
        public boolean whole() {
            return component(key).getType() == int.class;
        }

        /** The value at {@code unit} of the range, as a scenario file would write it. */
        public String text(double unit) {
            double v = toValue(unit);
            return whole() ? Long.toString(Math.round(v)) : Double.toString(v);
        }

        private static RecordComponent component(String key) {
            Class<?> type = Scenario.class;
            RecordComponent found = null;
            for (String part : key.split("\\.")) {
                found = null;
                List<String> names = new ArrayList<>();
                if (type.isRecord()) {
                    for (RecordComponent c : type.getRecordComponents()) {
                        names.add(c.getName());
                        if (c.getName().equals(part)) {
                            found = c;
                        }
                    }
                }
                if (found == null) {
                    String best = DidYouMean.closest(part, names);
                    throw new IllegalArgumentException(key + ": no such parameter ('" + part + "' is not a key there"
                            + (best == null ? "" : "; did you mean '" + best + "'?") + ")");
                }
                type = found.getType();
            }
            return found;
        }

        public double toValue(double unit) {
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
    private int replayed;
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
     * How a generation's evaluations are shared out.
     *
     * @param parallel evaluations at once in this process
     * @param shard    this process's share, 1-based: it evaluates the generation's points
     *                 {@code shard - 1, shard - 1 + shards, ...} and reads the others' from their logs
     * @param shards   processes searching together (array tasks on a cluster), each with its own log
     * @param poll     how long a shard waits between looks for the other shards' evaluations
     */
    public record Sharing(int parallel, int shard, int shards, java.time.Duration poll) {
        public Sharing {
            if (parallel < 1 || shards < 1 || shard < 1 || shard > shards) {
                throw new IllegalArgumentException("parallel and shards must be at least 1 and the shard between 1 "
                        + "and shards, was " + parallel + ", " + shard + "/" + shards);
            }
        }

        /** One process evaluating a generation on {@code parallel} workers. */
        public static Sharing local(int parallel) {
            return new Sharing(parallel, 1, 1, java.time.Duration.ofSeconds(10));
        }
    }

    /**
     * Searches from the given start (values by key; a missing key starts mid-range), one evaluation
     * at a time.
     *
     * @param maxEvaluations evaluations the search may spend (replayed ones count)
     * @param sigma          initial step on the unit scale (0.1-0.3 is usual)
     * @param seed           seed of the search's own random numbers
     */
    public Result run(Map<String, Double> start, int maxEvaluations, double sigma, long seed) throws IOException {
        return run(start, maxEvaluations, sigma, seed, Sharing.local(1));
    }

    /**
     * Searches as {@link #run(Map, int, double, long)}, evaluating each generation's points together:
     * on several workers, and shared among several processes that search in step.
     *
     * <p>Within a CMA-ES generation every point is drawn from the state the generation started with,
     * before any of them is evaluated, so the points can be learnt first and evaluated at once. The
     * search is replayed from the log with the unevaluated points of its next generation collected
     * instead of run; they are evaluated (this shard's share of them), logged in their order, and the
     * replay goes on. The path is the one the sequential search takes, point for point, and every
     * shard replays the same path from the same evaluations, so the shards agree on each next
     * generation without talking to each other other than through their logs.
     */
    public Result run(Map<String, Double> start, int maxEvaluations, double sigma, long seed, Sharing sharing)
            throws IOException {
        int n = parameters.size();
        double[] guess = new double[n];
        double[] upper = new double[n];
        double[] steps = new double[n];
        for (int k = 0; k < n; k++) {
            Parameter p = parameters.get(k);
            Double s = start.get(p.key());
            guess[k] = Math.max(0, Math.min(1, s == null ? 0.5 : p.toUnit(s)));
            upper[k] = 1;
            steps[k] = sigma;
        }
        Search search = new Search(guess, upper, steps, maxEvaluations, seed);
        replayLogs(sharing);
        java.util.Set<String> before = new java.util.HashSet<>(done.keySet());
        long waits = 0;
        while (true) {
            List<Pending> next = search.nextGeneration();
            if (next.isEmpty()) {
                break;
            }
            // Shares by place in the generation, so that every shard gives the same point the same owner.
            List<Pending> mine = new ArrayList<>();
            for (Pending p : next) {
                if ((p.evaluation() - 1) % sharing.shards() == sharing.shard() - 1) {
                    mine.add(p);
                }
            }
            if (!mine.isEmpty()) {
                evaluateAll(mine, sharing);
                continue;
            }
            // Only the other shards' points are left: wait for their logs, and take the points over
            // when their shard is gone or not started (array tasks need not run at the same time). Two
            // shards evaluating one point log the same numbers, so nothing conflicts.
            if (System.nanoTime() - waitingSince(next) > Math.max(3 * longestEvaluation,
                    3 * sharing.poll().toNanos())) {
                evaluateAll(next, sharing);
                continue;
            }
            if (progress != null && waits++ % 30 == 0) {
                progress.printf(Locale.ROOT, "shard %d/%d: waiting for %d evaluation(s) of the other shards%n",
                        sharing.shard(), sharing.shards(), next.size());
                progress.flush();
            }
            try {
                Thread.sleep(sharing.poll().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("the calibration was interrupted");
            }
            replayLogs(sharing);
        }
        // Every point is in the log now: the last replay is the search itself.
        search.replay();
        int replayedNow = 0;
        for (String key : search.visited) {
            replayedNow += before.contains(key) ? 1 : 0;
        }
        replayed = replayedNow;
        Map<String, Double> values = new LinkedHashMap<>();
        for (int k = 0; k < n; k++) {
            values.put(parameters.get(k).key(), parameters.get(k).toValue(search.best[k]));
        }
        return new Result(values, search.bestObjective, search.visited.size(), replayed);
    }

    private long longestEvaluation;
    private String waitingFor;
    private long waitingStart;

    /** When this shard began to wait for the generation's first missing point. */
    private long waitingSince(List<Pending> next) {
        if (!next.get(0).key().equals(waitingFor)) {
            waitingFor = next.get(0).key();
            waitingStart = System.nanoTime();
        }
        return waitingStart;
    }

    /** Points per CMA-ES generation for this many parameters (Hansen's default, 4 + 3 ln n). */
    public static int generationSize(int parameters) {
        return 4 + (int) (3 * Math.log(parameters));
    }

    /** A point the search asked for and the log does not hold: its place in the search and values. */
    private record Pending(int evaluation, String key, Map<String, Double> values) {
    }

    /**
     * CMA-ES driven from the log: {@link #nextGeneration()} replays the search and collects the
     * points of the first generation with unevaluated ones (empty when the search is done).
     */
    private final class Search {
        private final double[] guess;
        private final double[] upper;
        private final double[] steps;
        private final int maxEvaluations;
        private final long seed;
        private final int lambda;
        private final List<String> visited = new ArrayList<>();
        private double bestObjective;
        private double[] best;

        Search(double[] guess, double[] upper, double[] steps, int maxEvaluations, long seed) {
            this.guess = guess;
            this.upper = upper;
            this.steps = steps;
            this.maxEvaluations = maxEvaluations;
            this.seed = seed;
            this.lambda = generationSize(guess.length);
        }

        /** Thrown to stop a replay at the end of the generation whose points were collected. */
        private final class GenerationCollected extends RuntimeException {
            private static final long serialVersionUID = 1L;

            GenerationCollected() {
                super(null, null, false, false);
            }
        }

        List<Pending> nextGeneration() {
            List<Pending> pending = new ArrayList<>();
            java.util.Set<String> keys = new java.util.HashSet<>();
            int[] generation = {Integer.MIN_VALUE};
            try {
                drive((unit, key) -> {
                    int index = visited.size() - 1;
                    double[] cached = done.get(key);
                    // CMA-ES evaluates its starting point alone, then generations of lambda points.
                    int inGeneration = index == 0 ? -1 : (index - 1) / lambda;
                    if (generation[0] != Integer.MIN_VALUE && inGeneration > generation[0]) {
                        throw new GenerationCollected();
                    }
                    if (cached != null) {
                        return cached[0];
                    }
                    generation[0] = inGeneration;
                    if (keys.add(key)) {
                        pending.add(new Pending(index + 1, key, valuesOf(unit)));
                    }
                    // Never used: the rest of the generation's points do not depend on it, and the
                    // replay stops before the generation is ranked.
                    return 0;
                });
            } catch (GenerationCollected enough) {
                // The generation's points are known.
            }
            return pending;
        }

        void replay() {
            drive((unit, key) -> {
                double[] cached = done.get(key);
                if (cached == null) {
                    throw new IllegalStateException("a point left unevaluated after the search ended");
                }
                return cached[0];
            });
        }

        /** Runs CMA-ES with the given objective of a point on the unit scale and its log key. */
        private void drive(java.util.function.ToDoubleBiFunction<double[], String> objective) {
            visited.clear();
            bestObjective = Double.POSITIVE_INFINITY;
            best = guess.clone();
            // The iteration limit enters CMA-ES's step-size damping, so it is fixed: a search stopped
            // after some evaluations and one given more take the same path, and the log replays exactly.
            CMAESOptimizer cmaes = new CMAESOptimizer(ITERATION_LIMIT, 0, true, 0, 0, new MersenneTwister(seed), false,
                    new SimpleValueChecker(1e-6, 1e-8));
            try {
                cmaes.optimize(new MaxEval(maxEvaluations), new ObjectiveFunction(unit -> {
                    String key = keyOf(unit);
                    visited.add(key);
                    double value = objective.applyAsDouble(unit, key);
                    if (value < bestObjective && done.containsKey(key)) {
                        bestObjective = value;
                        best = unit.clone();
                    }
                    return value;
                }), GoalType.MINIMIZE, new InitialGuess(guess), new SimpleBounds(new double[guess.length], upper),
                        new CMAESOptimizer.Sigma(steps), new CMAESOptimizer.PopulationSize(lambda));
            } catch (org.apache.commons.math3.exception.TooManyEvaluationsException spent) {
                // The budget is spent: the best point so far is the answer.
            }
        }
    }

    private Map<String, Double> valuesOf(double[] unit) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (int k = 0; k < parameters.size(); k++) {
            values.put(parameters.get(k).key(), parameters.get(k).toValue(Math.max(0, Math.min(1, unit[k]))));
        }
        return values;
    }

    private String keyOf(double[] unit) {
        StringBuilder key = new StringBuilder();
        for (Double v : valuesOf(unit).values()) {
            key.append(Double.toString(v)).append(',');
        }
        return key.toString();
    }

    /** Evaluates points on the sharing's workers and logs them in their order in the search. */
    private void evaluateAll(List<Pending> points, Sharing sharing) throws IOException {
        if (points.isEmpty()) {
            return;
        }
        List<Map<String, Double>> measured = new ArrayList<>();
        long started = System.nanoTime();
        if (sharing.parallel() == 1 || points.size() == 1) {
            for (Pending p : points) {
                measured.add(evaluator.measure(p.values()));
            }
        } else {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                    Math.min(sharing.parallel(), points.size()));
            try {
                List<java.util.concurrent.Future<Map<String, Double>>> futures = new ArrayList<>();
                for (Pending p : points) {
                    futures.add(pool.submit(() -> evaluator.measure(p.values())));
                }
                for (java.util.concurrent.Future<Map<String, Double>> f : futures) {
                    measured.add(f.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("the calibration was interrupted");
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        // Per point, as the workers saw it: the wait before taking another shard's points over.
        long perPoint = (System.nanoTime() - started) / Math.max(1, (points.size() + sharing.parallel() - 1)
                / sharing.parallel());
        longestEvaluation = Math.max(longestEvaluation, perPoint);
        for (int i = 0; i < points.size(); i++) {
            Pending p = points.get(i);
            double objective = objective(measured.get(i));
            append(ownLog(sharing), p.evaluation(), p.values(), objective, measured.get(i));
            done.put(p.key(), new double[] {objective});
            if (progress != null) {
                progress.printf(Locale.ROOT, "evaluation %d: objective %.4g at %s%n", p.evaluation(), objective,
                        p.values());
                progress.flush();
            }
        }
    }

    /** The log this process appends to: the given one, or beside it one per shard. */
    private Path ownLog(Sharing sharing) {
        return sharing.shards() == 1 ? log : shardLog(sharing.shard(), sharing.shards());
    }

    private Path shardLog(int shard, int shards) {
        String name = log.getFileName().toString();
        String stem = name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return log.resolveSibling(stem + ".shard-" + shard + "-of-" + shards + ".csv");
    }

    /**
     * Reads the log and every shard's log beside it (of this search in shards, or of an earlier one
     * in any number of shards, which a search on one machine can go on from).
     */
    private void replayLogs(Sharing sharing) throws IOException {
        replayLog(log);
        String name = log.getFileName().toString();
        String stem = java.util.regex.Pattern.quote(name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name);
        Path folder = log.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        List<Path> shardLogs;
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            shardLogs = files.filter(f -> f.getFileName().toString().matches(stem + "\\.shard-\\d+-of-\\d+\\.csv"))
                    .sorted().toList();
        }
        for (Path f : shardLogs) {
            replayLog(f);
        }
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

    private void replayLog(Path file) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        // The last element is what follows the last newline: empty, or a row cut short by a stop while
        // it was written, which is evaluated again (and the next row starts on a line of its own).
        lines.remove(lines.size() - 1);
        if (lines.isEmpty()) {
            return;
        }
        String[] header = lines.get(0).split(",", -1);
        for (int k = 0; k < parameters.size(); k++) {
            if (header.length <= k + 1 || !header[k + 1].equals(parameters.get(k).key())) {
                throw new IllegalArgumentException(file + " is the log of a calibration of other parameters (its columns "
                        + "are " + lines.get(0) + "); give another --log or the same parameters");
            }
        }
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            if (cells.length != header.length) {
                continue;
            }
            StringBuilder key = new StringBuilder();
            for (int k = 0; k < parameters.size(); k++) {
                key.append(Double.toString(Double.parseDouble(cells[k + 1]))).append(',');
            }
            done.put(key.toString(), new double[] {Double.parseDouble(cells[parameters.size() + 1])});
        }
    }

    private void append(Path file, int evaluation, Map<String, Double> values, double objective,
            Map<String, Double> measured) {
        try {
            boolean fresh = !Files.exists(file) || Files.size(file) == 0;
            boolean cut = !fresh && !Files.readString(file, StandardCharsets.UTF_8).endsWith("\n");
            if (measures == null) {
                measures = new ArrayList<>();
                for (Targets.Target t : targets) {
                    if (!measures.contains(t.measure())) {
                        measures.add(t.measure());
                    }
                }
            }
            StringBuilder row = new StringBuilder(cut ? "\n" : "");
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
            row.append(evaluation);
            for (Double v : values.values()) {
                row.append(',').append(Double.toString(v));
            }
            row.append(',').append(Double.toString(objective));
            for (String m : measures) {
                row.append(',').append(Double.toString(measured.getOrDefault(m, Double.NaN)));
            }
            row.append('\n');
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND)) {
                w.write(row.toString());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot append to the calibration log " + file, e);
        }
    }
}
