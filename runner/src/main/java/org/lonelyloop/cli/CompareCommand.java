package org.lonelyloop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lonelyloop.classroom.Labels;
import org.lonelyloop.experiment.Arms;
import org.lonelyloop.experiment.Comparison;
import org.lonelyloop.experiment.Predictions;
import org.lonelyloop.experiment.StatusLine;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.observe.DailyMetrics;
import org.lonelyloop.model.observe.GroupSpec;
import org.lonelyloop.output.Manifest;
import org.lonelyloop.output.ResultsFolder;
import org.lonelyloop.output.SnapshotWriter;
import org.lonelyloop.report.CompareReport;
import org.lonelyloop.report.KeyFigure;
import org.lonelyloop.report.Report;
import org.lonelyloop.scenario.Expectation;
import org.lonelyloop.scenario.LoadedScenario;
import org.lonelyloop.scenario.Scenario;
import org.lonelyloop.table.CsvTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lonelyloop compare}: a scenario against its twin without interventions (or another world)
 * on the same seeds, both arms branched from one burn-in, so their difference is the effect.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a scenario and its twin without interventions (or without its life events, or another "
            + "scenario) on the same seeds, replication by replication, both arms branched from one burn-in with "
            + "common random numbers: the difference is the effect of what differs, not noise.",
            "Writes compare.csv (every measure in both arms, the difference and its 95%% interval), each run's series "
                + "under arms/, charts and report.html into results/<scenario>-compare-<time>/."})
