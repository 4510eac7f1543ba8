package org.lonelyloop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lonelyloop.experiment.JointCalibration;
import org.lonelyloop.experiment.SensitivityStudy;
import org.lonelyloop.experiment.StatusLine;
import org.lonelyloop.experiment.Sweep;
import org.lonelyloop.experiment.SweepPlan;
import org.lonelyloop.model.observe.Column;
import org.lonelyloop.model.observe.DailyMetrics;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.output.ResultsFolder;
import org.lonelyloop.report.Report;
import org.lonelyloop.scenario.DidYouMean;
import org.lonelyloop.scenario.LoadedScenario;
import org.lonelyloop.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lonelyloop sensitivity}: which parameters a scenario's outcomes depend on, by Morris
 * screening or Sobol indices, run as a resumable, shardable sweep of the design's points.
 */
@Command(name = "sensitivity", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Global sensitivity analysis: Morris elementary effects (mu*, mu, sigma) or Sobol first-order "
            + "and total indices with bootstrap 95%% intervals, of the --outputs on every --param, each within its "
            + "range. The design runs as a sweep: all cores, resumable (run the same command again), --shard and "
            + "--emit-slurm for a cluster, 'merge' to combine.",
            "Writes sensitivity.csv, the sweep's runs and tables, charts and report.html (docs/research.md)."})
