package org.lonelyloop.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.lonelyloop.model.Checkpoint;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.ModelParams;
import org.lonelyloop.model.RuntimeChanges;
import org.lonelyloop.model.StateSize;
import org.lonelyloop.scenario.Scenario;
import org.lonelyloop.scenario.ScenarioYaml;

/**
 * Settled worlds kept on disk: the state at the end of a burn-in, stored under its world key (the
 * scenario parts a burn-in depends on, {@link Scenario#worldKey}, its seed, and a digest of the
 * model's own classes, so a changed model never reads an old world), and read back by the next run
 * of the same world instead of running the burn-in again. A world read back is branched to the
 * scenario asked for ({@link RuntimeChanges#branch}), exactly as the arms of a comparison branch from
 * one burn-in, so its results are the same bytes as a fresh run's.
 *
 * <p>Entries are written under a temporary name and moved into place, so two processes at once
 * never see half an entry (the later of two that settle the same world replaces the other's equal
 * copy); each carries the SHA-256 of its content, and an entry that does not match it or cannot be
 * read back (cut short, damaged, of classes that changed) is removed and the world settled again. The folder is kept under a size bound by removing the entries used
 * longest ago; a world larger than the bound is not kept.
 */
public final class SettledWorlds {
    /** The environment variable naming the cache folder, or {@code off}. */
    public static final String FOLDER_VARIABLE = "LONELYLOOP_CACHE";
    /** The environment variable bounding its size ({@code 500m}, {@code 4g}). */
    public static final String SIZE_VARIABLE = "LONELYLOOP_CACHE_SIZE";
    /** The bound unless told: a few hundred worlds of nl-adults, or two of a million agents. */
    public static final long DEFAULT_MAX_BYTES = 2L << 30;
    private static final String SUFFIX = ".world";
    private static final int DIGEST_BYTES = 32;

    private static volatile String fingerprint;

    private final Path folder;
    private final long maxBytes;

    private SettledWorlds(Path folder, long maxBytes) {
        this.folder = folder;
        this.maxBytes = maxBytes;
    }

    /** No cache: every burn-in runs. */
    public static SettledWorlds off() {
        return new SettledWorlds(null, 0);
    }

    /** A cache in {@code folder}, at most {@code maxBytes} of worlds. */
    public static SettledWorlds in(Path folder, long maxBytes) {
        return new SettledWorlds(folder, maxBytes);
    }

    /**
     * The cache a command uses unless told otherwise: {@code $LONELYLOOP_CACHE} ({@code off} for none),
     * else {@code $XDG_CACHE_HOME/lonelyloop}, else {@code ~/.cache/lonelyloop}; bounded by
     * {@code $LONELYLOOP_CACHE_SIZE} or {@link #DEFAULT_MAX_BYTES}.
     *
     * @throws IllegalArgumentException when the size variable is not a size
     */
    public static SettledWorlds standard() {
        String given = System.getenv(FOLDER_VARIABLE);
        if (given != null && given.strip().equalsIgnoreCase("off")) {
            return off();
        }
        Path folder;
        if (given != null && !given.isBlank()) {
            folder = Path.of(given.strip());
        } else {
            String xdg = System.getenv("XDG_CACHE_HOME");
            folder = (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache"))
                    .resolve("lonelyloop");
        }
        String size = System.getenv(SIZE_VARIABLE);
        return in(folder, size == null || size.isBlank() ? DEFAULT_MAX_BYTES : bytes(size.strip(), SIZE_VARIABLE));
    }

    /** A size such as {@code 500m} or {@code 4g} (k, m, g: powers of 1024; none: bytes). */
    static long bytes(String text, String where) {
        String t = text.toLowerCase(Locale.ROOT);
        long unit = t.endsWith("k") ? 1L << 10 : t.endsWith("m") ? 1L << 20 : t.endsWith("g") ? 1L << 30 : 1;
        String number = unit == 1 ? t : t.substring(0, t.length() - 1);
        try {
            long n = Long.parseLong(number.strip());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n * unit;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + "='" + text + "' is not a size: write bytes, or a number with k, "
                    + "m or g (500m, 4g)");
        }
    }

    public boolean enabled() {
        return folder != null;
    }

    /** The bound on the entries' total size. */
    public long maxBytes() {
        return maxBytes;
    }

    /** The folder entries are kept in, or null when off. */
    public Path folder() {
        return folder;
    }

    /**
     * A model of {@code s} with {@code seed} at the end of its burn-in, ready for its first recorded
     * day: read from the cache, or settled here (and kept).
     */
    public LonelyLoop settle(Scenario s, long seed, int threads) {
        LonelyLoop model = cached(s, seed, threads);
        if (model != null) {
            return model;
        }
        model = LonelyLoop.create(s.model(), seed, threads);
        new RunEngine(model).settle();
        keep(model);
        return model;
    }

