package org.lonelyloop.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.observe.DayRecord;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.output.RunOutput;
import org.lonelyloop.scenario.Scenario;

/**
 * One simulation written into a folder: every output the scenario asks for ({@link RunOutputs}),
 * told after each day; optionally checkpoints every so often ({@link RunCheckpoint}), from which
 * {@link #resume} continues with results identical to an uninterrupted run (the files are cut back
 * to the checkpoint's day and continued).
 */
public final class SimulationRun {
    /**
     * How to run.
     *
     * @param threads         worker threads
     * @param checkpointEvery simulated time between checkpoints, or null for none
     * @param progress        where the progress bar goes, or null for none
     * @param worlds          settled worlds to start from and keep ({@link SettledWorlds#off()}: none)
     */
    public record Options(int threads, Days checkpointEvery, StatusLine progress, SettledWorlds worlds) {
        /** Without a cache of settled worlds. */
        public Options(int threads, Days checkpointEvery, StatusLine progress) {
            this(threads, checkpointEvery, progress, SettledWorlds.off());
        }
    }

    /**
     * What came out.
     *
     * @param scenario the scenario run
     * @param seed     its seed
     * @param first   the first recorded day's measures
     * @param last    the last day's measures
     * @param seconds wall time of this process's part of the run
     */
    public record Result(Scenario scenario, long seed, DayRecord first, DayRecord last, double seconds) {
    }

    private SimulationRun() {
    }

    /**
     * Runs a new simulation of {@code s} with {@code seed} into the empty folder {@code work}, from its
     * settled world if one is kept ({@link Options#worlds}), else from the start (and keeps its world).
     */
    public static Result start(Scenario s, long seed, Path work, Options o) throws IOException {
        LonelyLoop settled = o.worlds().cached(s, seed, o.threads());
        if (settled != null) {
            return drive(settled, s.withSeed(seed), work, o, null);
        }
        return drive(LonelyLoop.create(s.model(), seed, o.threads()), s.withSeed(seed), work, o, null);
    }

    /**
     * Runs a model already started and branched at the end of a shared burn-in ({@link
     * org.lonelyloop.model.RuntimeChanges#branch}) into the empty folder {@code work}: the same files a fresh run of its
     * scenario and seed writes.
     */
    public static Result branched(LonelyLoop model, Scenario s, Path work, Options o) throws IOException {
        return drive(model, s.withSeed(model.seed()), work, o, null);
    }

    /**
     * Continues the run whose folder holds {@code checkpoint}. The checkpoint, its side files and
     * the outputs written up to it are checked against the checksums saved with it before anything
     * is read or cut back: a run whose files were edited, cut short or damaged is refused whole.
     *
     * @throws DamagedCheckpointException naming the file that does not match, with nothing touched
     */
    public static Result resume(Path checkpoint, Scenario s, Options o) throws IOException {
        LonelyLoop model = RunCheckpoint.open(checkpoint);
        return drive(model, s.withSeed(model.seed()), RunCheckpoint.folderOf(checkpoint), o, checkpoint);
    }

    /** A checkpoint whose seal does not match the files beside it; nothing was changed. */
    public static final class DamagedCheckpointException extends IOException {
        private static final long serialVersionUID = 1L;

        DamagedCheckpointException(String message) {
            super(message + "; nothing was changed, so the folder can still be inspected or the run started again");
        }
    }

    /** A checkpoint file that could not be read back (damaged, not a checkpoint, another version). */
    public static final class UnreadableCheckpointException extends IOException {
        private static final long serialVersionUID = 1L;

        UnreadableCheckpointException(Path checkpoint, IOException cause) {
            super(checkpoint + " cannot be read as a LonelyLoop checkpoint: " + why(cause), cause);
        }

        /** The cause in a user's words: Java's own messages ("invalid handle value") mean nothing to one. */
        private static String why(IOException cause) {
            if (cause instanceof java.util.zip.ZipException) {
                return "it is not a compressed checkpoint (damaged, or another file saved under its name)";
            }
            if (cause instanceof java.io.EOFException) {
                return "it ends early (cut short, as by a full disk or an interrupted copy)";
            }
            if (cause instanceof java.io.InvalidClassException) {
                return "it was written by another version of LonelyLoop; start the run again with this version";
            }
            if (cause instanceof java.io.ObjectStreamException) {
                return "its content is damaged";
            }
            return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        }
    }

    /**
     * Runs the model to its end writing every output; {@code resumedFrom} is the checkpoint it was
     * read from, or null for a new run. The model may be new (the engine builds it), in its burn-in
     * (a checkpoint) or settled.
     */
    private static Result drive(LonelyLoop model, Scenario s, Path work, Options o, Path resumedFrom)
            throws IOException {
        boolean fresh = resumedFrom == null;
        long started = System.nanoTime();
        long totalDays = (long) s.burnIn().count() + s.duration().count();
        ProgressBar bar = new ProgressBar(o.progress(), s.name(), s.population().size(), totalDays);
        DayRecord[] firstLast = new DayRecord[2];
        DayRecord[] today = new DayRecord[1];
        List<RunOutput> outputs = RunOutputs.open(s, model.seed(), work, !fresh);
        Throwable failed = null;
        try {
            if (!fresh) {
                RunCheckpoint.restore(resumedFrom, outputs);
            }
            model.addObserver(r -> {
                today[0] = r;
                if (firstLast[0] == null) {
                    firstLast[0] = r;
                }
                firstLast[1] = r;
            });
            model.onDayDone(bar::update);
            int every = o.checkpointEvery() == null ? 0 : o.checkpointEvery().count();
            boolean[] settling = {false};
            RunEngine engine = new RunEngine(model).with(new RunEngine.Hook() {
                @Override
                public void afterBurnInDay(RunEngine run) {
                    settling[0] = true;
                    // The burn-in is checkpointed too, counting its days from its start: the whole
                    // country's takes hours.
                    if (every > 0 && model.inBurnIn() && model.burnInDaysDone() % every == 0) {
                        save(model, work, outputs);
                    }
                }

                @Override
                public void settled(RunEngine run) {
                    if (settling[0]) {
                        o.worlds().keep(model);
                    }
                    today[0] = null;
                }

                @Override
                public void after(RunEngine run, int day) {
                    try {
                        for (RunOutput out : outputs) {
                            out.afterDay(model, day, today[0]);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    today[0] = null;
                    if (every > 0 && model.day() % every == 0 && !model.isFinished()) {
                        save(model, work, outputs);
                    }
                }
            });
            try {
                engine.run();
            } finally {
                bar.finish();
            }
        } catch (UncheckedIOException e) {
            failed = e.getCause();
            throw e.getCause();
        } catch (IOException | RuntimeException | Error e) {
            failed = e;
            throw e;
        } finally {
            RunOutputs.closeAll(outputs, failed);
        }
        if (firstLast[1] == null) {
            firstLast[1] = model.latest();
            firstLast[0] = firstLast[1];
        }
        return new Result(s, model.seed(), firstLast[0], firstLast[1], (System.nanoTime() - started) / 1e9);
    }

    private static void save(LonelyLoop model, Path work, List<RunOutput> outputs) {
        try {
            RunCheckpoint.save(model, work, outputs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
