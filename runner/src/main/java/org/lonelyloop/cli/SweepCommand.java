package org.lonelyloop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lonelyloop.experiment.StatusLine;
import org.lonelyloop.experiment.Sweep;
import org.lonelyloop.experiment.SweepPlan;
import org.lonelyloop.model.observe.DailyMetrics;
import org.lonelyloop.model.params.ExperimentParams;
import org.lonelyloop.model.Scenario;
import org.lonelyloop.output.ResultsFolder;
import org.lonelyloop.report.KeyFigure;
import org.lonelyloop.report.Report;
import org.lonelyloop.scenario.LoadedScenario;
import org.lonelyloop.scenario.Problem;
import org.lonelyloop.scenario.ScenarioException;
import org.lonelyloop.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lonelyloop sweep}: every combination of the varied values, times the replications, run
 * several at a time on the local cores, or one shard of them on a cluster node.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a full-factorial sweep: the scenario's experiment.vary values and any --vary, each "
            + "point --replications times, into one folder with summary.csv, aggregate.csv, charts and report.html.",
            "Run the same command again to finish an interrupted sweep: finished runs are kept and skipped."})
final class SweepCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--vary", paramLabel = "KEY=V1,V2,...",
            description = "Sweep a parameter over these values (repeatable; replaces the "
                + "scenario's own list for that key), e.g.%n  --vary pathways.compensation.strength=0,0.5,1")
    List<String> vary = new ArrayList<>();

    @Mixin
    RunSettings settings;

    @Option(names = "--out", paramLabel = "DIR", description = "The sweep folder. Default: results/<scenario>-sweep.")
    Path out;

    @Option(names = "--force", description = "Delete the sweep folder first if it holds a different sweep.")
    boolean force;

    @Option(names = "--parallel", paramLabel = "N",
            description = "Runs at once (default: as many as threads allow; each run gets threads/N workers).")
    Integer parallel;

    @Option(names = "--common-seeds",
            description = "Give replication r of every point the same seed: points then differ only by what was "
                + "varied (common random numbers), and points that vary only what acts after the burn-in "
                + "(interventions, life events, duration, outputs) share one burn-in per replication.")
    boolean commonSeeds;

    @Mixin
    ShardOptions cluster;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        settings.cache.worlds(); // a bad cache setting is said before anything is made
        LoadedScenario loaded = scenario.load();
        Scenario s = settings.apply(loaded.scenario());
        List<ExperimentParams.Variation> variations = variations(s);
        SweepPlan plan = SweepPlan.of(s, variations, settings.replications(s), commonSeeds);
        Path folder = out != null ? out : Path.of("results", ResultsFolder.safe(s.name()) + "-sweep");
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new UserError("--out " + folder + " is a file; --out names the folder the sweep is written in",
                    Main.BAD_INPUT);
        }
        if (cluster.emitSlurm != null) {
            return emit(plan, folder);
        }
        int[] sh = cluster.shard();
        int threads = settings.threads();
        int inShard = (plan.runs() - (sh[0] - 1) + sh[1] - 1) / sh[1];
        int atOnce = parallel != null ? parallel : Math.max(1, Math.min(threads, inShard));
        if (atOnce < 1) {
            throw new UserError("--parallel must be at least 1, was " + atOnce, Main.BAD_INPUT);
        }
        if (force) {
            RunCommand.clearOther(folder, plan);
        }
        return execute(s, loaded, plan, folder, sh[0], sh[1], atOnce, threads, settings, spec.commandLine().getOut(),
                spec.commandLine().getErr(), "run the same command again");
    }

    /** Runs (the shard of) a sweep into {@code folder}, reports, and prints what happened. */
    static int execute(Scenario s, LoadedScenario loaded, SweepPlan plan, Path folder, int shard, int shards,
            int parallel, int threads, RunSettings settings, PrintWriter w, PrintWriter err, String resumeHint)
            throws IOException, ScenarioException {
        RunSettings.fits(s, parallel);
        Sweep.Outcome o;
        try {
            o = Sweep.run(s, loaded, plan, folder, new Sweep.Options(shard, shards, parallel,
                    Math.max(1, threads / parallel), StatusLine.onStandardError(settings.quiet), settings.cache.worlds()),
                    BuildInfo.version(), BuildInfo.commit());
        } catch (IllegalStateException e) {
            throw new UserError(e.getMessage() + " or add --force", Main.BAD_INPUT, e);
        } catch (IOException e) {
            throw new UserError("cannot write the sweep in " + folder + ": " + Failures.describe(e) + "; runs already "
                    + "finished are kept: " + resumeHint + " to go on", Main.FAILED, e);
        }
        boolean complete = o.finishedInFolder() == plan.runs();
        if (!settings.noReport && o.finishedInFolder() > 0 && shards == 1) {
            Report.write(folder);
        }
        if (!settings.quiet) {
            w.printf("%s: %d of %d runs%s finished now%s; %d of %d in the folder%n", s.name(), o.ran(),
                    o.ran() + o.failures().size(), shards > 1 ? " of shard " + shard + "/" + shards : "",
                    o.skipped() > 0 ? " (" + o.skipped() + " were done before)" : "", o.finishedInFolder(), plan.runs());
            int tried = o.ran() + o.failures().size();
            if (o.burnIns() < tried) {
                w.printf("%d burn-in%s shared by those %d runs (common seeds: runs that differ only after the "
                        + "burn-in branch from one)%n", o.burnIns(), o.burnIns() == 1 ? "" : "s", tried);
            }
            if (shards == 1) {
                keyFigures(w, folder, plan);
            }
            w.println("results: " + folder);
            if (Files.exists(folder.resolve(Report.FILE)) && !settings.noReport && shards == 1) {
                w.println("report:  " + folder.resolve(Report.FILE));
            }
            w.flush();
        }
        if (!o.failures().isEmpty()) {
            for (String f : o.failures()) {
                err.println("error: " + f);
            }
            err.println("error: " + o.failures().size() + " run(s) failed; the others are kept: " + resumeHint
                    + " to retry the failed ones");
            err.flush();
            return Main.FAILED;
        }
        if (!complete && shards == 1) {
            err.println("warning: " + (plan.runs() - o.finishedInFolder()) + " runs are not in the folder");
        }
        return Main.OK;
    }

    /**
     * The key figures of each point over the last recorded day, from aggregate.csv: the strongly
     * lonely share and minutes of use, mean and 95 % interval over the point's replications.
     */
    private static void keyFigures(PrintWriter w, Path folder, SweepPlan plan) throws IOException {
        Path file = folder.resolve(org.lonelyloop.experiment.SweepTables.AGGREGATE);
        if (!Files.exists(file)) {
            return;
        }
        org.lonelyloop.table.CsvTable t = org.lonelyloop.table.CsvTable.read(file);
        List<String> keys = new ArrayList<>();
        for (ExperimentParams.Variation v : plan.vary()) {
            keys.add(v.key());
        }
        w.printf(java.util.Locale.ROOT, "  %-40s %5s  %-26s %-26s%n", keys.isEmpty() ? "point" : String.join(", ", keys),
                "runs", "strongly lonely (%)", "social media (min/day)");
        for (int r = 0; r < t.size(); r++) {
            List<String> values = new ArrayList<>();
            for (String k : keys) {
                values.add(t.text(r, k));
            }
            w.printf(java.util.Locale.ROOT, "  %-40s %5s  %-26s %-26s%n", keys.isEmpty() ? "base" : String.join(", ",
                    values), t.text(r, "runs"), interval(t, r, DailyMetrics.STRONGLY_LONELY),
                    interval(t, r, "meanUseMinutes"));
        }
    }

    private static String interval(org.lonelyloop.table.CsvTable t, int r, String measure) {
        KeyFigure k = KeyFigure.of(measure);
        double mean = k.shown(t.number(r, measure + "Mean"));
        double low = k.shown(t.number(r, measure + "Low"));
        double high = k.shown(t.number(r, measure + "High"));
        return Double.isNaN(low) ? String.format(java.util.Locale.ROOT, "%.1f", mean)
                : String.format(java.util.Locale.ROOT, "%.1f [%.1f, %.1f]", mean, low, high);
    }

    /** The scenario's variations with each --vary laid over them (same key: replaced; new key: added). */
    private List<ExperimentParams.Variation> variations(Scenario s) throws ScenarioException {
        Map<String, ExperimentParams.Variation> byKey = new LinkedHashMap<>();
        for (ExperimentParams.Variation v : s.experiment().vary()) {
            byKey.put(v.key(), v);
        }
        List<Problem> problems = new ArrayList<>();
        Scenario plain = s.withExperiment(ExperimentParams.defaults());
        for (String spec : vary) {
            int eq = spec.indexOf('=');
            if (eq <= 0 || eq == spec.length() - 1) {
                throw new UserError("--vary " + spec + ": write KEY=V1,V2,..., e.g. --vary "
                        + "pathways.compensation.strength=0,0.5,1", Main.BAD_INPUT);
            }
            String key = spec.substring(0, eq).strip();
            List<String> values = splitValues(spec.substring(eq + 1));
            // A problem of the key (unknown, misspelt) is the same for every value: said once.
            java.util.Set<String> said = new java.util.HashSet<>();
            for (String value : values) {
                try {
                    ScenarioLoader.override(plain, List.of(key + "=" + value));
                } catch (ScenarioException e) {
                    for (Problem p : e.problems()) {
                        if (!said.add(p.path() + ": " + p.message())) {
                            continue;
                        }
                        boolean ofTheKey = p.message().startsWith("unknown key") || p.message().contains("no such");
                        problems.add(new Problem("--vary", 0, 0, key, (ofTheKey ? "" : value + ": ") + p.message()));
                    }
                }
            }
            ExperimentParams.Variation variation = new ExperimentParams.Variation(key, values);
            String twice = variation.repeatedValue();
            if (twice != null) {
                problems.add(new Problem("--vary", 0, 0, key, "lists " + twice + " twice; each value is one point of "
                        + "the sweep"));
            }
            byKey.put(key, variation);
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return new ArrayList<>(byKey.values());
    }

    /** Splits on commas outside brackets and braces, so list and map values can be swept. */
    static List<String> splitValues(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder cur = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                depth--;
            }
            if (c == ',' && depth == 0) {
                out.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString().strip());
        if (out.stream().anyMatch(String::isEmpty)) {
            throw new UserError("--vary values must not be empty: " + text, Main.BAD_INPUT);
        }
        return out;
    }

    private int emit(SweepPlan plan, Path folder) {
        List<String> args = ShardOptions.scenarioArgs(scenario);
        for (ExperimentParams.Variation v : plan.vary()) {
            args.add("--vary");
            args.add(v.key() + "=" + String.join(",", v.values()));
        }
        args.addAll(List.of("--seed", Long.toString(plan.baseSeed()), "--replications",
                Integer.toString(plan.replications())));
        if (settings.days != null) {
            args.addAll(List.of("--days", Integer.toString(settings.days())));
        }
        if (plan.sharesSeeds()) {
            args.add("--common-seeds");
        }
        cluster.emit("sweep", plan.scenario(), args, folder, plan.runs(), settings.quiet, spec.commandLine().getOut());
        return Main.OK;
    }
}
