package org.lonelyloop.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lonelyloop.output.ResultsFolder;
import org.lonelyloop.table.CsvTable;

/**
 * Sweeps as a researcher runs them: straight through, killed and resumed, in shards merged
 * afterwards, with more or fewer runs at once. Every way gives the same tables, byte for byte.
 */
class SweepCommandTest {
    /** A small sweep: two values times two replications of a few hundred agents for two weeks. */
    private static final String[] SWEEP = {"sweep", "quickstart", "--vary", "pathways.compensation.strength=0,1",
        "--replications", "2", "--days", "15", "--set", "population.size=300", "--set", "burnIn=30d", "-q"};

    @TempDir
    static Path shared;
    private static Path straight;

    private static Cli sweep(Path out, String... more) {
        List<String> args = new ArrayList<>(Arrays.asList(SWEEP));
        args.addAll(List.of("--out", out.toString()));
        args.addAll(Arrays.asList(more));
        return Cli.run(args.toArray(new String[0]));
    }

    private static List<String> texts(CsvTable t, String column) {
        List<String> out = new ArrayList<>();
        for (int row = 0; row < t.size(); row++) {
            out.add(t.text(row, column));
        }
        return out;
    }

    private static byte[] bytes(Path p) throws IOException {
        return Files.readAllBytes(p);
    }

    @BeforeAll
    static void runStraightThrough() {
        straight = shared.resolve("straight");
        Cli c = sweep(straight, "--no-report");
        assertEquals(0, c.exitCode, c.toString());
    }

    @Test
    void aSweepHasOneRowPerRunAndOnePerPointWithRecordedSeeds() throws IOException {
        CsvTable summary = CsvTable.read(straight.resolve("summary.csv"));
        assertEquals(4, summary.size());
        assertEquals(List.of("0", "0", "1", "1"), texts(summary, "pathways.compensation.strength"));
        assertEquals(List.of("2943141365045522086", "6225248414607887957", "941189423828608865"),
                texts(summary, "seed").subList(0, 3), "run i has seed Seeds.forRun(base seed, i)");
        CsvTable aggregate = CsvTable.read(straight.resolve("aggregate.csv"));
        assertEquals(2, aggregate.size());
        double[] strongly = summary.numbers("shareStronglyLonely");
        assertEquals((strongly[0] + strongly[1]) / 2, aggregate.numbers("shareStronglyLonelyMean")[0], 1e-6);
        assertTrue(aggregate.numbers("shareStronglyLonelyLow")[0] <= aggregate.numbers("shareStronglyLonelyMean")[0]);
        String manifest = Files.readString(straight.resolve("runs/run-00003/manifest.json"));
        assertTrue(manifest.contains("\"set:pathways.compensation.strength\" : \"1\""), manifest);
        assertTrue(manifest.contains("\"replication\" : \"1\""), manifest);
    }

