package org.lonelyloop.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.lonelyloop.model.Checkpoint;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.output.RunOutput;

/**
 * A run folder's checkpoints, under {@code checkpoints/}: {@code day-N.ckpt} (the model; {@code
 * burn-in-N.ckpt} while in the burn-in), beside it its seal {@code day-N.lengths} ({@link
 * CheckpointSeal}) and a side file {@code day-N.<ext>} for each output that keeps state of its own
 * ({@link RunOutput#checkpointState()}). Saving moves the checkpoint into place last, so a
 * checkpoint that exists always has its seal and side files; resuming checks the seal before it
 * reads or cuts back anything.
 */
public final class RunCheckpoint {
    /** The checkpoint sub-folder of a run folder. */
    public static final String FOLDER = "checkpoints";

    private RunCheckpoint() {
    }

    /**
     * A checkpoint's name: {@code day-N.ckpt} for one saved before recorded day N, {@code burn-in-N.ckpt}
     * for one saved after N days of the burn-in.
     */
    private static final Pattern NAME = Pattern.compile("(burn-in|day)-(\\d+)\\.ckpt");

    /** The latest checkpoint in a run folder (every recorded day is later than the whole burn-in), or null. */
    public static Path latest(Path work) throws IOException {
        Path dir = work.resolve(FOLDER);
        if (!Files.isDirectory(dir)) {
            return null;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(RunCheckpoint::named)
                    .max((a, b) -> Long.compare(progress(a), progress(b))).orElse(null);
        }
    }

    /** Whether a file is named as a checkpoint is. */
    public static boolean named(Path file) {
        return NAME.matcher(file.getFileName().toString()).matches();
    }

    /**
     * The day the run continues from, given the length of its burn-in: negative for a checkpoint
     * saved in the burn-in (-1: its last day is still to run).
     */
    public static int dayOf(Path checkpoint, int burnInDays) {
        long p = progress(checkpoint);
        return (int) (p < 0 ? p + BURN_IN_OFFSET - burnInDays : p);
    }

    /** Orders burn-in checkpoints before the recorded days': their count shifted far below zero. */
    private static final long BURN_IN_OFFSET = 1L << 32;

    private static long progress(Path checkpoint) {
        Matcher m = NAME.matcher(checkpoint.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalArgumentException(checkpoint + " is not named as a checkpoint");
        }
        long n = Long.parseLong(m.group(2));
        return m.group(1).equals("day") ? n : n - BURN_IN_OFFSET;
    }

    /** The file a checkpoint of the model as it stands is saved in. */
    private static String fileName(LonelyLoop model) {
        return (model.inBurnIn() ? "burn-in-" + model.burnInDaysDone() : "day-" + model.day()) + ".ckpt";
    }

    /** The run folder a checkpoint belongs to. */
    static Path folderOf(Path checkpoint) {
        return checkpoint.toAbsolutePath().getParent().getParent();
    }

    /** The seal beside a checkpoint: how long each output file was when it was saved, and checksums. */
    static Path lengthsOf(Path checkpoint) {
        return beside(checkpoint, "lengths");
    }

    /** The side file beside a checkpoint that holds one output's state ({@code ext}: its checkpointState). */
    static Path stateOf(Path checkpoint, String ext) {
        return beside(checkpoint, ext);
    }

    private static Path beside(Path checkpoint, String ext) {
        String n = checkpoint.getFileName().toString();
        return checkpoint.resolveSibling(n.substring(0, n.length() - ".ckpt".length()) + "." + ext);
    }

    /**
     * Checks a checkpoint's seal against its folder, reads the model back and cuts every output file
     * back to the checkpoint's day, in that order: a folder whose files do not match is refused whole.
     *
     * @throws SimulationRun.DamagedCheckpointException naming the file that does not match, with nothing touched
     */
    static LonelyLoop open(Path checkpoint) throws IOException {
        Path work = folderOf(checkpoint);
        Properties lengths = CheckpointSeal.verify(checkpoint, work, RunOutputs.FILES);
        LonelyLoop model;
        try (InputStream in = Files.newInputStream(checkpoint)) {
            model = Checkpoint.read(in);
        } catch (Checkpoint.RefusedException e) {
            throw e;
        } catch (IOException e) {
            throw new SimulationRun.UnreadableCheckpointException(checkpoint, e);
        }
        int from = model.day();
        for (String file : RunOutputs.FILES) {
            String length = lengths.getProperty(file);
            if (length != null) {
                truncate(work.resolve(file), Long.parseLong(length));
            } else {
                // Not written yet when the checkpoint was saved: only a header (or nothing) is kept.
                cutBack(work.resolve(file), from);
            }
        }
        return model;
    }

    /** Gives each output with state of its own what was saved for it beside {@code checkpoint}. */
    static void restore(Path checkpoint, List<RunOutput> outputs) throws IOException {
        for (RunOutput o : outputs) {
            Path state = o.checkpointState() == null ? null : stateOf(checkpoint, o.checkpointState());
            if (state != null && Files.exists(state)) {
                try (InputStream in = Files.newInputStream(state)) {
                    o.restore(in);
                }
            }
        }
    }

    /**
     * Writes {@code checkpoints/day-<d>.ckpt} atomically with its sealed side files (after the
     * outputs are flushed), and removes older ones.
     */
    static void save(LonelyLoop model, Path work, List<RunOutput> outputs) throws IOException {
        for (RunOutput o : outputs) {
            o.flush();
        }
        Path dir = Files.createDirectories(work.resolve(FOLDER));
        String name = fileName(model);
        Path target = dir.resolve(name);
        Map<String, Path> states = new LinkedHashMap<>();
        for (RunOutput o : outputs) {
            if (o.checkpointState() != null) {
                Path tmp = dir.resolve("." + o.checkpointState() + ".tmp");
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    o.save(out);
                }
                states.put(o.checkpointState(), tmp);
            }
        }
        Path tmp = dir.resolve("." + name + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            Checkpoint.write(model, out);
        }
        Path sealTmp = dir.resolve(".lengths.tmp");
        CheckpointSeal.write(sealTmp, work, RunOutputs.FILES, tmp, states);
        move(sealTmp, lengthsOf(target));
        for (Map.Entry<String, Path> s : states.entrySet()) {
            move(s.getValue(), stateOf(target, s.getKey()));
        }
        move(tmp, target);
        List<Path> keep = new ArrayList<>(List.of(target, lengthsOf(target)));
        states.keySet().forEach(ext -> keep.add(stateOf(target, ext)));
        try (Stream<Path> old = Files.list(dir)) {
            for (Path p : (Iterable<Path>) old::iterator) {
                String n = p.getFileName().toString();
                if (!keep.contains(p) && !n.startsWith(".") && (n.startsWith("day-") || n.startsWith("burn-in-"))) {
                    Files.delete(p);
                }
            }
        }
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
     * day): for a file the seal does not list.
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

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
