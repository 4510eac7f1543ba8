package org.lonelyloop.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lonelyloop.analysis.Targets;
import org.lonelyloop.experiment.CalibrationStudy;
import org.lonelyloop.experiment.Calibrator;
import org.lonelyloop.experiment.DispositionCalibration;
import org.lonelyloop.experiment.JointCalibration;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.params.KeyPaths;
import org.lonelyloop.scenario.LoadedScenario;
import org.lonelyloop.scenario.Scenario;
import org.lonelyloop.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lonelyloop calibrate}: the reproducible calibration procedure (docs/ODD.md, section 8). */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Search the parameters the calibration figures identify (person-specific effects, "
                + "platform and bedtime odds ratios, problematic use, use references) and print them as "
                + "--set values. Takes tens of minutes at the default size.",
            "The defaults in the code are this command's output for the default scenario."})
final class CalibrateCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--agents", defaultValue = "10000", description = "Agents per evaluation run. Default: ${DEFAULT-VALUE}.")
    int agents;

    @Option(names = "--rounds", defaultValue = "2", description = "Passes over all stages. Default: ${DEFAULT-VALUE}.")
    int rounds;

    @Option(names = "--seed", defaultValue = "2026", description = "Seed of every evaluation run. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--survey-years", defaultValue = "9",
            description = "Recorded years of the odds-ratio runs, as the scorecard reads them. Default: ${DEFAULT-VALUE}.")
    int surveyYears;

    @Option(names = "--threads", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--joint", description = "Search every --param at once by CMA-ES against every target of "
            + "--targets (docs/ODD.md 8.1) instead of the stages; resumable from --log.")
    boolean joint;

    @Option(names = "--dispositions", description = "Fit the people to the CBS figures once, for the default "
            + "world: the emotional and social dispositions per age band (and their correlation) for which the "
            + "world settles at the --targets' subscale shares, on the runs check makes (the targets' scenario, "
            + "years, replications and seeds; --agents sets the size); writes them to --out (docs/ODD.md 5 and 8).")
    boolean dispositions;

    @Option(names = "--out", paramLabel = "FILE",
            description = "With --dispositions: where to write the calibration (default: print it). To ship it, "
                + "write it over sim-model's nl-calibration.properties (docs/ODD.md 8.2) and rebuild.")
    Path out;

    @Option(names = "--targets", defaultValue = "targets/nl", paramLabel = "TARGETS",
            description = "With --joint or --dispositions: the targets file (bundled name or path). Default: ${DEFAULT-VALUE}.")
    String targets;

    @Option(names = "--param", paramLabel = "KEY[=LOW..HIGH]",
            description = "With --joint: a parameter to search (repeatable), within LOW..HIGH or its documented range.")
    List<String> params = new ArrayList<>();

    @Option(names = "--max-evaluations", defaultValue = "200", paramLabel = "N",
            description = "With --joint: evaluations to spend (each a scorecard run). Default: ${DEFAULT-VALUE}.")
    int maxEvaluations;

    @Option(names = "--log", defaultValue = "calibration-log.csv", paramLabel = "CSV",
            description = "With --joint: every evaluation is appended here; run again with the same log to go on "
                + "where a stopped search left off. Default:%n  ${DEFAULT-VALUE}")
    Path log;

    @Option(names = "--sigma", defaultValue = "0.2",
            description = "With --joint: first step size, as a share of each parameter's range. Default: ${DEFAULT-VALUE}.")
    double sigma;

    @Option(names = "--parallel", paramLabel = "N",
            description = "With --joint: evaluations at once (default: as many as the threads and a generation "
                + "allow; each gets threads/N workers).")
    Integer parallel;

    @Option(names = "--shard", paramLabel = "I/N",
            description = "With --joint: search as task I of N working in step, each evaluating its share of every "
                + "generation and reading the others' logs (as --emit-slurm's job array does).")
    String shard;

    @Option(names = "--emit-slurm", paramLabel = "FILE",
            description = "With --joint: write an sbatch script that runs this search as a SLURM job array, and exit.")
    Path emitSlurm;

    @Option(names = "--shards", paramLabel = "N",
            description = "Array tasks for --emit-slurm (default: one per point of a CMA-ES generation).")
    Integer shards;

    @Mixin
    SlurmOptions slurm;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (agents < 500) {
            throw new UserError("--agents must be at least 500 for the odds ratios to be estimable, was " + agents, Main.BAD_INPUT);
        }
        if (surveyYears < 1) {
            throw new UserError("--survey-years must be at least 1, was " + surveyYears, Main.BAD_INPUT);
        }
        if (rounds < 1) {
            throw new UserError("--rounds must be at least 1, was " + rounds, Main.BAD_INPUT);
        }
        PrintWriter out = spec.commandLine().getOut();
        int t = RunSettings.threads(threads);
        if (joint) {
            return joint(out, t);
        }
        if (dispositions) {
            return dispositions(out, t);
        }
        LoadedScenario loaded = scenario.load();
        Scenario s = loaded.scenario();
        Map<String, Double> found = new Calibrator(s, seed, t, agents, surveyYears, spec.commandLine().getErr()).run(rounds);
        out.println("# calibrated values (adopt with --set, or as defaults in the parameter records):");
        for (Map.Entry<String, Double> e : found.entrySet()) {
            out.printf(Locale.ROOT, "--set %s=%s%n", e.getKey(), e.getValue());
        }
        out.flush();
        return Main.OK;
    }

    /** The dispositions step: the people fitted once to the CBS subscale shares, for the default world. */
    private int dispositions(PrintWriter printed, int threadCount) throws Exception {
        TargetsFile check = new TargetsFile(targets);
        boolean isPath = check.isPath();
        Targets t = check.read(isPath);
        Map<String, Double> figures = new LinkedHashMap<>();
        for (Targets.Target target : t.targets()) {
            figures.put(target.measure(), target.value());
        }
        DispositionCalibration.Figures f;
        try {
            f = DispositionCalibration.Figures.of(figures);
        } catch (IllegalArgumentException e) {
            throw new UserError(targets + ": " + e.getMessage(), Main.BAD_INPUT);
        }
        // The default world the targets name (--set changes it: a calibration of another world), run as
        // check runs it: its seed and the next, one per replication of the targets file.
        Scenario s = ScenarioLoader.load(check.resolve(t.scenario(), isPath), scenario.overrides).scenario();
        s = s.withPopulation(s.population().withSize(agents));
        long[] seeds = new long[t.replications()];
        for (int r = 0; r < seeds.length; r++) {
            seeds[r] = s.seed() + r;
        }
        List<DispositionCalibration.Round> rounds = new DispositionCalibration(s, t.years(), seeds, threadCount,
                spec.commandLine().getErr()).run(f, this.rounds);
        org.lonelyloop.model.params.Calibrated found = rounds.get(rounds.size() - 1).next();
        String text = found.toProperties("The dispositions of the default Dutch population and what the default world settles at.\n"
                + "Written by: lonelyloop calibrate --dispositions --agents " + agents + " --rounds " + this.rounds
                + " --targets " + targets + "\nRead by every run (docs/ODD.md 5 and 8); do not edit by hand.");
        if (out == null) {
            printed.print(text);
            printed.flush();
        } else {
            org.lonelyloop.table.Csv.writeAtomically(out, text);
            printed.println("calibration written to " + out);
            printed.flush();
        }
        return Main.OK;
    }

    /** The joint search: CMA-ES over the --param values against every target. */
    private int joint(PrintWriter out, int threadCount) throws Exception {
        if (params.isEmpty()) {
            throw new UserError("--joint needs at least one --param KEY[=LOW..HIGH], e.g. --param "
                    + "pathways.compensation.strength=0..1", Main.BAD_INPUT);
        }
        if (maxEvaluations < 2) {
            throw new UserError("--max-evaluations must be at least 2, was " + maxEvaluations, Main.BAD_INPUT);
        }
        if (!(sigma > 0 && sigma <= 1)) {
            throw new UserError("--sigma must be above 0 and at most 1 (a share of each range), was " + sigma,
                    Main.BAD_INPUT);
        }
        if (Files.isDirectory(log)) {
            throw new UserError("--log " + log + " is a folder; give the CSV file the search appends to", Main.BAD_INPUT);
        }
        List<JointCalibration.Parameter> parameters = SearchParameters.parse(params);
        int lambda = JointCalibration.generationSize(parameters.size());
        if (emitSlurm != null) {
            return emit(lambda);
        }
        int[] sh = shard == null ? new int[] {1, 1} : ShardOptions.parse(shard);
        if (parallel != null && parallel < 1) {
            throw new UserError("--parallel must be at least 1, was " + parallel, Main.BAD_INPUT);
        }
        int atOnce = parallel != null ? parallel : Math.max(1, Math.min(threadCount, (lambda + sh[1] - 1) / sh[1]));
        int perEvaluation = Math.max(1, threadCount / atOnce);
        TargetsFile check = new TargetsFile(targets);
        boolean isPath = check.isPath();
        Targets tf = check.read(isPath);
        // The targets file names the scenarios; --set changes both (a search started from other values).
        Scenario base = ScenarioLoader.load(check.resolve(tf.scenario(), isPath), scenario.overrides).scenario();
        Scenario trialBase = tf.trial() == null ? null
                : ScenarioLoader.load(check.resolve(tf.trial(), isPath), scenario.overrides).scenario();
        Map<String, Double> start = new LinkedHashMap<>();
        for (JointCalibration.Parameter p : parameters) {
            start.put(p.key(), currentValue(base, p.key()));
        }
        JointCalibration.Evaluator evaluator = values -> {
            try {
                Map<String, Object> sized = new LinkedHashMap<>(values);
                sized.put("population.size", agents);
                sized.put("duration", Days.years(tf.years()));
                Scenario s = KeyPaths.with(base, sized);
                Map<String, Double> m = new LinkedHashMap<>(CalibrationStudy.measure(s, seed, perEvaluation,
                        CalibrationStudy.Design.standard()));
                if (trialBase != null) {
                    m.putAll(CalibrationStudy.trial(KeyPaths.with(trialBase, values), seed, perEvaluation));
                }
                return m;
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage(), Main.BAD_INPUT, e);
            }
        };
        JointCalibration.Result r;
        try {
            r = new JointCalibration(parameters, tf.targets(), evaluator, log, spec.commandLine().getErr())
                    .run(start, maxEvaluations, sigma, seed, new JointCalibration.Sharing(atOnce, sh[0], sh[1],
                            java.time.Duration.ofSeconds(10)));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), Main.BAD_INPUT, e);
        }
        out.printf(Locale.ROOT, "# joint calibration: %d evaluations (%d from %s), objective %.4g%n", r.evaluations(),
                r.replayed(), log, r.objective());
        for (Map.Entry<String, Double> e : r.best().entrySet()) {
            out.printf(Locale.ROOT, "--set %s=%s%n", e.getKey(), e.getValue());
        }
        out.flush();
        return Main.OK;
    }

    /** Writes the job array whose tasks run this search together, and exits. */
    private int emit(int lambda) {
        int n = shards != null ? shards : lambda;
        if (n < 1 || n > lambda) {
            throw new UserError("--shards must be between 1 and " + lambda + " (the points of one CMA-ES generation "
                    + "for " + params.size() + " parameter(s)), was " + n, Main.BAD_INPUT);
        }
        slurm.check();
        List<String> args = new ArrayList<>();
        Path file = Path.of(scenario.scenario);
        args.add(Files.exists(file) ? file.toAbsolutePath().toString() : scenario.scenario);
        for (String o : scenario.overrides) {
            args.addAll(List.of("--set", o));
        }
        Path t = Path.of(targets);
        args.addAll(List.of("--joint", "--targets", Files.exists(t) ? t.toAbsolutePath().toString() : targets));
        for (String p : params) {
            args.addAll(List.of("--param", p));
        }
        args.addAll(List.of("--agents", Integer.toString(agents), "--seed", Long.toString(seed), "--max-evaluations",
                Integer.toString(maxEvaluations), "--sigma", Double.toString(sigma), "--log",
                log.toAbsolutePath().toString()));
        org.lonelyloop.experiment.CalibrationJobArray script = new org.lonelyloop.experiment.CalibrationJobArray(
                "lonelyloop-calibrate", slurm.java, SlurmOptions.jar(), args, log.toAbsolutePath().toString(), n,
                slurm.cpus, slurm.memoryMb, slurm.time);
        // The script first: if it cannot be written, nothing else is created.
        SlurmOptions.write(emitSlurm, script.text());
        try {
            // SLURM writes each task's output there and does not create the folder itself.
            Files.createDirectories(log.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new UserError("cannot create the folder of --log " + log + ": " + Failures.describe(e), Main.FAILED, e);
        }
        spec.commandLine().getOut().printf("%s: a joint calibration in %d array tasks searching together; submit with "
                + "'sbatch %s'%n", emitSlurm, n, emitSlurm);
        return Main.OK;
    }

    /** The scenario's current value of a numeric key path. */
    private static Double currentValue(Scenario s, String key) {
        com.fasterxml.jackson.databind.JsonNode node = org.lonelyloop.scenario.ScenarioYaml.toTree(s);
        for (String part : key.split("\\.")) {
            node = node.path(part);
        }
        return node.isNumber() ? node.asDouble() : null;
    }
}
