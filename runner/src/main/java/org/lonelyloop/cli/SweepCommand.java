package org.lonelyloop.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lonelyloop.experiment.Sweep;
import org.lonelyloop.experiment.SweepPlan;
import org.lonelyloop.output.ResultsFolder;
import org.lonelyloop.scenario.ExperimentParams;
import org.lonelyloop.scenario.LoadedScenario;
import org.lonelyloop.scenario.Problem;
import org.lonelyloop.scenario.Scenario;
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
            RunFolders.clearOther(folder, plan);
        }
        return SweepRuns.execute(s, loaded, plan, folder, sh[0], sh[1], atOnce, threads, settings, spec.commandLine().getOut(),
                spec.commandLine().getErr(), "run the same command again");
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
