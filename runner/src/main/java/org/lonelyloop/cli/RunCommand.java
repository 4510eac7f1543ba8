package org.lonelyloop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lonelyloop.experiment.PendingRun;
import org.lonelyloop.experiment.SimulationRun;
import org.lonelyloop.experiment.StatusLine;
import org.lonelyloop.experiment.SweepPlan;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.output.Ownership;
import org.lonelyloop.output.ResultsFolder;
import org.lonelyloop.scenario.LoadedScenario;
import org.lonelyloop.scenario.Scenario;
import org.lonelyloop.scenario.ScenarioYaml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lonelyloop run}: one simulation of a scenario, or its replications, written to a new
 * results folder with charts and report.html.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a scenario (or its replications) and write results/<scenario>[-<--set values>]-<timestamp>/: "
            + "time series, ledger, events, manifest, charts and report.html.",
            "A scenario with an experiment.vary section runs its base values here; 'lonelyloop sweep' runs the sweep."})
final class RunCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Mixin
    RunSettings settings;

    @Option(names = "--out", defaultValue = "results", paramLabel = "DIR",
            description = "Folder the results folder is made in. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--folder", paramLabel = "DIR",
            description = "Write exactly this results folder instead of a new dated one under --out (for scripts and "
                + "workflow tools that need a known path).")
    Path folder;

    @Option(names = "--force", description = "With --folder: replace an existing folder (once the new one is complete).")
    boolean force;

    @Option(names = "--checkpoint-every", paramLabel = "DURATION",
            description = "Save the whole simulation every so often (e.g. 1y, 26w) so a stopped run can be "
                + "finished with 'lonelyloop resume'.")
    String checkpointEvery;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        settings.cache.worlds(); // a bad cache setting is said before anything is made
        LoadedScenario loaded = scenario.load();
        Scenario s = settings.apply(loaded.scenario());
        int replications = settings.replications(s);
        int threads = settings.threads();
        Days every = checkpointEvery == null ? null : parseEvery(checkpointEvery);
        if (force && folder == null) {
            throw new UserError("--force replaces the folder given with --folder; without --folder every run gets a "
                    + "new dated folder and nothing is replaced", Main.BAD_INPUT);
        }
        if (folder != null && spec.commandLine().getParseResult().hasMatchedOption("--out")) {
            throw new UserError("--out and --folder both say where results go: --folder DIR writes exactly DIR, --out "
                    + "DIR makes a dated folder inside DIR; give one", Main.BAD_INPUT);
        }
        PrintWriter w = spec.commandLine().getOut();
        if (!settings.quiet && !s.experiment().vary().isEmpty()) {
            w.println("note: " + s.name() + " sweeps " + s.experiment().vary().size() + " parameter(s); this runs its "
                    + "base values only ('lonelyloop sweep " + scenario.scenario + "' runs the sweep)");
        }
        if (!settings.quiet && s.experiment().trial().enabled()) {
            w.println("note: " + s.name() + " describes a trial; this runs the scenario as written ('lonelyloop trial "
                    + scenario.scenario + "' runs the trial)");
        }
        if (replications == 1) {
            RunSettings.fits(s, 1);
        }
        if (replications > 1) {
            if (every != null) {
                throw new UserError("--checkpoint-every applies to a single run; replications are each written "
                        + "whole, and an interrupted set is finished with 'lonelyloop sweep'", Main.BAD_INPUT);
            }
            Path sweepFolder;
            try {
                sweepFolder = folder != null ? folder : ResultsFolder.freeName(out, scenario.folderName(s.name()), LocalDateTime.now());
            } catch (IOException e) {
                throw RunSettings.cannotWrite(out, e);
            }
            SweepPlan plan = SweepPlan.of(s, List.of(), replications);
            if (force) {
                RunFolders.clearOther(sweepFolder, plan);
            }
            return SweepRuns.execute(s, loaded, plan, sweepFolder, 1, 1, Math.min(replications, threads), threads,
                    settings, w, spec.commandLine().getErr(), "lonelyloop sweep " + scenario.scenario
                            + " --replications " + replications + " --out " + sweepFolder);
        }
        Path target;
        ResultsFolder results;
        try {
            target = folder != null ? folder : ResultsFolder.freeName(out, scenario.folderName(s.name()), LocalDateTime.now());
            results = every == null ? ResultsFolder.at(target, force) : ResultsFolder.resumable(target);
        } catch (Ownership.NotOursException e) {
            throw new UserError(e.getMessage(), Main.BAD_INPUT, e);
        } catch (IOException e) {
            throw RunSettings.cannotWrite(folder != null ? folder : out, e);
        }
        Instant started = Instant.now();
        LoadedScenario effective = new LoadedScenario(s, loaded.sources(), loaded.overrides());
        try (results) {
            if (every != null) {
                new PendingRun(target.toString(), loaded.sources(), loaded.overrides(), threads, every.count(),
                        started.toString(), ScenarioYaml.toTree(s)).write(results.work());
            }
            SimulationRun.Result r;
            try (Interruption hint = Interruption.watch(results.work(), every != null, spec.commandLine().getErr())) {
                r = SimulationRun.start(s, s.seed(), results.work(), new SimulationRun.Options(threads, every,
                        StatusLine.onStandardError(settings.quiet), settings.cache.worlds()));
            } catch (IOException | RuntimeException | OutOfMemoryError e) {
                throw Interruption.failed(results.work(), every != null, e);
            }
            Path folder = RunFolders.complete(results, effective, s.seed(), threads, started, Map.of(), settings.noReport);
            if (!settings.quiet) {
                RunFolders.summary(w, r, folder);
            }
        } catch (Ownership.NotOursException e) {
            throw new UserError(e.getMessage(), Main.BAD_INPUT, e);
        } catch (IOException e) {
            throw RunSettings.cannotWrite(out, e);
        }
        return Main.OK;
    }



    static Days parseEvery(String text) {
        Days d;
        try {
            d = Days.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UserError("--checkpoint-every: " + e.getMessage(), Main.BAD_INPUT);
        }
        if (d.count() < 1) {
            throw new UserError("--checkpoint-every must be at least 1d, was " + text, Main.BAD_INPUT);
        }
        return d;
    }


}