    @Test
    void withCommonSeedsRunsBranchFromTheirReplicationsBurnInAndWriteWhatTheyWouldAlone(@TempDir Path tmp)
            throws IOException {
        String[] world = {"--set", "population.size=300", "--set", "burnIn=30d", "--set", "interventions[0].start=3d",
            "--days", "15", "--no-report"};
        List<String> args = new ArrayList<>(List.of("sweep", "usage-cap", "--vary", "interventions[0].coverage=0.2,0.8",
                "--vary", "pathways.displacement.strength=0.5,1", "--replications", "2", "--common-seeds", "--out",
                tmp.resolve("common").toString()));
        args.addAll(Arrays.asList(world));
        Cli c = Cli.run(args.toArray(new String[0]));
        assertEquals(0, c.exitCode, c.toString());
        // Two displacement strengths are two worlds; coverage acts after the burn-in: 2 worlds x 2 replications.
        assertTrue(c.out.contains("4 burn-ins shared by those 8 runs"), c.out);
        CsvTable summary = CsvTable.read(tmp.resolve("common/summary.csv"));
        List<String> seeds = texts(summary, "seed");
        assertEquals(8, seeds.size());
        for (int run = 0; run < 8; run++) {
            assertEquals(seeds.get(run % 2), seeds.get(run), "replication " + run % 2 + " has one seed at every point");
        }
        assertTrue(!seeds.get(0).equals(seeds.get(1)), "replications differ");
        // Run 5 is point 2 (coverage 0.8, displacement 0.5), replication 1: branched from the burn-in it shares
        // with point 0. Run alone with its values and seed, it writes the same files, byte for byte.
        List<String> alone = new ArrayList<>(List.of("run", "usage-cap", "--set", "interventions[0].coverage=0.8",
                "--set", "pathways.displacement.strength=0.5", "--seed", seeds.get(5), "--out",
                tmp.resolve("alone").toString(), "-q"));
        alone.addAll(Arrays.asList(world));
        Cli a = Cli.run(alone.toArray(new String[0]));
        assertEquals(0, a.exitCode, a.toString());
        Path single;
        try (var list = Files.list(tmp.resolve("alone"))) {
            single = list.findFirst().orElseThrow();
        }
        for (String file : List.of("timeseries.csv", "ledger.csv", "events.csv")) {
            assertArrayEquals(bytes(single.resolve(file)), bytes(tmp.resolve("common/runs/run-00005/" + file)), file);
        }
        assertTrue(Files.readString(tmp.resolve("common/plan.json")).contains("\"commonSeeds\" : true"));
        assertFalse(Files.readString(straight.resolve("plan.json")).contains("commonSeeds"),
                "plans without common seeds read as before");
    }

    @Test
    void aSweepKilledPartWayAndRunAgainEndsWithTheSameTables(@TempDir Path tmp) throws IOException {
        Path killed = tmp.resolve("killed");
        assertEquals(0, sweep(killed, "--no-report").exitCode);
        // As a kill leaves it: two runs never finished, one of them half-written in its hidden
        // temporary folder, and the tables not yet rewritten.
        ResultsFolder.deleteTree(killed.resolve("runs/run-00001"));
        ResultsFolder.deleteTree(killed.resolve("runs/run-00002"));
        Path partial = Files.createDirectories(killed.resolve("runs/.run-00001.partial-123"));
        Files.writeString(partial.resolve("timeseries.csv"), "day,shareNotLonely\n0,0.5");
        Files.delete(killed.resolve("aggregate.csv"));
        Files.writeString(killed.resolve("summary.csv"), "run,point\n0,0\n");

        Cli again = sweep(killed, "--no-report");
        assertEquals(0, again.exitCode, again.toString());
        assertFalse(Files.exists(partial), "the half-written run is cleared away");
        assertArrayEquals(bytes(straight.resolve("summary.csv")), bytes(killed.resolve("summary.csv")));
        assertArrayEquals(bytes(straight.resolve("aggregate.csv")), bytes(killed.resolve("aggregate.csv")));

        Cli loud = Cli.run(withoutQuiet(killed));
        assertTrue(loud.out.contains("0 of 0 runs finished now (4 were done before); 4 of 4 in the folder"), loud.out);
    }

    private static String[] withoutQuiet(Path out) {
        List<String> args = new ArrayList<>(Arrays.asList(SWEEP));
        args.remove("-q");
        args.addAll(List.of("--out", out.toString(), "--no-report"));
        return args.toArray(new String[0]);
    }

    @Test
    void threeShardsMergedEqualTheSweepRunWhole(@TempDir Path tmp) throws IOException {
        List<String> merge = new ArrayList<>(List.of("merge"));
        for (int i = 1; i <= 3; i++) {
            Path shard = tmp.resolve("shard-" + i);
            Cli c = sweep(shard, "--shard", i + "/3");
            assertEquals(0, c.exitCode, c.toString());
            assertFalse(Files.exists(shard.resolve("report.html")), "a shard leaves the report to the merge");
            merge.add(shard.toString());
        }
        assertTrue(Files.exists(tmp.resolve("shard-1/runs/run-00003")) && !Files.exists(tmp.resolve("shard-1/runs/run-00001")),
                "shard 1/3 runs 0 and 3");
        Path merged = tmp.resolve("merged");
        merge.addAll(List.of("--out", merged.toString(), "-q"));
        Cli m = Cli.run(merge.toArray(new String[0]));
        assertEquals(0, m.exitCode, m.toString());
        assertArrayEquals(bytes(straight.resolve("summary.csv")), bytes(merged.resolve("summary.csv")));
        assertArrayEquals(bytes(straight.resolve("aggregate.csv")), bytes(merged.resolve("aggregate.csv")));
        for (int run = 0; run < 4; run++) {
            String ts = "runs/run-0000" + run + "/timeseries.csv";
            assertArrayEquals(bytes(straight.resolve(ts)), bytes(merged.resolve(ts)), ts);
        }
        assertTrue(Files.exists(merged.resolve("report.html")), "the merge draws the sweep's report");
    }