final class CompareCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--against", paramLabel = "ARM", defaultValue = Expectation.WITHOUT_INTERVENTIONS,
            description = "What to compare with: without-interventions, without-events, or another scenario (a bundled "
                + "name or a file). Default: ${DEFAULT-VALUE}.")
    String against;

    @Option(names = "--replications", paramLabel = "N",
            description = "Paired replications (default: the scenario's experiment.replications, at least "
                + Predictions.DEFAULT_REPLICATIONS + ").")
    Integer replications;

    @Option(names = "--seed", description = "Base seed (default: the scenario's); replication r gets a seed derived from it.")
    Long seed;

    @picocli.CommandLine.Mixin
    ThreadsOption threads;

    @picocli.CommandLine.Mixin
    WorldCacheOptions cache;

    @Option(names = "--out", defaultValue = "results", paramLabel = "DIR",
            description = "Folder the results folder is made in. Default: ${DEFAULT-VALUE}.")
    Path out;

    @picocli.CommandLine.Mixin
    OutputChoices output;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        cache.worlds(); // a bad cache setting is said before anything is made
        LoadedScenario loaded = scenario.load();
        Scenario s = seed != null ? loaded.scenario().withSeed(seed) : loaded.scenario();
        int n = replications != null ? replications : Math.max(Predictions.DEFAULT_REPLICATIONS,
                s.experiment().replications());
        if (n < 2 || n > 1000) {
            throw new UserError("--replications must be between 2 and 1000 (an interval needs two), was " + n,
                    Main.BAD_INPUT);
        }
        int cores = threads.count();
        Arms.Arm other = Predictions.against(loaded, s, against.strip(), Predictions.Sizing.AS_WRITTEN);
        List<Arms.Arm> arms = List.of(new Arms.Arm(Predictions.SCENARIO_ARM, s), other);
        boolean branched = s.sameWorld(other.scenario().withSeed(s.seed()));
        Instant started = Instant.now();
        int parallel = Math.min(n, cores);
        Path folder;
        Arms.Outcome o;
        try (ResultsFolder results = ResultsFolder.at(ResultsFolder.freeName(out, scenario.folderName(s.name() + "-compare"),
                LocalDateTime.now()), false)) {
            try {
                o = Arms.run(arms, n, parallel, Math.max(1, cores / parallel), StatusLine.onStandardError(output.quiet),
                        agentsFiles(results.work(), arms), cache.worlds());
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage(), Main.BAD_INPUT, e);
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
            Comparison.write(results.work(), o);
            Map<String, String> extra = new LinkedHashMap<>();
            extra.put("comparedWith", other.name());
            extra.put("branched", Boolean.toString(branched));
            extra.put("replications", Integer.toString(n));
            Manifest.write(results.work(), new LoadedScenario(s, loaded.sources(), loaded.overrides()), s.seed(), cores,
                    BuildInfo.version(), BuildInfo.commit(), started, Instant.now(),
                    Manifest.outputFiles(results.work()), extra);
            if (!output.noReport) {
                Report.write(results.work());
            }
            folder = results.commit();
        } catch (IOException e) {
            throw RunSettings.cannotWrite(out, e);
        }
        if (!output.quiet) {
            print(spec.commandLine().getOut(), s, other.name(), n, o.seconds(), folder);
        }
        return Main.OK;
    }

    /**
     * Where the first replication of each arm writes its agents.csv when the scenario asks for
     * snapshots: {@code arms/scenario/agents.csv} and {@code arms/comparison/agents.csv}, beside the
     * arms' series.
     */
    private static List<Path> agentsFiles(Path work, List<Arms.Arm> arms) throws IOException {
        List<Path> files = new java.util.ArrayList<>();
        for (int a = 0; a < arms.size(); a++) {
            if (arms.get(a).scenario().outputs().snapshots().isEmpty()) {
                files.add(null);
                continue;
            }
            Path dir = Files.createDirectories(work.resolve(Comparison.ARMS).resolve(Comparison.FOLDERS.get(a)));
            files.add(dir.resolve(SnapshotWriter.FILE));
        }
        return files;
    }

    /** Labels short enough to follow "members: " in the table's first column. */
    private static final Map<String, String> SHORT = Map.of(DailyMetrics.STRONGLY_LONELY, "strongly lonely (%)",
            "meanLoneliness", "mean loneliness (0..1)", "meanUseMinutes", "social media (min/day)");

    private static void print(PrintWriter w, Scenario s, String against, int n, double seconds, Path folder)
            throws IOException {
        CsvTable t = CsvTable.read(folder.resolve(Comparison.FILE));
        int[] window = CompareReport.lastPart(t);
        w.printf(Locale.ROOT, "%s against %s: %d paired replications, %,d agents, in %.1f s%n", s.name(), against, n,
                s.population().size(), seconds);
        w.printf(Locale.ROOT, "  mean of days %d to %d          %10s %12s   %s%n", window[0], window[1] - 1, "scenario",
                "comparison", "difference [95% CI, mean of daily intervals]");
        List<KeyFigure> shown = new java.util.ArrayList<>(KeyFigure.ALL.subList(0, 11));
        if (!s.interventions().isEmpty()) {
            shown.addAll(KeyFigure.PARTICIPANTS);
        }
        for (KeyFigure f : shown) {
            double[] m = CompareReport.windowMeans(t, f.column(), window);
            if (!Double.isNaN(m[0])) {
                w.printf(Locale.ROOT, "  %-34s %10.2f %12.2f   %+.3f [%+.3f, %+.3f]%n", f.label(), m[0] * f.scale(),
                        m[1] * f.scale(), m[2] * f.scale(), m[3] * f.scale(), m[4] * f.scale());
            }
        }
        for (GroupSpec g : s.groups()) {
            double[] members = CompareReport.windowMeans(t, g.members(DailyMetrics.AGENTS), window);
            double[] others = CompareReport.windowMeans(t, g.others(DailyMetrics.AGENTS), window);
            w.printf(Locale.ROOT, "  group %s: %,.0f members, %,.0f others%n", g.name(), members[0], others[0]);
            for (KeyFigure f : KeyFigure.of(DailyMetrics.STRONGLY_LONELY, "meanLoneliness", "meanUseMinutes")) {
                for (boolean member : new boolean[] {true, false}) {
                    double[] m = CompareReport.windowMeans(t, member ? g.members(f.column()) : g.others(f.column()), window);
                    if (!Double.isNaN(m[0])) {
                        w.printf(Locale.ROOT, "    %-32s %10.2f %12.2f   %+.3f [%+.3f, %+.3f]%n",
                                (member ? "members: " : "others:  ") + SHORT.getOrDefault(f.column(), f.label()),
                                m[0] * f.scale(), m[1] * f.scale(), m[2] * f.scale(), m[3] * f.scale(), m[4] * f.scale());
                    }
                }
            }
        }
        w.println("results: " + folder);
        if (Files.exists(folder.resolve(Report.FILE))) {
            w.println("report:  " + folder.resolve(Report.FILE));
        }
        w.flush();
    }
}
