package org.lonelyloop.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.lonelyloop.model.Checkpoint;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.observe.DayRecord;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.params.Scenario;
import org.lonelyloop.output.EsmWriter;
import org.lonelyloop.output.EventsWriter;
import org.lonelyloop.output.LedgerWriter;
import org.lonelyloop.output.PanelWriter;
import org.lonelyloop.output.NetworkWriter;
import org.lonelyloop.output.SnapshotWriter;
import org.lonelyloop.output.SurveyWriter;
import org.lonelyloop.output.TimeSeriesWriter;

/**
 * One simulation written into a folder: timeseries.csv, ledger.csv, events.csv and, on snapshot
 * days, agents.csv; optionally checkpoints every so often under {@code checkpoints/}, from which
 * {@link #resume} continues with results identical to an uninterrupted run (the CSV files are cut
 * back to the checkpoint's day and continued).
 */
public final class SimulationRun {
    /** The checkpoint sub-folder of a run folder. */
    public static final String CHECKPOINTS = "checkpoints";
    private static final List<String> OUTPUTS = List.of(TimeSeriesWriter.FILE, LedgerWriter.FILE, EventsWriter.FILE,
            SnapshotWriter.FILE, NetworkWriter.TIES, PanelWriter.FILE, EsmWriter.FILE, SurveyWriter.FILE);

    /**
     * How to run.
     *
     * @param threads         worker threads
     * @param checkpointEvery simulated time between checkpoints, or null for none
     * @param progress        where the progress bar goes, or null for none
     */
    public record Options(int threads, Days checkpointEvery, PrintStream progress) {
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

    /** Runs a new simulation of {@code s} with {@code seed} into the empty folder {@code work}. */
    public static Result start(Scenario s, long seed, Path work, Options o) throws IOException {
        LonelyLoop model = LonelyLoop.create(s, seed, o.threads());
        return drive(model, work, false, o, null);
    }

    /** The latest checkpoint in a run folder, or null. */
    public static Path latestCheckpoint(Path work) throws IOException {
        Path dir = work.resolve(CHECKPOINTS);
        if (!Files.isDirectory(dir)) {
            return null;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("day-\\d+\\.ckpt"))
                    .max((a, b) -> Integer.compare(dayOf(a), dayOf(b))).orElse(null);
        }
    }

    public static int dayOf(Path checkpoint) {
        String n = checkpoint.getFileName().toString();
        return Integer.parseInt(n.substring(4, n.length() - 5));
    }

    /**
     * Continues the run whose folder holds {@code checkpoint}. The checkpoint, its side files and
     * the outputs written up to it are checked against the checksums saved with it before anything
     * is read or cut back: a run whose files were edited, cut short or damaged is refused whole.
     *
     * @throws DamagedCheckpointException naming the file that does not match, with nothing touched
     */
    public static Result resume(Path checkpoint, Options o) throws IOException {
        Path work = checkpoint.toAbsolutePath().getParent().getParent();
        Properties lengths = CheckpointSeal.verify(checkpoint, work, OUTPUTS);
        LonelyLoop model;
        try (InputStream in = Files.newInputStream(checkpoint)) {
            model = Checkpoint.read(in);
        } catch (Checkpoint.RefusedException e) {
            throw e;
        } catch (IOException e) {
            throw new UnreadableCheckpointException(checkpoint, e);
        }
        int from = model.day();
        for (String file : OUTPUTS) {
            String length = lengths.getProperty(file);
            if (length != null) {
                truncate(work.resolve(file), Long.parseLong(length));
            } else {
                // Not written yet when the checkpoint was saved: only a header (or nothing) is kept.
                cutBack(work.resolve(file), from);
            }
        }
        return drive(model, work, true, o, checkpoint);
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

    /** The file beside a checkpoint that records how long each output file was when it was saved. */
    static Path lengthsOf(Path checkpoint) {
        String n = checkpoint.getFileName().toString();
        return checkpoint.resolveSibling(n.substring(0, n.length() - ".ckpt".length()) + ".lengths");
    }

    /** Cuts a file back to the length it had at the checkpoint, dropping rows written after it. */
    private static void truncate(Path file, long length) throws IOException {
        if (Files.exists(file)) {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(length);
            }
        }
    }