    @Test
    void mergingShardsOfDifferentSweepsIsRefused(@TempDir Path tmp) {
        Path other = tmp.resolve("other");
        List<String> args = new ArrayList<>(Arrays.asList(SWEEP));
        args.set(3, "pathways.compensation.strength=0,2");
        args.addAll(List.of("--out", other.toString(), "--shard", "1/4", "--no-report"));
        assertEquals(0, Cli.run(args.toArray(new String[0])).exitCode);
        Cli m = Cli.run("merge", straight.toString(), other.toString(), "--out", tmp.resolve("m").toString());
        assertEquals(2, m.exitCode, m.toString());
        assertTrue(m.err.contains(other + " is a different sweep"), m.err);
    }

    @Test
    void runsAtOnceAndThreadsPerRunDoNotChangeResults(@TempDir Path tmp) throws IOException {
        Path one = tmp.resolve("one");
        assertEquals(0, sweep(one, "--parallel", "1", "--threads", "1", "--no-report").exitCode);
        Path four = tmp.resolve("four");
        assertEquals(0, sweep(four, "--parallel", "4", "--threads", "4", "--no-report").exitCode);
        assertArrayEquals(bytes(straight.resolve("summary.csv")), bytes(one.resolve("summary.csv")));
        assertArrayEquals(bytes(straight.resolve("summary.csv")), bytes(four.resolve("summary.csv")));
    }

    @Test
    void aFolderHoldingAnotherSweepIsLeftAloneUnlessForced(@TempDir Path tmp) throws IOException {
        Path folder = tmp.resolve("f");
        assertEquals(0, sweep(folder, "--shard", "1/4", "--no-report").exitCode);
        List<String> args = new ArrayList<>(Arrays.asList(SWEEP));
        args.set(5, "3");
        args.addAll(List.of("--out", folder.toString(), "--shard", "1/6", "--no-report"));
        Cli c = Cli.run(args.toArray(new String[0]));
        assertEquals(2, c.exitCode, c.toString());
        assertTrue(c.err.contains("holds a different sweep"), c.err);
        assertTrue(c.err.contains("--force"), c.err);
        assertTrue(Files.exists(folder.resolve("runs/run-00000/manifest.json")), "nothing was deleted");
        args.add("--force");
        Files.writeString(folder.resolve("runs/run-00000/my-analysis.R"), "read.csv('timeseries.csv')");
        Cli foreign = Cli.run(args.toArray(new String[0]));
        assertEquals(2, foreign.exitCode, foreign.toString());
        assertTrue(foreign.err.contains("my-analysis.R") && foreign.err.contains("nothing was deleted"), foreign.err);
        assertTrue(Files.exists(folder.resolve("runs/run-00000/my-analysis.R")));
        Files.delete(folder.resolve("runs/run-00000/my-analysis.R"));
        Cli forced = Cli.run(args.toArray(new String[0]));
        assertEquals(0, forced.exitCode, forced.toString());
        assertTrue(Files.readString(folder.resolve("plan.json")).contains("\"replications\" : 3"));
    }

    @Test
    void aValueListedTwiceIsRefusedBeforeAnyRun(@TempDir Path tmp) throws IOException {
        Path folder = tmp.resolve("dup");
        Cli c = Cli.run("sweep", "quickstart", "--vary", "population.size=100,100.0", "--out", folder.toString());
        assertEquals(2, c.exitCode, c.toString());
        assertTrue(c.err.contains("population.size: lists 100.0 twice"), c.err);
        assertFalse(Files.exists(folder), "no run was started");
        Path yaml = Files.writeString(tmp.resolve("dup.yaml"), "name: dup\nexperiment:\n"
                + "  vary:\n    - key: population.size\n      values: [100, 200, 100]\n");
        Cli fromFile = Cli.run("validate", yaml.toString());
        assertEquals(2, fromFile.exitCode, fromFile.toString());
        assertTrue(fromFile.err.contains("experiment.vary[0].values: lists 100 twice"), fromFile.err);
    }

