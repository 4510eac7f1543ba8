package org.lonelyloop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run that exercises every writer, and a small sweep, write: each file byte for byte as when
 * the fixture was made (its SHA-256 in src/test/resources/golden). A refactoring of the runner must
 * not change a byte. A deliberate change of the outputs regenerates the fixtures with
 * {@code -Dlonelyloop.updateGolden=true}, and its commit says why. Left out: manifest.json (it
 * records when and with which build), report.html and the charts (drawn with the machine's fonts).
 */
class GoldenOutputsTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    /** quickstart, small, with snapshots (agents, ties, GraphML), a panel, experience sampling and a survey. */
    static final String[] RUN = {"run", "quickstart", "--set", "population.size=300", "--set", "duration=40d",
        "--set", "burnIn=30d", "--set", "outputs.snapshots=[0d, 39d]", "--set", "panel.size=150", "--set",
        "panel.every=20d", "--set", "esm.size=30", "--set", "esm.days=10", "--set", "survey.size=150", "--set",
        "survey.day=30d", "--set", "survey.minAge=15", "--set", "survey.maxAge=90", "-q", "--no-report"};

    /** Two values of one parameter, two replications each. */
    static final String[] SWEEP = {"sweep", "quickstart", "--vary", "pathways.compensation.strength=0,1",
        "--replications", "2", "--days", "15", "--set", "population.size=300", "--set", "burnIn=30d", "-q",
        "--no-report"};

    @Test
    void aRunWritesTheGoldenBytes(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        Cli c = Cli.run(with(RUN, out));
        assertEquals(0, c.exitCode, c.toString());
        try (Stream<Path> runs = Files.list(out)) {
            compare(runs.findFirst().orElseThrow(), "run.sha256");
        }
    }

    @Test
    void aSweepWritesTheGoldenBytes(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        Cli c = Cli.run(with(SWEEP, out));
        assertEquals(0, c.exitCode, c.toString());
        compare(out, "sweep.sha256");
    }

    private static String[] with(String[] args, Path out) {
        return Stream.concat(Stream.of(args), Stream.of("--out", out.toString())).toArray(String[]::new);
    }

    /** Compares every file under {@code folder} (but those left out) with the fixture's digests. */
    private static void compare(Path folder, String fixture) throws IOException {
        String actual = digests(folder);
        Path expected = GOLDEN.resolve(fixture);
        if (Boolean.getBoolean("lonelyloop.updateGolden")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual,
                "outputs differ from " + expected + " (the lines that differ name the files)");
    }

    /** One line per file, sorted by path: its path relative to the folder and the SHA-256 of its bytes. */
    static String digests(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(folder)) {
            files = all.filter(Files::isRegularFile).filter(p -> kept(folder.relativize(p))).sorted()
                    .collect(Collectors.toList());
        }
        StringBuilder b = new StringBuilder();
        for (Path f : files) {
            b.append(folder.relativize(f).toString().replace('\\', '/')).append("  ").append(sha256(f)).append('\n');
        }
        return b.toString();
    }

    private static boolean kept(Path relative) {
        String name = relative.getFileName().toString();
        return !name.equals("manifest.json") && !name.equals("report.html") && !relative.startsWith("charts");
    }

    private static String sha256(Path f) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