    /** The settled world of {@code s} with {@code seed}, branched to {@code s}; null when none is kept. */
    public LonelyLoop cached(Scenario s, long seed, int threads) {
        if (folder == null) {
            return null;
        }
        Scenario mine = s.withSeed(seed);
        Path entry = entry(mine.model());
        LonelyLoop model;
        try {
            if (!whole(entry)) {
                forget(entry);
                return null;
            }
            try (InputStream in = Files.newInputStream(entry)) {
                in.skipNBytes(DIGEST_BYTES);
                model = Checkpoint.read(in);
            }
        } catch (NoSuchFileException absent) {
            return null;
        } catch (IOException | RuntimeException damaged) {
            forget(entry);
            return null;
        }
        if (model.day() != 0 || model.inBurnIn() || !model.params().sameWorld(mine.model())) {
            forget(entry);
            return null;
        }
        try {
            Files.setLastModifiedTime(entry, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException ignored) {
            // Only the order of removal depends on it.
        }
        model.useThreads(threads);
        RuntimeChanges.of(model).branch(mine.model());
        return model;
    }

    /**
     * Keeps a model standing at the end of its burn-in (before its first recorded day has run). A
     * failure to write (a full disk, a folder not writable) leaves the cache as it was: the run goes
     * on, it only settles the world again next time.
     */
    public void keep(LonelyLoop model) {
        if (folder == null || model.day() != 0 || StateSize.of(model) > maxBytes) {
            return;
        }
        Path entry = entry(model.params());
        Path tmp = null;
        try {
            Files.createDirectories(entry.getParent());
            tmp = entry.resolveSibling("." + entry.getFileName() + "." + ProcessHandle.current().pid() + "-"
                    + System.nanoTime() + ".tmp");
            write(model, tmp);
            try {
                Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, entry, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            prune();
        } catch (IOException | UncheckedIOException e) {
            // Not kept; nothing else depends on it.
        } finally {
            if (tmp != null) {
                forget(tmp);
            }
        }
    }

    /**
     * An entry is the SHA-256 of the rest, then the model as a checkpoint writes it: a checkpoint's
     * gzip CRC is only checked at the end of its stream, which reading the model does not reach, so
     * a flipped bit inside it would otherwise be read as state.
     */
    private static void write(LonelyLoop model, Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.allocate(DIGEST_BYTES));
            MessageDigest sha = sha256();
            OutputStream out = new DigestOutputStream(Channels.newOutputStream(ch), sha);
            Checkpoint.write(model, out);
            out.flush();
            ch.write(ByteBuffer.wrap(sha.digest()), 0);
        }
    }

    /** Whether the entry's content matches the digest at its head. */
    private static boolean whole(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] expected = in.readNBytes(DIGEST_BYTES);
            MessageDigest sha = sha256();
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0;) {
                sha.update(buffer, 0, n);
            }
            return expected.length == DIGEST_BYTES && MessageDigest.isEqual(expected, sha.digest());
        }
    }

    /** A kept world's file, its size and when it was last used. */
    private record Kept(Path file, long size, long used) {
    }

    /** Removes the entries used longest ago until the rest fit the bound. */
    private void prune() throws IOException {
        List<Kept> kept = new ArrayList<>();
        try (Stream<Path> s = Files.list(worldsFolder())) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (!p.getFileName().toString().endsWith(SUFFIX)) {
                    continue;
                }
                try {
                    kept.add(new Kept(p, Files.size(p), Files.getLastModifiedTime(p).toMillis()));
                } catch (NoSuchFileException gone) {
                    // Removed by another process meanwhile.
                }
            }
        }
        long total = kept.stream().mapToLong(Kept::size).sum();
        kept.sort(Comparator.comparingLong(Kept::used));
        for (Kept k : kept) {
            if (total <= maxBytes) {
                break;
            }
            forget(k.file());
            total -= k.size();
        }
    }

    private static void forget(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // Another process may hold it; it will be replaced or removed later.
        }
    }

    private Path worldsFolder() {
        return folder.resolve("worlds");
    }

    /** The file of a world. */
    Path entry(ModelParams s) {
        return worldsFolder().resolve(key(s) + SUFFIX);
    }

    /** The world key: the model's digest and every part of the model's parameters the burn-in depends on. */
    static String key(ModelParams s) {
        MessageDigest sha = sha256();
        sha.update(modelFingerprint().getBytes(StandardCharsets.UTF_8));
        for (Object part : s.worldKey()) {
            sha.update((byte) '\n');
            sha.update(ScenarioYaml.toTree(part).toString().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * A digest of the model's classes (org.lonelyloop.model, from the jar or folder they were loaded
     * from): a world settled by other code is another world.
     */
    static String modelFingerprint() {
        String f = fingerprint;
        if (f != null) {
            return f;
        }
        MessageDigest sha = sha256();
        String prefix = "org/lonelyloop/model/";
        try {
            Path where = Path.of(LonelyLoop.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(where)) {
                List<Path> classes;
                try (Stream<Path> s = Files.walk(where.resolve(prefix))) {
                    classes = s.filter(p -> p.toString().endsWith(".class")).sorted().toList();
                }
                for (Path c : classes) {
                    sha.update(where.relativize(c).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                    sha.update(Files.readAllBytes(c));
                }
            } else {
                try (JarFile jar = new JarFile(where.toFile())) {
                    List<JarEntry> classes = jar.stream().filter(e -> e.getName().startsWith(prefix)
                            && e.getName().endsWith(".class")).sorted(Comparator.comparing(JarEntry::getName)).toList();
                    for (JarEntry e : classes) {
                        sha.update(e.getName().getBytes(StandardCharsets.UTF_8));
                        try (InputStream in = jar.getInputStream(e)) {
                            sha.update(in.readAllBytes());
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // Where the classes cannot be read, no world is shared between two processes.
            sha.update(("unreadable " + System.nanoTime() + " " + ProcessHandle.current().pid())
                    .getBytes(StandardCharsets.UTF_8));
        }
        f = HexFormat.of().formatHex(sha.digest());
        fingerprint = f;
        return f;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