    /**
     * Keeps the header and the rows of days before {@code day} (every file's first column is the
     * day): for a checkpoint without its lengths file.
     */
    static void cutBack(Path csv, int day) throws IOException {
        if (!Files.exists(csv)) {
            return;
        }
        List<String> kept = new ArrayList<>();
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
            if (kept.isEmpty()) {
                kept.add(line);
                continue;
            }
            // Everything up to the checkpoint was flushed before it was saved; a line that does not
            // parse is a write cut short by the stop, after the checkpoint.
            int comma = line.indexOf(',');
            try {
                if (comma > 0 && Integer.parseInt(line.substring(0, comma)) < day) {
                    kept.add(line);
                }
            } catch (NumberFormatException cutShort) {
                break;
            }
        }
        Files.write(csv, kept, StandardCharsets.UTF_8);
    }

    /** The file beside a checkpoint that holds the panel study's remembered week. */
    static Path panelOf(Path checkpoint) {
        String n = checkpoint.getFileName().toString();
        return checkpoint.resolveSibling(n.substring(0, n.length() - ".ckpt".length()) + ".panel");
    }

    /**
     * Runs the model to its end writing every output; {@code resumedFrom} is the checkpoint it was
     * read from, or null for a fresh run (which this starts).
     */
    private static Result drive(LonelyLoop model, Path work, boolean append, Options o, Path resumedFrom)
            throws IOException {
        boolean fresh = resumedFrom == null;
        Scenario s = model.scenario();
        long started = System.nanoTime();
        Set<Integer> snapshotDays = new HashSet<>();
        for (Days d : s.outputs().snapshots()) {
            // The duration itself names the end of the run: its last recorded day.
            snapshotDays.add(Math.min(d.count(), s.duration().count() - 1));
        }
        long totalDays = (long) s.burnIn().count() + s.duration().count();
        ProgressBar bar = new ProgressBar(o.progress() == null ? System.err : o.progress(), o.progress() != null,
                s.name(), s.population().size(), totalDays);
        DayRecord[] firstLast = new DayRecord[2];
        try (TimeSeriesWriter ts = new TimeSeriesWriter(work.resolve(TimeSeriesWriter.FILE), append);
                LedgerWriter ledger = new LedgerWriter(work.resolve(LedgerWriter.FILE), append);
                EventsWriter events = new EventsWriter(work.resolve(EventsWriter.FILE), append);
                SnapshotWriter agents = snapshotDays.isEmpty() ? null
                        : new SnapshotWriter(work.resolve(SnapshotWriter.FILE), append);
                NetworkWriter network = snapshotDays.isEmpty() ? null : new NetworkWriter(work, append);
                PanelWriter panel = !s.panel().enabled() ? null
                        : new PanelWriter(work.resolve(PanelWriter.FILE), append, s.panel(), model.seed(),
                                s.duration().count());
                EsmWriter esm = !s.esm().enabled() ? null
                        : new EsmWriter(work.resolve(EsmWriter.FILE), append, s.esm(), model.seed())) {
            if (panel != null && !fresh && Files.exists(panelOf(resumedFrom))) {
                try (InputStream in = Files.newInputStream(panelOf(resumedFrom))) {
                    panel.restore(in);
                }
            }
            model.addObserver(ts);
            model.addObserver(r -> ledger.write(r.day(), model.ledgerBreakdown()));
            model.addObserver(r -> {
                if (firstLast[0] == null) {
                    firstLast[0] = r;
                }
                firstLast[1] = r;
            });
            model.onDayDone(bar::update);
            try {
                if (fresh) {
                    model.start();
                }
                int every = o.checkpointEvery() == null ? 0 : o.checkpointEvery().count();
                while (!model.isFinished()) {
                    model.stepDay();
                    int day = model.day() - 1;
                    events.record(model, day);
                    if (agents != null && snapshotDays.contains(day)) {
                        agents.write(model, day);
                        network.write(model, day);
                    }
                    if (panel != null) {
                        panel.afterDay(model, day);
                    }
                    if (esm != null) {
                        esm.afterDay(model, day);
                    }
                    if (s.survey().enabled()) {
                        SurveyWriter.afterDay(model, day, s.survey(), s.measures(), work);
                    }
                    if (every > 0 && model.day() % every == 0 && !model.isFinished()) {
                        ts.flush();
                        ledger.flush();
                        events.flush();
                        if (agents != null) {
                            agents.flush();
                            network.flush();
                        }
                        if (panel != null) {
                            panel.flush();
                        }
                        if (esm != null) {
                            esm.flush();
                        }
                        saveCheckpoint(model, work, panel);
                    }
                }
            } finally {
                bar.finish();
                model.finish();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (firstLast[1] == null) {
            firstLast[1] = model.latest();
            firstLast[0] = firstLast[1];
        }
        return new Result(s, model.seed(), firstLast[0], firstLast[1], (System.nanoTime() - started) / 1e9);
    }

    /**
     * Writes {@code checkpoints/day-<d>.ckpt} atomically with its sealed side files, and removes
     * older ones. The checkpoint is moved into place last: a checkpoint that exists always has its
     * seal (lengths and checksums) beside it.
     */
    private static void saveCheckpoint(LonelyLoop model, Path work, PanelWriter panel) throws IOException {
        Path dir = Files.createDirectories(work.resolve(CHECKPOINTS));
        Path target = dir.resolve("day-" + model.day() + ".ckpt");
        Path panelTmp = null;
        if (panel != null) {
            panelTmp = dir.resolve(".panel.tmp");
            try (OutputStream out = Files.newOutputStream(panelTmp)) {
                panel.save(out);
            }
        }
        Path tmp = dir.resolve(".day-" + model.day() + ".ckpt.tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            Checkpoint.write(model, out);
        }
        Path sealTmp = dir.resolve(".lengths.tmp");
        CheckpointSeal.write(sealTmp, work, OUTPUTS, tmp, panelTmp);
        move(sealTmp, lengthsOf(target));
        if (panelTmp != null) {
            move(panelTmp, panelOf(target));
        }
        move(tmp, target);
        try (Stream<Path> old = Files.list(dir)) {
            for (Path p : (Iterable<Path>) old::iterator) {
                String n = p.getFileName().toString();
                if (!p.equals(target) && !p.equals(lengthsOf(target)) && !p.equals(panelOf(target))
                        && (n.endsWith(".ckpt") || n.endsWith(".lengths") || n.endsWith(".panel"))) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
