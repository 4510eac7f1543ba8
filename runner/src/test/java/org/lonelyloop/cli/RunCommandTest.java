package org.lonelyloop.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
    private static Path onlyFolder(Path base) throws IOException {
        try (Stream<Path> s = Files.list(base)) {
            List<Path> all = s.collect(Collectors.toList());
            assertEquals(1, all.size(), "exactly one results folder, no leftovers: " + all);
            return all.get(0);
        }
    }

    @Test
    void runWritesOneRowPerDayAndExitsZero(@TempDir Path tmp) throws IOException {
        Cli c = Cli.run("run", "--days", "30", "--out", tmp.toString());
        assertEquals(0, c.exitCode, c.toString());
        Path folder = onlyFolder(tmp);
        assertTrue(folder.getFileName().toString().startsWith("quickstart-"));
        List<String> lines = Files.readAllLines(folder.resolve("timeseries.csv"));
        assertEquals(31, lines.size(), "header plus 30 days");
        assertTrue(lines.get(0).startsWith("day,shareNotLonely,shareSomewhatLonely,shareStronglyLonely,meanLoneliness"));
        assertTrue(lines.get(30).startsWith("29,"));
        assertTrue(Files.exists(folder.resolve("manifest.json")));
        assertTrue(c.out.contains("strongly lonely"), c.out);
    }

    @Test
    void sameSeedGivesByteIdenticalTimeSeriesWhateverTheThreads(@TempDir Path tmp) throws IOException {
        assertEquals(0, Cli.run("run", "--days", "20", "--seed", "77", "--threads", "1", "--out",
                tmp.resolve("a").toString(), "-q").exitCode);
        assertEquals(0, Cli.run("run", "--days", "20", "--seed", "77", "--threads", "2", "--out",
                tmp.resolve("b").toString(), "-q").exitCode);
        assertEquals(0, Cli.run("run", "--days", "20", "--seed", "78", "--out", tmp.resolve("c").toString(), "-q").exitCode);
        byte[] a = Files.readAllBytes(onlyFolder(tmp.resolve("a")).resolve("timeseries.csv"));
        byte[] b = Files.readAllBytes(onlyFolder(tmp.resolve("b")).resolve("timeseries.csv"));
        byte[] c = Files.readAllBytes(onlyFolder(tmp.resolve("c")).resolve("timeseries.csv"));
        assertArrayEquals(a, b);
        assertFalse(java.util.Arrays.equals(a, c), "a different seed gives different results");
    }

    @Test
    void aBrokenScenarioGivesLocatedMessagesExitTwoAndNoStackTrace(@TempDir Path tmp) throws IOException {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "name: bad\npopulation:\n  size: -5\n  sise: 3\n");
        Cli c = Cli.run("run", bad.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(2, c.exitCode, c.toString());
        assertTrue(c.err.contains(bad + ":3:9: population.size: must be between 2 and 20000000 (agents), was -5"), c.err);
        assertTrue(c.err.contains(bad + ":4:3: population.sise: unknown key 'sise'; did you mean 'size'?"), c.err);
        assertFalse(c.err.contains("Exception"), c.err);
        assertFalse(Files.exists(tmp.resolve("out")), "nothing is written for a scenario that does not load");
    }

    @Test
    void anUnknownScenarioNameSuggestsTheClosestBundledOne() {
        Cli c = Cli.run("run", "quikstart");
        assertEquals(2, c.exitCode, c.toString());
        assertTrue(c.err.contains("no bundled scenario or file of that name; did you mean 'quickstart'?"), c.err);
    }

    @Test
    void aBundledScenarioCanBeNamedByItsLastPartWhenThatIsUnique() {
        Cli c = Cli.run("explain", "usage-cap");
        assertEquals(0, c.exitCode, c.toString());
        assertTrue(c.out.contains("name: usage-cap"), c.out);
    }

    @Test
    void forceRefusesAFolderHoldingFilesLonelyLoopDidNotWriteAndDeletesNothing(@TempDir Path tmp) throws IOException {
        Path thesis = tmp.resolve("thesis");
        Files.createDirectories(thesis.resolve("sub"));
        Files.writeString(thesis.resolve("thesis.tex"), "\\chapter{One}");
        Files.writeString(thesis.resolve("sub/data.csv"), "a,b\n1,2\n");
        Cli c = Cli.run("run", "--days", "3", "--folder", thesis.toString(), "--force", "-q", "--no-report");
        assertEquals(2, c.exitCode, c.toString());
        assertTrue(c.err.contains(thesis + " is not a LonelyLoop results folder"), c.err);
        assertTrue(c.err.contains("nothing was deleted"), c.err);
        assertEquals("\\chapter{One}", Files.readString(thesis.resolve("thesis.tex")));
        assertEquals("a,b\n1,2\n", Files.readString(thesis.resolve("sub/data.csv")));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(thesis), s.collect(Collectors.toList()), "no temporary folder left beside it");
        }
    }

    @Test
    void forceRefusesAResultsFolderWithAFileAddedByTheUserAndNamesIt(@TempDir Path tmp) throws IOException {
        Path there = tmp.resolve("exact");
        assertEquals(0, Cli.run("run", "--days", "3", "--folder", there.toString(), "-q").exitCode);
        Files.writeString(there.resolve("notes.txt"), "what I saw");
        Files.writeString(there.resolve("charts/annotated.pdf"), "%PDF");
        Cli c = Cli.run("run", "--days", "3", "--folder", there.toString(), "--force", "-q", "--no-report");
        assertEquals(2, c.exitCode, c.toString());
        assertTrue(c.err.contains("notes.txt") || c.err.contains("annotated.pdf"), c.err);
        assertTrue(Files.exists(there.resolve("notes.txt")) && Files.exists(there.resolve("charts/annotated.pdf")));
    }

    @Test
    void forceWithoutFolderAndOutWithFolderAreRefused(@TempDir Path tmp) {
        Cli noFolder = Cli.run("run", "--days", "3", "--force", "--out", tmp.toString());
        assertEquals(2, noFolder.exitCode, noFolder.toString());
        assertTrue(noFolder.err.contains("--force replaces the folder given with --folder"), noFolder.err);
        Cli both = Cli.run("run", "--days", "3", "--folder", tmp.resolve("a").toString(), "--out", tmp.toString());
        assertEquals(2, both.exitCode, both.toString());
        assertTrue(both.err.contains("--out and --folder"), both.err);
        assertFalse(Files.exists(tmp.resolve("a")));
    }

    @Test
    void aMistypedOptionValueGetsOneLineAndAPointerToHelpNotTheWholeUsage() {
        Cli c = Cli.run("run", "--seed", "notanumber");
        assertEquals(2, c.exitCode, c.toString());
        assertTrue(c.err.contains("error: --seed: 'notanumber' is not a whole number"), c.err);
        assertTrue(c.err.contains("'lonelyloop run --help' lists the options"), c.err);
        assertFalse(c.err.contains("Usage:"), c.err);
        assertTrue(c.err.strip().lines().count() <= 3, c.err);
    }

    @Test
    void optionsOutOfRangeAreBadInputAndCreateNothing(@TempDir Path tmp) {
        for (String[] bad : new String[][] {{"--days", "100000", "--days 100000: must be between 1d and 200y"},
            {"--days", "201y", "--days 201y: must be between 1d and 200y"},
            {"--threads", "100000", "--threads 100000 is more than this machine can use"}}) {
            Path out = tmp.resolve("out-" + bad[1]);
            Cli c = Cli.run("run", bad[0], bad[1], "--out", out.toString());
            assertEquals(2, c.exitCode, c.toString());
            assertTrue(c.err.contains(bad[2]), c.err);
            assertFalse(c.err.contains("internal error") || c.err.contains("Exception"), c.err);
            assertFalse(Files.exists(out), "nothing is created for " + String.join(" ", bad[0], bad[1]));
        }
    }

    @Test
    void theResultsFolderFollowsTheUmaskNotPrivateTemporaryPermissions(@TempDir Path tmp) throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path there = tmp.resolve("shared");
        assertEquals(0, Cli.run("run", "--days", "3", "--folder", there.toString(), "-q", "--no-report").exitCode);
        Path probe = Files.createDirectory(tmp.resolve("probe"));
        assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(there),
                "the results folder gets the permissions any new folder gets under this umask");
    }

    @Test
    void folderWritesExactlyThereAndReplacesOnlyWithForce(@TempDir Path tmp) throws IOException {
        Path there = tmp.resolve("exact");
        assertEquals(0, Cli.run("run", "--days", "3", "--folder", there.toString(), "-q", "--no-report").exitCode);
        byte[] first = Files.readAllBytes(there.resolve("timeseries.csv"));
        Cli again = Cli.run("run", "--days", "4", "--folder", there.toString(), "-q", "--no-report");
        assertEquals(1, again.exitCode, again.toString());
        assertTrue(again.err.contains(there + " already exists; choose another --out or add --force"), again.err);
        assertArrayEquals(first, Files.readAllBytes(there.resolve("timeseries.csv")), "the earlier results are untouched");
        assertEquals(0, Cli.run("run", "--days", "4", "--folder", there.toString(), "--force", "-q", "--no-report").exitCode);
        assertEquals(5, Files.readAllLines(there.resolve("timeseries.csv")).size());
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(there), s.collect(Collectors.toList()), "no temporary folders left beside it");
        }
    }

    @Test
    void anUnwritableOutputFolderFailsCleanlyWithoutStackTrace(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("not-a-folder");
        Files.writeString(file, "x");
        Cli c = Cli.run("run", "--days", "2", "--out", file.toString());
        assertEquals(1, c.exitCode, c.toString());
        assertTrue(c.err.startsWith("error: cannot write results under " + file), c.err);
        assertFalse(c.err.contains("\tat "), c.err);
    }

    @Test
    void debugShowsTheStackTrace(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("not-a-folder");
        Files.writeString(file, "x");
        Cli c = Cli.run("run", "--days", "2", "--out", file.toString(), "--debug");
        assertEquals(1, c.exitCode);
        assertTrue(c.err.contains("\tat "), c.err);
    }

    @Test
    void impossibleDaysAreRefused() {
        Cli c = Cli.run("run", "--days", "0");
        assertEquals(2, c.exitCode);
        assertEquals("error: --days must be at least 1, was 0\n", c.err);
        Cli word = Cli.run("run", "--days", "soon");
        assertEquals(2, word.exitCode);
        assertTrue(word.err.startsWith("error: --days: 'soon' is not a duration"), word.err);
    }

    @Test
    void daysMayBeADuration(@TempDir Path tmp) throws IOException {
        assertEquals(0, Cli.run("run", "--days", "2w", "--out", tmp.toString(), "-q", "--no-report").exitCode);
        assertEquals(15, Files.readAllLines(onlyFolder(tmp).resolve("timeseries.csv")).size());
    }

    @Test
    void everyCommandsHelpFormatsCleanly() {
        java.io.PrintStream before = System.err;
        java.io.ByteArrayOutputStream caught = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(caught, true));
        try {
            picocli.CommandLine cl = Main.commandLine();
            assertTrue(cl.getUsageMessage().contains("trial"));
            for (picocli.CommandLine sub : cl.getSubcommands().values()) {
                assertFalse(sub.getUsageMessage().isBlank());
                for (picocli.CommandLine subsub : sub.getSubcommands().values()) {
                    assertFalse(subsub.getUsageMessage().isBlank());
                }
            }
        } finally {
            System.setErr(before);
        }
        assertEquals("", caught.toString(), "picocli could not format a description (a lone % sign?)");
    }

    @Test
    void versionNamesTheVersionAndCommit() {
        Cli c = Cli.run("--version");
        assertEquals(0, c.exitCode);
        assertTrue(c.out.startsWith("lonelyloop 0.1.0 (commit "), c.out);
    }
}
