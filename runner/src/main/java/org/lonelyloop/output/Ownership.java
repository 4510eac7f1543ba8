package org.lonelyloop.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Decides whether a folder may be deleted or replaced on a user's {@code --force}: only when every
 * file in it is one LonelyLoop wrote. A run folder is recognised by its manifest.json, which lists
 * the outputs it checksummed; a sweep folder by its plan.json, with run folders under runs/. Report
 * files (report.html, charts/*.png and *.svg) are accepted beside either. Anything else (a user's
 * thesis.tex, a sub-folder of their data, a symbolic link) makes the folder not ours, and the
 * refusal names that file, so that --force can never lose work LonelyLoop did not produce.
 */
public final class Ownership {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CHART = Pattern.compile("[A-Za-z0-9._-]+\\.(png|svg)");
    private static final Pattern RUN = Pattern.compile("run-\\d+");
    /** A run being written by a sweep (see Sweep): hidden, renamed into place when complete. */
    private static final Pattern RUN_IN_PROGRESS = Pattern.compile("\\.run-\\d+\\.(partial-[A-Za-z0-9]+|copy)");
    /** A sweep's table of runs and its table of parameter points (written by SweepTables). */
    public static final String SWEEP_SUMMARY = "summary.csv";
    public static final String SWEEP_AGGREGATE = "aggregate.csv";
    private static final List<String> SWEEP_FILES = List.of("plan.json", SWEEP_SUMMARY, SWEEP_AGGREGATE,
            "report.html", "." + SWEEP_SUMMARY + ".tmp", "." + SWEEP_AGGREGATE + ".tmp");

    /** Raised for a folder that holds something LonelyLoop did not write. */
    public static final class NotOursException extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Path file;

        NotOursException(Path folder, Path file, String why) {
            super(folder + " is not a LonelyLoop results folder (" + why + ": " + file + "); --force only replaces "
                    + "what LonelyLoop wrote, so nothing was deleted; choose another folder or move " + file
                    + " away");
            this.file = file;
        }

        NotOursException(NotOursException e, String more) {
            super(e.getMessage() + "; " + more);
            this.file = e.file;
        }

        /** The file that would have been lost. */
        public Path file() {
            return file;
        }
    }

    private Ownership() {
    }

    /**
     * Checks that deleting {@code folder} loses nothing but LonelyLoop's own files; a folder that
     * does not exist, or is empty, passes.
     *
     * @throws NotOursException naming the first foreign file found
     */
    public static void requireOurs(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            throw new NotOursException(folder, folder, "it is a file, not a folder");
        }
        if (isEmpty(folder)) {
            return;
        }
        if (Files.isRegularFile(folder.resolve("plan.json"), LinkOption.NOFOLLOW_LINKS)) {
            checkSweep(folder);
        } else if (Files.isRegularFile(folder.resolve(Manifest.FILE), LinkOption.NOFOLLOW_LINKS)) {
            checkRun(folder, folder);
        } else {
            throw new NotOursException(folder, firstEntry(folder), "no manifest.json or plan.json, and it holds");
        }
    }

    private static void checkSweep(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path p : (Iterable<Path>) entries.sorted()::iterator) {
                String name = p.getFileName().toString();
                if (SWEEP_FILES.contains(name) && isPlainFile(p)) {
                    continue;
                }
                if (name.equals("charts")) {
                    checkCharts(folder, p);
                } else if (name.equals("runs") && isPlainFolder(p)) {
                    checkRuns(folder, p);
                } else {
                    throw new NotOursException(folder, p, "a sweep folder does not hold");
                }
            }
        }
    }

    private static void checkRuns(Path folder, Path runs) throws IOException {
        try (Stream<Path> entries = Files.list(runs)) {
            for (Path p : (Iterable<Path>) entries.sorted()::iterator) {
                String name = p.getFileName().toString();
                if (RUN.matcher(name).matches() && isPlainFolder(p)
                        && Files.isRegularFile(p.resolve(Manifest.FILE), LinkOption.NOFOLLOW_LINKS)) {
                    checkRun(folder, p);
                } else if (RUN_IN_PROGRESS.matcher(name).matches() && isPlainFolder(p)) {
                    checkOutputsOnly(folder, p);
                } else {
                    throw new NotOursException(folder, p, "a sweep's runs folder does not hold");
                }
            }
        }
    }

    /** A run folder: its manifest, the files the manifest checksummed, and the report. */
    private static void checkRun(Path folder, Path run) throws IOException {
        Set<String> listed = listedOutputs(folder, run.resolve(Manifest.FILE));
        try (Stream<Path> entries = Files.list(run)) {
            for (Path p : (Iterable<Path>) entries.sorted()::iterator) {
                String name = p.getFileName().toString();
                if ((name.equals(Manifest.FILE) || name.equals("report.html") || listed.contains(name))
                        && isPlainFile(p)) {
                    continue;
                }
                if (name.equals("charts")) {
                    checkCharts(folder, p);
                } else {
                    throw new NotOursException(folder, p, "its manifest.json does not list");
                }
            }
        }
    }

    /** A run still being written: only CSV outputs and the manifest, no sub-folders. */
    private static void checkOutputsOnly(Path folder, Path run) throws IOException {
        try (Stream<Path> entries = Files.list(run)) {
            for (Path p : (Iterable<Path>) entries::iterator) {
                String name = p.getFileName().toString();
                if (!isPlainFile(p) || !(name.endsWith(".csv") || name.endsWith(".graphml")
                        || name.equals(Manifest.FILE))) {
                    throw new NotOursException(folder, p, "an unfinished run does not hold");
                }
            }
        }
    }

    private static void checkCharts(Path folder, Path charts) throws IOException {
        if (!isPlainFolder(charts)) {
            throw new NotOursException(folder, charts, "charts is not a plain folder");
        }
        try (Stream<Path> entries = Files.list(charts)) {
            for (Path p : (Iterable<Path>) entries.sorted()::iterator) {
                if (!isPlainFile(p) || !CHART.matcher(p.getFileName().toString()).matches()) {
                    throw new NotOursException(folder, p, "a charts folder holds only PNG and SVG charts, not");
                }
            }
        }
    }

    private static Set<String> listedOutputs(Path folder, Path manifest) throws IOException {
        JsonNode m;
        try {
            m = JSON.readTree(manifest.toFile());
        } catch (IOException e) {
            throw new NotOursException(folder, manifest, "a manifest that does not read as JSON");
        }
        if (m == null || !m.has("lonelyloopVersion") || !m.path("sha256").isObject()) {
            throw new NotOursException(folder, manifest, "a manifest.json LonelyLoop did not write");
        }
        Set<String> names = new HashSet<>();
        m.path("sha256").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static boolean isPlainFile(Path p) {
        return Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
    }

    private static boolean isPlainFolder(Path p) {
        return Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static Path firstEntry(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().findFirst().orElse(folder);
        }
    }
}