final class SensitivityCommand implements Callable<Integer> {
    @Mixin
    WorldCacheOptions cache;

    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--param", paramLabel = "KEY[=LOW..HIGH]", required = true,
            description = "A parameter to vary (repeatable), within LOW..HIGH or its documented range (docs/ODD.md).")
    List<String> params = new ArrayList<>();

    @Option(names = "--method", defaultValue = "morris", paramLabel = "morris|sobol",
            description = "Morris screening (cheap: r (k+1) runs) or Sobol indices (N (k+2) runs). Default: ${DEFAULT-VALUE}.")
    SensitivityStudy.Method method;

    @Option(names = "--samples", paramLabel = "N",
            description = "Morris: trajectories (default 10); Sobol: base points, best a power of two (default 64).")
    Integer samples;

    @Option(names = "--levels", defaultValue = "4", paramLabel = "P",
            description = "Morris: levels of the grid, even. Default: ${DEFAULT-VALUE}.")
    int levels;

    @Option(names = "--outputs", split = ",", paramLabel = "MEASURE,...",
            defaultValue = "shareStronglyLonely,meanUseMinutes",
            description = "Measures analysed: columns of timeseries.csv. Default: ${DEFAULT-VALUE}.")
    List<String> outputs;

    @Option(names = "--at", paramLabel = "FROM..TO",
            description = "The window each output is averaged over (default: the run's last year, or its second half "
                + "if shorter than two years).")
    String at;

    @Option(names = "--replications", defaultValue = "1", paramLabel = "N",
            description = "Runs per design point, averaged. Default: ${DEFAULT-VALUE}.")
    int replications;

    @picocli.CommandLine.Mixin
    ThreadsOption threads;

    @Option(names = "--common-seeds",
            description = "Give replication r of every design point the same seed (common random numbers): the "
                + "indices then measure the parameters, not the noise between seeds, and points that differ only "
                + "in what acts after the burn-in share one burn-in per replication.")
    boolean commonSeeds;

    @Option(names = "--out", paramLabel = "DIR", description = "The study's folder. Default: results/<scenario>-sensitivity.")
    Path out;

    @Option(names = "--force", description = "Delete the folder first if it holds another study.")
    boolean force;

    @Mixin
    ShardOptions cluster;

    @picocli.CommandLine.Mixin
    OutputChoices output;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        cache.worlds(); // a bad cache setting is said before anything is made
        LoadedScenario loaded = scenario.load();
        Scenario s = loaded.scenario();
        SensitivityStudy study = study(s);
        if (replications < 1 || replications > 1000) {
            throw new UserError("--replications must be between 1 and 1000, was " + replications, Main.BAD_INPUT);
        }
        SweepPlan plan = study.plan(s, replications, commonSeeds);
        Path folder = out != null ? out : Path.of("results", ResultsFolder.safe(s.name()) + "-sensitivity");
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new UserError("--out " + folder + " is a file; --out names the folder the study is written in",
                    Main.BAD_INPUT);
        }
        if (cluster.emitSlurm != null) {
            return emit(plan, folder);
        }
        int[] sh = cluster.shard();
        if (force) {
            RunFolders.clearOther(folder, plan);
        }
        if (Files.exists(folder.resolve(SensitivityStudy.FILE)) && !SensitivityStudy.read(folder).equals(study)) {
            throw new UserError(folder + " holds another sensitivity study (its " + SensitivityStudy.FILE + " differs); "
                    + "choose another --out or add --force", Main.BAD_INPUT);
        }
        int cores = threads.count();
        Sweep.Outcome o;
        try {
            Sweep.prepare(folder, plan);
            study.save(folder);
            o = Sweep.run(s, loaded, plan, folder, new Sweep.Options(sh[0], sh[1], cores, 1,
                    StatusLine.onStandardError(output.quiet), cache.worlds()), BuildInfo.version(), BuildInfo.commit());
        } catch (IllegalStateException e) {
            throw new UserError(e.getMessage() + " or add --force", Main.BAD_INPUT, e);
        } catch (IOException e) {
            throw new UserError("cannot write the study in " + folder + ": " + Failures.describe(e) + "; runs already "
                    + "finished are kept: run the same command again to go on", Main.FAILED, e);
        }
        PrintWriter w = spec.commandLine().getOut();
        for (String f : o.failures()) {
            spec.commandLine().getErr().println("error: " + f);
        }
        if (o.finishedInFolder() < plan.runs()) {
            if (!output.quiet) {
                w.printf(Locale.ROOT, "%s: %d of %d runs in %s%s%n", s.name(), o.finishedInFolder(), plan.runs(), folder,
                        sh[1] > 1 ? " (shard " + sh[0] + "/" + sh[1] + "; 'merge' the shards for the indices)"
                                : "; run the same command again to finish");
                w.flush();
            }
            return o.failures().isEmpty() ? Main.OK : Main.FAILED;
        }
        SensitivityFinish.finish(folder, study, plan, output.noReport);
        if (!output.quiet) {
            print(w, s, study, plan, folder);
        }
        return Main.OK;
    }

    /** Whether the noise accounts for at least half of sigma's square (a parameter's indices by name). */
    private static boolean mostlyNoise(Map<String, Double> indices) {
        Double sigma = indices.get("sigma");
        Double noise = indices.get(SensitivityStudy.SIGMA_NOISE);
        return sigma != null && noise != null && sigma > 0 && noise >= sigma * Math.sqrt(0.5);
    }


    private SensitivityStudy study(Scenario s) {
        if (params.isEmpty()) {
            throw new UserError("name at least one --param KEY[=LOW..HIGH]", Main.BAD_INPUT);
        }
        List<JointCalibration.Parameter> ps = SearchParameters.parse(params);
        List<String> known = DailyMetrics.columns(s.groups()).stream().map(Column::name).toList();
        for (String o : outputs) {
            if (!known.contains(o)) {
                String best = DidYouMean.closest(o, known);
                throw new UserError("--outputs: '" + o + "' is not a recorded measure" + (best == null ? ""
                        : "; did you mean '" + best + "'?") + " (the columns of timeseries.csv, or a group's such as "
                        + "anxious.meanLoneliness; docs/outputs.md)",
                        Main.BAD_INPUT);
            }
        }
        int n = samplesUsed();
        if (method == SensitivityStudy.Method.morris && (n < 2 || levels < 2 || levels % 2 != 0)) {
            throw new UserError("Morris needs --samples (trajectories) of at least 2 and an even --levels of at least 2; "
                    + "was " + n + " and " + levels, Main.BAD_INPUT);
        }
        if (method == SensitivityStudy.Method.sobol && n < 8) {
            throw new UserError("Sobol needs --samples (base points) of at least 8, best 64 or more; was " + n,
                    Main.BAD_INPUT);
        }
        int[] window = window(s.duration().count());
        return new SensitivityStudy(method, ps, n, levels, s.seed(), outputs, window[0], window[1]);
    }

    private int[] window(int recorded) {
        if (at == null) {
            return new int[] {recorded >= 730 ? recorded - 365 : recorded / 2, recorded};
        }
        String[] parts = at.split("\\.\\.");
        try {
            if (parts.length == 2) {
                int from = Days.parse(parts[0].strip()).count();
                int to = Days.parse(parts[1].strip()).count();
                if (from < to && to <= recorded) {
                    return new int[] {from, to};
                }
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new UserError("--at " + at + ": write FROM..TO within the run (" + recorded + " days), e.g. 1y..2y",
                Main.BAD_INPUT);
    }

    private static void print(PrintWriter w, Scenario s, SensitivityStudy study, SweepPlan plan, Path folder)
            throws IOException {
        w.printf(Locale.ROOT, "%s: %s sensitivity of %d parameter(s), %d runs, days %d to %d%n", s.name(),
                study.method(), study.parameters().size(), plan.runs(), study.from(), study.to() - 1);
        org.lonelyloop.table.CsvTable t = org.lonelyloop.table.CsvTable.read(folder.resolve(SensitivityStudy.RESULTS));
        boolean morris = study.method() == SensitivityStudy.Method.morris;
        for (String output : study.outputs()) {
            w.printf(Locale.ROOT, "  %s%n", output);
            Map<String, Map<String, String>> byParam = new LinkedHashMap<>();
            Map<String, Map<String, Double>> values = new LinkedHashMap<>();
            for (int r = 0; r < t.size(); r++) {
                if (t.text(r, "output").equals(output)) {
                    double v = t.number(r, "value");
                    String cell = String.format(Locale.ROOT, "%.4g", v);
                    if (!Double.isNaN(t.number(r, "low"))) {
                        cell += String.format(Locale.ROOT, " [%.3g, %.3g]", t.number(r, "low"), t.number(r, "high"));
                    }
                    byParam.computeIfAbsent(t.text(r, "parameter"), k -> new LinkedHashMap<>()).put(t.text(r, "index"), cell);
                    values.computeIfAbsent(t.text(r, "parameter"), k -> new LinkedHashMap<>()).put(t.text(r, "index"), v);
                }
            }
            List<String> noisy = new ArrayList<>();
            for (Map.Entry<String, Map<String, String>> e : byParam.entrySet()) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "    %-40s", e.getKey()));
                e.getValue().forEach((k, v) -> line.append(String.format(Locale.ROOT, "  %s %-" + (morris ? 30 : 22) + "s", k, v)));
                w.println(line.toString().stripTrailing());
                if (mostlyNoise(values.get(e.getKey()))) {
                    noisy.add(e.getKey());
                }
            }
            if (!noisy.isEmpty()) {
                w.println("    sigma is mostly run noise for " + String.join(", ", noisy) + " (sigmaNoise above 70 % of sigma):"
                        + " more --replications, larger populations or --common-seeds tell interaction from noise");
            }
        }
        w.println("results: " + folder);
        if (Files.exists(folder.resolve(Report.FILE))) {
            w.println("report:  " + folder.resolve(Report.FILE));
        }
        w.flush();
    }

    private int emit(SweepPlan plan, Path folder) {
        List<String> args = ShardOptions.scenarioArgs(scenario);
        for (String p : params) {
            args.addAll(List.of("--param", p));
        }
        args.addAll(List.of("--method", method.name(), "--samples", Integer.toString(samplesUsed()), "--levels",
                Integer.toString(levels), "--outputs", String.join(",", outputs), "--replications",
                Integer.toString(replications)));
        if (at != null) {
            args.addAll(List.of("--at", at));
        }
        if (commonSeeds) {
            args.add("--common-seeds");
        }
        cluster.emit("sensitivity", plan.scenario(), args, folder, plan.runs(), output.quiet,
                spec.commandLine().getOut());
        return Main.OK;
    }

    private int samplesUsed() {
        return samples != null ? samples : method == SensitivityStudy.Method.morris ? 10 : 64;
    }
}
