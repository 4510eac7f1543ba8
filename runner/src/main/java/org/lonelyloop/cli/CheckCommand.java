package org.lonelyloop.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lonelyloop.analysis.Targets;
import org.lonelyloop.experiment.CalibrationStudy;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.params.KeyPaths;
import org.lonelyloop.scenario.Scenario;
import org.lonelyloop.scenario.ScenarioLoader;
import org.lonelyloop.scenario.ScenarioSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lonelyloop check}: the target scorecard. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Run a scenario, measure it as the studies measured, and compare with empirical targets.",
            "Prints target, empirical, simulated, tolerance and pass or fail; exits 1 if any target fails."})
final class CheckCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", defaultValue = "targets/nl", paramLabel = "TARGETS",
            description = "A bundled targets file by name or a path. Default: ${DEFAULT-VALUE}.")
    String targets;

    @picocli.CommandLine.Mixin
    WorldCacheOptions cache;

    @Option(names = "--agents", description = "Agents per run (default: the targets file's).")
    Integer agents;

    @Option(names = "--replications", description = "Runs to average (default: the targets file's).")
    Integer replications;

    @Option(names = "--threads", description = "Worker threads (default: all cores).")
    Integer threads;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        cache.worlds(); // a bad cache setting is said before anything is made
        TargetsFile file = new TargetsFile(targets);
        boolean isPath = file.isPath();
        Targets t = file.read(isPath);
        int n = agents != null ? agents : t.agents();
        int reps = replications != null ? replications : t.replications();
        if (n < 500) {
            throw new UserError((agents != null ? "--agents" : "the targets file's agents:") + " must be at least 500 "
                    + "(the instruments need that many people), was " + n, Main.BAD_INPUT);
        }
        if (reps < 1) {
            throw new UserError((replications != null ? "--replications" : "the targets file's replications:")
                    + " must be at least 1, was " + reps, Main.BAD_INPUT);
        }
        ScenarioSource source = file.resolve(t.scenario(), isPath);
        Scenario s;
        try {
            s = KeyPaths.with(ScenarioLoader.load(source).scenario(),
                    Map.of("population.size", n, "duration", Days.years(t.years())));
        } catch (IllegalArgumentException e) {
            throw new UserError((agents != null ? "--agents" : "the targets file") + ": "
                    + e.getMessage().replace("invalid parameters:\n  ", ""), Main.BAD_INPUT);
        }
        int th = RunSettings.threads(threads);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "check %s: scenario %s, %,d agents, %d years, %d replication(s)%n", t.name(), s.name(), n,
                t.years(), reps);
        out.flush();
        Scenario trial = t.trial() == null ? null : ScenarioLoader.load(file.resolve(t.trial(), isPath)).scenario();
        Scenario events = t.events() == null ? null : ScenarioLoader.load(file.resolve(t.events(), isPath)).scenario();
        org.lonelyloop.experiment.SettledWorlds worlds = cache.worlds();
        Map<String, double[]> runs = new LinkedHashMap<>();
        List<String> eventTables = new ArrayList<>();
        for (int r = 0; r < reps; r++) {
            Map<String, Double> m = new LinkedHashMap<>(CalibrationStudy.measure(s, s.seed() + r, th,
                    CalibrationStudy.Design.standard(), worlds));
            if (trial != null) {
                m.putAll(CalibrationStudy.trial(trial, trial.seed() + r, th));
            }
            if (events != null) {
                org.lonelyloop.study.EventStudy study = CalibrationStudy.eventStudy(events, events.seed() + r, th, worlds);
                m.putAll(study.measures());
                eventTables.add(study.table());
            }
            for (Map.Entry<String, Double> e : m.entrySet()) {
                runs.computeIfAbsent(e.getKey(), k -> new double[reps])[r] = e.getValue();
            }
        }
        out.printf(Locale.ROOT, "%-32s %10s %10s %-16s %-22s %s%n", "target", "empirical", "simulated", "(range)",
                "accepted", "result");
        int failed = 0;
        for (Targets.Target target : t.targets()) {
            double[] v = runs.get(target.measure());
            double mean = mean(v);
            boolean pass = target.tolerance().accepts(target.value(), mean);
            failed += pass ? 0 : 1;
            out.printf(Locale.ROOT, "%-32s %10.4g %10.4g %-16s %-22s %s%n", target.measure(), target.value(), mean,
                    range(v), target.tolerance().describe(target.value()), pass ? "pass" : "FAIL");
        }
        out.printf(Locale.ROOT, "%d of %d targets pass%n", t.targets().size() - failed, t.targets().size());
        for (int r = 0; r < eventTables.size(); r++) {
            out.println();
            out.printf(Locale.ROOT, "event study (%s, replication %d): loneliness after each event against matched "
                    + "people without it, in standard deviations of the De Jong Gierveld score%n", events.name(), r + 1);
            out.print(eventTables.get(r));
        }
        if (runs.containsKey("truePassiveToLoneliness")) {
            out.println();
            out.println("within-person cross-lags, standardised: the truth (by intervention in the simulation) beside "
                    + "each estimator");
            out.printf(Locale.ROOT, "  %-34s %9s %9s %14s%n", "", "true", "RI-CLPM", "fixed effects");
            String[][] lags = {{"passive use -> later loneliness", "PassiveToLoneliness"},
                {"loneliness -> later passive use", "LonelinessToPassive"},
                {"active use -> later loneliness", "ActiveToLoneliness"},
                {"loneliness -> later active use", "LonelinessToActive"}};
            for (String[] lag : lags) {
                out.printf(Locale.ROOT, "  %-34s %9.3f %9.3f %14.3f%n", lag[0], mean(runs.get("true" + lag[1])),
                        mean(runs.get("riclpm" + lag[1])), mean(runs.get("panel" + lag[1])));
            }
        }
        out.flush();
        return failed == 0 ? Main.OK : Main.FAILED;
    }







    private static double mean(double[] v) {
        if (v == null) {
            return Double.NaN;
        }
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static String range(double[] v) {
        if (v == null || v.length < 2) {
            return "";
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        return String.format(Locale.ROOT, "(%.3g-%.3g)", lo, hi);
    }
}
