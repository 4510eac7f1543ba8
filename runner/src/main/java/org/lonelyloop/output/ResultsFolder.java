package org.lonelyloop.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A results folder written atomically: files go into a hidden temporary folder next to the final
 * one, which is renamed into place only when everything is written. A crash, a full disk or an
 * interrupted run leaves no half-written results folder, and never touches an existing one.
 */
public final class ResultsFolder implements AutoCloseable {
    /** Suffix of the folder a checkpointed run is built in. */
    public static final String UNFINISHED = ".unfinished";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path target;
    private final Path work;
    private boolean committed;
    private boolean keep;

    private ResultsFolder(Path target, Path work) {
        this.target = target;
        this.work = work;
    }

    /** A new folder {@code <base>/<name>-<timestamp>} (with a -2, -3 suffix if that exists). */
    public static ResultsFolder timestamped(Path base, String name, LocalDateTime now) throws IOException {
        return at(freeName(base, name, now), false);
    }

    /**
     * {@code <base>/<name>-<timestamp>}, with a -2, -3 suffix if that (or its unfinished twin)
     * exists; nothing is created.
     */
    public static Path freeName(Path base, String name, LocalDateTime now) throws IOException {
        Files.createDirectories(base);
        String stem = safe(name) + "-" + STAMP.format(now);
        Path target = base.resolve(stem);
        for (int k = 2; Files.exists(target) || Files.exists(unfinishedTwin(target)); k++) {
            target = base.resolve(stem + "-" + k);
        }
        return target;
    }

    /**
     * A folder for a run that writes checkpoints: it is built in the visible folder
     * {@code <target>.unfinished}, which survives a crash or an interruption so that
     * {@code lonelyloop resume} can finish it, and is renamed to {@code target} when complete.
     */
    public static ResultsFolder resumable(Path target) throws IOException {
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "already exists; choose another --out");
        }
        Path work = unfinishedTwin(target);
        if (Files.exists(work)) {
            throw new FileAlreadyExistsException(work.toString(), null,
                    "already exists: an earlier run stopped there; finish it with 'lonelyloop resume " + work + "'");
        }
        Files.createDirectories(work);
        ResultsFolder f = new ResultsFolder(target, work);
        f.keep = true;
        return f;
    }

    /** Where {@link #resumable} builds {@code target}. */
    public static Path unfinishedTwin(Path target) {
        return target.resolveSibling(target.getFileName() + UNFINISHED);
    }

    /**
     * A folder at exactly {@code target}.
     *
     * @param replace whether an existing folder there may be replaced (only once the new one is complete)
     * @throws FileAlreadyExistsException if it exists and {@code replace} is false
     * @throws Ownership.NotOursException if it holds anything LonelyLoop did not write
     */
    public static ResultsFolder at(Path target, boolean replace) throws IOException {
        if (Files.exists(target) && !replace) {
            throw new FileAlreadyExistsException(target.toString(), null,
                    "already exists; choose another --out or add --force to replace it");
        }
        Ownership.requireOurs(target);
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        return new ResultsFolder(target, partialFolder(parent, target.getFileName().toString()));
    }

    /**
     * A new hidden folder {@code .<name>.partial-<random>} in {@code parent}. Made with
     * createDirectory rather than createTempDirectory: a temporary directory is private (mode 0700)
     * whatever the umask, and the results folder it becomes must be readable by whoever the user's
     * umask lets read it (collaborators on shared cluster storage).
     */
    private static Path partialFolder(Path parent, String name) throws IOException {
        java.security.SecureRandom random = new java.security.SecureRandom();
        while (true) {
            Path p = parent.resolve("." + name + ".partial-" + Long.toUnsignedString(random.nextLong(), 36));
            try {
                return Files.createDirectory(p);
            } catch (FileAlreadyExistsException taken) {
                // Try another name.
            }
        }
    }

    /** Replaces characters that would make an awkward folder name. */
    public static String safe(String name) {
        String s = name.replaceAll("[^A-Za-z0-9._-]+", "-");
        return s.isEmpty() ? "run" : s;
    }

    /** Where to write a file while the folder is being built. */
    public Path file(String name) {
        return work.resolve(name);
    }

    /** The folder's final location. */
    public Path target() {
        return target;
    }

    /** The temporary folder being written. */
    public Path work() {
        return work;
    }

    /**
     * Moves the finished folder into place. A folder it replaces is checked again first (something
     * may have been put there while the run went on); if it is not LonelyLoop's, nothing is deleted
     * and the new results stay where they were written.
     */
    public Path commit() throws IOException {
        if (Files.exists(target)) {
            try {
                Ownership.requireOurs(target);
            } catch (Ownership.NotOursException e) {
                keep = true;
                throw new Ownership.NotOursException(e, "the new results are kept in " + work);
            }
            Path old = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
            Files.move(target, old);
            move(work, target);
            deleteTree(old);
        } else {
            move(work, target);
        }
        committed = true;
        return target;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * The folder of a run that stopped part-way (its checkpoints are inside), to be finished and
     * moved to {@code target}.
     */
    public static ResultsFolder unfinished(Path work, Path target) {
        ResultsFolder f = new ResultsFolder(target, work);
        f.keep = true;
        return f;
    }

    /** Removes the temporary folder unless the results were committed or it holds checkpoints. */
    @Override
    public void close() throws IOException {
        if (!committed && !keep) {
            deleteTree(work);
        }
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