    @Test
    void badVaryAndShardOptionsAreNamed() {
        Cli noValues = Cli.run("sweep", "quickstart", "--vary", "pathways.compensation.strength");
        assertEquals(2, noValues.exitCode, noValues.toString());
        assertTrue(noValues.err.contains("--vary pathways.compensation.strength: write KEY=V1,V2,..."), noValues.err);

        Cli badValue = Cli.run("sweep", "quickstart", "--vary", "population.size=100,lots");
        assertEquals(2, badValue.exitCode, badValue.toString());
        assertTrue(badValue.err.contains("population.size"), badValue.err);
        assertTrue(badValue.err.contains("lots"), badValue.err);

        Cli badKey = Cli.run("sweep", "quickstart", "--vary", "pathways.compensaton.strength=0,1");
        assertEquals(2, badKey.exitCode, badKey.toString());
        assertTrue(badKey.err.contains("did you mean 'compensation'"), badKey.err);

        Cli shard = Cli.run("sweep", "quickstart", "--shard", "4/3");
        assertEquals(2, shard.exitCode, shard.toString());
        assertTrue(shard.err.contains("--shard must be I/N with 1 <= I <= N"), shard.err);
        for (Cli c : List.of(noValues, badValue, badKey, shard)) {
            assertFalse(c.err.contains("\tat "), c.err);
        }
    }

    @Test
    void valuesSplitOnCommasOutsideBrackets() {
        assertEquals(List.of("0", "0.5", "1"), SweepCommand.splitValues("0, 0.5,1"));
        assertEquals(List.of("[1, 2]", "{a: 1, b: 2}", "3"), SweepCommand.splitValues("[1, 2],{a: 1, b: 2},3"));
    }

    @Test
    void aSlurmTimeLimitSlurmWouldNotReadIsRefusedAndNoScriptWritten(@TempDir Path tmp) {
        Path script = tmp.resolve("s.sbatch");
        Cli banana = Cli.run("sweep", "quickstart", "--vary", "population.size=100,200", "--emit-slurm",
                script.toString(), "--slurm-time", "banana");
        assertEquals(2, banana.exitCode, banana.toString());
        assertTrue(banana.err.contains("--slurm-time banana: not a SLURM time limit"), banana.err);
        assertFalse(Files.exists(script));
        for (String ok : new String[] {"90", "12:00:00", "1-00:00:00", "2-12"}) {
            Cli c = Cli.run("sweep", "quickstart", "--vary", "population.size=100,200", "--emit-slurm",
                    script.toString(), "--slurm-time", ok);
            assertEquals(0, c.exitCode, ok + ": " + c);
        }
    }

    @Test
    void anOutThatIsAFileIsNamedAsSuch(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "mine");
        Cli c = Cli.run("sweep", "quickstart", "--vary", "population.size=100,200", "--days", "3", "--out",
                file.toString());
        assertEquals(2, c.exitCode, c.toString());
        assertTrue(c.err.contains("--out " + file + " is a file"), c.err);
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void aFinishedSweepPrintsTheKeyFiguresOfEachPoint(@TempDir Path tmp) {
        Cli c = Cli.run("sweep", "quickstart", "--vary", "population.size=300,500", "--replications", "2", "--days",
                "5", "--set", "burnIn=10d", "--out", tmp.resolve("s").toString(), "--no-report");
        assertEquals(0, c.exitCode, c.toString());
        assertTrue(c.out.contains("population.size") && c.out.contains("strongly lonely (%)")
                && c.out.contains("social media (min/day)"), c.out);
        assertTrue(c.out.lines().anyMatch(l -> l.strip().startsWith("300 ")), c.out);
        assertTrue(c.out.lines().anyMatch(l -> l.strip().startsWith("500 ")), c.out);
    }
}
