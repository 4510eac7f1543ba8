package org.lonelyloop.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lonelyloop.experiment.PendingRun;
import org.lonelyloop.experiment.RunCheckpoint;
import org.lonelyloop.experiment.SimulationRun;
import org.lonelyloop.experiment.StatusLine;
import org.lonelyloop.model.Checkpoint;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.output.ResultsFolder;
import org.lonelyloop.scenario.LoadedScenario;
import org.lonelyloop.scenario.Scenario;
import org.lonelyloop.scenario.ScenarioException;
import org.lonelyloop.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lonelyloop resume}: finishes a run that was started with --checkpoint-every and stopped,
 * from its last checkpoint. The results are identical to those of a run that never stopped.
 */
@Command(name = "resume", mixinStandardHelpOptions = true,
        description = "Finish a stopped run from its last checkpoint (runs started with --checkpoint-every).")
final class ResumeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CHECKPOINT",
            description = {"A stopped run's folder, named *.unfinished, or one of its checkpoints:",
                "checkpoints/day-N.ckpt, or burn-in-N.ckpt in the burn-in."})
    Path where;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: as the run began).")
    Integer threads;

    @picocli.CommandLine.Mixin
    OutputChoices output;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path checkpoint = where;
        if (Files.isDirectory(where)) {
            checkpoint = RunCheckpoint.latest(where);
            if (checkpoint == null) {
                throw new UserError(where + " holds no checkpoint (checkpoints/day-N.ckpt or burn-in-N.ckpt) to resume from",
                        Main.BAD_INPUT);
            }
        } else if (!Files.exists(where)) {
            throw new UserError("no such checkpoint or folder: " + where, Main.BAD_INPUT);
        } else if (!RunCheckpoint.named(where)
                || where.toAbsolutePath().getParent() == null
                || !where.toAbsolutePath().getParent().getFileName().toString().equals(RunCheckpoint.FOLDER)) {
            throw new UserError(where + " is not a checkpoint: give a run's .unfinished folder or its "
                    + "checkpoints/day-N.ckpt (or burn-in-N.ckpt) file", Main.BAD_INPUT);
        }
        Path work = checkpoint.toAbsolutePath().getParent().getParent();
        PendingRun pending;
        try {
            pending = PendingRun.read(work);
        } catch (IOException e) {
            throw new UserError("cannot resume " + checkpoint + ": " + Failures.describe(e), Main.BAD_INPUT, e);
        }
        Path target = Path.of(pending.target());
        if (Files.exists(target)) {
            throw new UserError("cannot resume: " + target + " already exists (was this run finished already?)",
                    Main.BAD_INPUT);
        }
        int nThreads = RunSettings.threads(threads != null ? threads
                : Math.min(pending.threads(), 4 * Runtime.getRuntime().availableProcessors()));
        Scenario scenario;
        try {
            scenario = ScenarioLoader.fromTree(pending.scenario(), work.resolve(PendingRun.FILE).toString());
        } catch (ScenarioException e) {
            throw new UserError("cannot resume " + checkpoint + ": its scenario, kept in " + PendingRun.FILE
                    + ", no longer reads (written by another version?): " + e.getMessage(), Main.BAD_INPUT, e);
        }
        SimulationRun.Result r;
        try (Interruption hint = Interruption.watch(work, true, spec.commandLine().getErr())) {
            r = SimulationRun.resume(checkpoint, scenario, new SimulationRun.Options(nThreads, Days.of(pending.checkpointEvery()),
                    StatusLine.onStandardError(output.quiet)));
        } catch (Checkpoint.RefusedException e) {
            throw new UserError(checkpoint + " was refused: " + e.getMessage(), Main.BAD_INPUT, e);
        } catch (SimulationRun.UnreadableCheckpointException | SimulationRun.DamagedCheckpointException e) {
            throw new UserError(e.getMessage(), Main.BAD_INPUT, e);
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            throw Interruption.failed(work, true, e);
        }
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("resumedFromDay", Integer.toString(RunCheckpoint.dayOf(checkpoint, r.scenario().burnIn().count())));
        extra.put("resumedAt", Instant.now().toString());
        Path folder;
        try {
            folder = RunFolders.complete(ResultsFolder.unfinished(work, target),
                    new LoadedScenario(r.scenario(), pending.sources(), pending.overrides()), r.seed(), nThreads,
                    Instant.parse(pending.started()), extra, output.noReport);
        } catch (IOException e) {
            throw RunSettings.cannotWrite(work, e);
        }
        if (!output.quiet) {
            RunFolders.summary(spec.commandLine().getOut(), r, folder);
        }
        return Main.OK;
    }
}
