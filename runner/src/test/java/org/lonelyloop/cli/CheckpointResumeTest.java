package org.lonelyloop.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lonelyloop.experiment.CheckpointSeal;
import org.lonelyloop.experiment.PendingRun;
import org.lonelyloop.experiment.SimulationRun;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.scenario.Scenario;
import org.lonelyloop.scenario.ScenarioLoader;
import org.lonelyloop.scenario.ScenarioSource;

/**
 * A long run stopped the hard way (its process killed from outside, as Ctrl-C or a cluster's time
 * limit does) and finished with {@code resume} gives the files of a run that never stopped.
 */
class CheckpointResumeTest {
    private static final List<String> RUN = List.of("run", "quickstart", "--days", "400", "--seed", "5",
            "--set", "population.size=20000", "--set", "burnIn=30d", "--set", "panel.size=400", "--set", "panel.every=50d",
            "--set", "panel.attrition=0.1", "--threads", "2", "--no-report", "-q");

    private static Path only(Path base, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(base)) {
            List<Path> found = s.filter(p -> p.getFileName().toString().endsWith(suffix)).collect(Collectors.toList());
            assertEquals(1, found.size(), "one folder ending " + suffix + " in " + base + ": " + found);
            return found.get(0);
        }
    }

    private static Path anyCheckpoint(Path base) throws IOException {
        if (!Files.isDirectory(base)) {
            return null;
        }
        try (Stream<Path> s = Files.walk(base)) {
            return s.filter(p -> p.toString().endsWith(".ckpt")).findFirst().orElse(null);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Test
    void aKilledRunResumedFromItsCheckpointEqualsOneThatNeverStopped(@TempDir Path tmp) throws Exception {
        Path unfinished = killedAtFirstCheckpoint(tmp, RUN, "50d");
        Path killedOut = unfinished.getParent();
        String err = Files.readString(tmp.resolve("stderr.txt"), StandardCharsets.UTF_8);
        assertTrue(err.contains("interrupted; finish the run from its last checkpoint with: lonelyloop resume "
                + unfinished), err);
        assertFalse(err.contains("\tat "), err);
        // The run record keeps the scenario as run, --set values included, readable as plain JSON.
        com.fasterxml.jackson.databind.JsonNode kept = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(unfinished.resolve(PendingRun.FILE).toFile()).get("scenario");
        assertEquals("quickstart", kept.get("name").asText());
        assertEquals(20000, kept.get("population").get("size").asInt());
        assertEquals(400, kept.get("panel").get("size").asInt());

        Cli resumed = Cli.run("resume", unfinished.toString(), "--no-report", "-q");
        assertEquals(0, resumed.exitCode, resumed.toString());
        assertFalse(Files.exists(unfinished), "the unfinished folder became the results folder");
        Path finished = only(killedOut, "");

        Path straightOut = tmp.resolve("straight");
        List<String> straight = new java.util.ArrayList<>(RUN);
        straight.addAll(List.of("--out", straightOut.toString()));
        assertEquals(0, Cli.run(straight.toArray(new String[0])).exitCode);
        Path reference = only(straightOut, "");

        // The panel's waves fall on checkpoint days, so its remembered week must survive the stop.
        for (String file : List.of("timeseries.csv", "ledger.csv", "events.csv", "panel.csv")) {
            assertArrayEquals(Files.readAllBytes(reference.resolve(file)), Files.readAllBytes(finished.resolve(file)), file);
        }
        String manifest = Files.readString(finished.resolve("manifest.json"));
        assertTrue(manifest.contains("\"resumedFromDay\""), manifest);
        assertFalse(Files.exists(finished.resolve("checkpoints")), "checkpoints are removed once the run is done");
        assertFalse(Files.exists(finished.resolve(PendingRun.FILE)));
    }

    /** Starts {@code run} with checkpoints in a process of its own and kills it at its first checkpoint. */
    private static Path killedAtFirstCheckpoint(Path tmp, List<String> run, String every) throws Exception {
        Path killedOut = tmp.resolve("killed");
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(run);
        command.addAll(List.of("--checkpoint-every", every, "--out", killedOut.toString()));
        Path stderr = tmp.resolve("stderr.txt");
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(stderr.toFile())
                .redirectOutput(tmp.resolve("stdout.txt").toFile());
        // It must run its burn-in to be killed in it: a world the tests settled before would let it
        // skip the burn-in and finish before its first checkpoint.
        pb.environment().put("LONELYLOOP_CACHE", "off");
        Process p = pb.start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (anyCheckpoint(killedOut) == null && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(p.isAlive(), () -> "the run was still going when its first checkpoint appeared; it said: "
                + read(stderr));
        p.destroy(); // SIGTERM: the JVM's shutdown hooks run, as on Ctrl-C
        assertTrue(p.waitFor(1, TimeUnit.MINUTES));
        return only(killedOut, ".unfinished");
    }

    @Test
    void aRunKilledInItsBurnInResumesFromTheBurnInsCheckpoint(@TempDir Path tmp) throws Exception {
        // A long burn-in and a short record: the first checkpoints fall in the burn-in, and the kill
        // comes while the burn-in still runs.
        List<String> run = List.of("run", "quickstart", "--days", "20", "--seed", "8",
                "--set", "population.size=20000", "--set", "burnIn=150d", "--threads", "2", "--no-report", "-q");
        Path unfinished = killedAtFirstCheckpoint(tmp, run, "30d");
        Path checkpoint = org.lonelyloop.experiment.RunCheckpoint.latest(unfinished);
        assertTrue(checkpoint.getFileName().toString().matches("burn-in-(30|60|90|120)\\.ckpt"),
                "the run was killed in its burn-in: " + checkpoint);
        assertEquals("", Files.readString(unfinished.resolve("timeseries.csv")).lines().skip(1)
                .collect(Collectors.joining()), "nothing is recorded in the burn-in");

        Cli resumed = Cli.run("resume", checkpoint.toString(), "--threads", "1", "--no-report", "-q");
        assertEquals(0, resumed.exitCode, resumed.toString());
        Path finished = only(tmp.resolve("killed"), "");

        Path straightOut = tmp.resolve("straight");
        List<String> straight = new java.util.ArrayList<>(run);
        straight.addAll(List.of("--out", straightOut.toString()));
        assertEquals(0, Cli.run(straight.toArray(new String[0])).exitCode);
        Path reference = only(straightOut, "");
        for (String file : List.of("timeseries.csv", "ledger.csv", "events.csv")) {
            assertArrayEquals(Files.readAllBytes(reference.resolve(file)), Files.readAllBytes(finished.resolve(file)), file);
        }
        int done = Integer.parseInt(checkpoint.getFileName().toString().replaceAll("\\D", ""));
        assertTrue(Files.readString(finished.resolve("manifest.json")).contains(
                "\"resumedFromDay\" : \"" + (done - 150) + "\""), "resumed " + (150 - done) + " days before recording");
    }

    /** An unfinished folder as a run with checkpoints leaves it, holding the given checkpoint bytes. */
    private static Path unfinishedWith(Path tmp, byte[] checkpoint) throws IOException {
        Path work = Files.createDirectories(tmp.resolve("x.unfinished/checkpoints"));
        new PendingRun(tmp.resolve("x").toString(), List.of("quickstart"), List.of(), 1, 50, "2026-11-22T08:00:00Z",
                org.lonelyloop.scenario.ScenarioYaml.toTree(org.lonelyloop.scenario.Scenario.defaults()))
                .write(work.getParent());
        Files.write(work.resolve("day-50.ckpt"), checkpoint);
        Files.writeString(work.getParent().resolve("timeseries.csv"), "day,shareNotLonely\n0,0.6\n");
        // Sealed as a real run seals it, so that what is tested is the checkpoint's content.
        CheckpointSeal.write(work.resolve("day-50.lengths"), work.getParent(), List.of("timeseries.csv"),
                work.resolve("day-50.ckpt"), java.util.Map.of());
        return work.getParent();
    }

    @Test
    void aCheckpointHoldingAForeignClassIsRefusedBeforeAnythingIsBuilt(@TempDir Path tmp) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream zip = new GZIPOutputStream(bytes); ObjectOutputStream o = new ObjectOutputStream(zip)) {
            // The carrier of a well-known deserialisation gadget chain.
            PriorityQueue<String> q = new PriorityQueue<>();
            q.add("harmless here");
            o.writeObject(q);
        }
        Path work = unfinishedWith(tmp, bytes.toByteArray());
        Cli c = Cli.run("resume", work.toString());
        assertEquals(2, c.exitCode, c.toString());
        assertTrue(c.err.contains("day-50.ckpt was refused: checkpoint refused: it holds a class LonelyLoop does not "
                + "load from checkpoints (java.util.PriorityQueue)"), c.err);
        assertFalse(c.err.contains("\tat "), c.err);
        assertEquals("day,shareNotLonely\n0,0.6\n", Files.readString(work.resolve("timeseries.csv")),
                "nothing already written is touched");
    }

    @Test
    void aDamagedCheckpointIsNamedAndTheFolderKept(@TempDir Path tmp) throws IOException {
        Path work = unfinishedWith(tmp, "not a checkpoint".getBytes(StandardCharsets.UTF_8));
        Cli c = Cli.run("resume", work.toString());
        assertEquals(2, c.exitCode, c.toString());
        assertTrue(c.err.contains("day-50.ckpt cannot be read as a LonelyLoop checkpoint: it is not a compressed checkpoint"), c.err);
        assertTrue(Files.exists(work.resolve("checkpoints/day-50.ckpt")));
    }

    /** The gzipped serialisation of a small real model, as a run's checkpoint holds it. */
    private static byte[] realCheckpoint() throws Exception {
        Scenario s = ScenarioLoader.load(ScenarioSource.bundled("quickstart"), List.of("population.size=50")).scenario();
        org.lonelyloop.model.LonelyLoop model = org.lonelyloop.model.LonelyLoop.create(s.model(), 3, 1);
        model.start();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.lonelyloop.model.Checkpoint.write(model, out);
        model.finish();
        return out.toByteArray();
    }

    private static void resumeSays(Path tmp, byte[] checkpoint, String expected) throws IOException {
        Path work = unfinishedWith(tmp, checkpoint);
        Cli c = Cli.run("resume", work.toString());
        assertEquals(2, c.exitCode, c.toString());
        assertTrue(c.err.contains("day-50.ckpt cannot be read as a LonelyLoop checkpoint: " + expected), c.err);
        assertFalse(c.err.contains("Exception") || c.err.contains("\tat "), c.err);
        assertTrue(Files.exists(work.resolve("checkpoints/day-50.ckpt")), "the checkpoint is kept");
    }

    @Test
    void aCheckpointCutShortSaysSo(@TempDir Path tmp) throws Exception {
        byte[] whole = realCheckpoint();
        resumeSays(tmp, java.util.Arrays.copyOf(whole, whole.length / 2), "it ends early");
    }

    @Test
    void aCheckpointWithDamagedContentSaysSo(@TempDir Path tmp) throws Exception {
        // Damage the serialised stream itself (inside a valid gzip), as a bad sector copied across would.
        byte[] raw;
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(
                new java.io.ByteArrayInputStream(realCheckpoint()))) {
            raw = in.readAllBytes();
        }
        for (int i = 0; i < 8; i++) {
            raw[i] = (byte) 0x7E; // the stream header and the first type codes
        }
        java.io.ByteArrayOutputStream damaged = new java.io.ByteArrayOutputStream();
        try (OutputStream zip = new GZIPOutputStream(damaged)) {
            zip.write(raw);
        }
        resumeSays(tmp, damaged.toByteArray(), "its content is damaged");
    }

    @Test
    void resumingSomethingThatIsNoCheckpointSaysWhat(@TempDir Path tmp) throws IOException {
        Cli missing = Cli.run("resume", tmp.resolve("nope").toString());
        assertEquals(2, missing.exitCode);
        assertTrue(missing.err.contains("no such checkpoint or folder: " + tmp.resolve("nope")), missing.err);
        Cli empty = Cli.run("resume", tmp.toString());
        assertEquals(2, empty.exitCode);
        assertTrue(empty.err.contains(tmp + " holds no checkpoint"), empty.err);
    }

    /** A small run stopped after its checkpoint at day 6, as a crash leaves it. */
    private static Path stoppedRun(Path tmp) throws Exception {
        Scenario s = ScenarioLoader.load(ScenarioSource.bundled("quickstart"),
                List.of("population.size=300", "burnIn=10d", "duration=10d")).scenario();
        Path work = Files.createDirectories(tmp.resolve("run.unfinished"));
        new PendingRun(tmp.resolve("run").toString(), List.of("quickstart"), List.of(), 1, 6, "2026-11-22T08:00:00Z",
                org.lonelyloop.scenario.ScenarioYaml.toTree(s))
                .write(work);
        SimulationRun.start(s, 11, work, new SimulationRun.Options(1, Days.of(6), null));
        assertTrue(Files.exists(work.resolve("checkpoints/day-6.ckpt")), "the checkpoint after six recorded days");
        return work;
    }

    /** Every file under {@code root} with its bytes, to show that nothing was touched. */
    private static java.util.Map<String, String> snapshot(Path root) throws IOException {
        java.util.Map<String, String> all = new java.util.TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
                all.put(root.relativize(p).toString(), java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return all;
    }

    private static Cli refusedUntouched(Path work, String expected) throws IOException {
        java.util.Map<String, String> before = snapshot(work);
        Cli c = Cli.run("resume", work.toString(), "-q", "--no-report");
        assertEquals(2, c.exitCode, c.toString());
        assertTrue(c.err.contains(expected), c.err);
        assertTrue(c.err.contains("nothing was changed"), c.err);
        assertFalse(c.err.contains("\tat "), c.err);
        assertEquals(before, snapshot(work), "every file, checkpoints included, is as it was");
        return c;
    }

    @Test
    void anEditedLengthsFileIsRefusedBeforeAnythingIsTouched(@TempDir Path tmp) throws Exception {
        Path work = stoppedRun(tmp);
        Path lengths = work.resolve("checkpoints/day-6.lengths");
        String text = Files.readString(lengths);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("timeseries\\.csv=(\\d+)").matcher(text);
        assertTrue(m.find(), text);
        long shorter = Long.parseLong(m.group(1)) - 40;
        Files.writeString(lengths, m.replaceFirst("timeseries.csv=" + shorter));
        refusedUntouched(work, "checkpoints/day-6.lengths was edited or damaged");
    }

    @Test
    void anOutputCutShorterThanTheCheckpointIsRefusedAndTheRunStaysResumable(@TempDir Path tmp) throws Exception {
        Path work = stoppedRun(tmp);
        Path ts = work.resolve("timeseries.csv");
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(ts,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.truncate(Files.size(ts) / 2);
        }
        refusedUntouched(work, ts + " is shorter");
        assertTrue(Files.exists(work.resolve(PendingRun.FILE)));
    }

    @Test
    void anOutputEditedBeforeTheCheckpointIsRefused(@TempDir Path tmp) throws Exception {
        Path work = stoppedRun(tmp);
        Path ts = work.resolve("timeseries.csv");
        byte[] bytes = Files.readAllBytes(ts);
        bytes[bytes.length / 3] = (byte) (bytes[bytes.length / 3] == '1' ? '2' : '1');
        Files.write(ts, bytes);
        refusedUntouched(work, ts + " (its first");
    }

    @Test
    void aSealedStoppedRunResumesToTheSameFilesAsOneThatNeverStopped(@TempDir Path tmp) throws Exception {
        Path work = stoppedRun(tmp);
        // The crash came after the checkpoint: rows past it are cut back.
        Files.writeString(work.resolve("timeseries.csv"), "99,half a row", java.nio.file.StandardOpenOption.APPEND);
        Cli c = Cli.run("resume", work.toString(), "-q", "--no-report");
        assertEquals(0, c.exitCode, c.toString());
        Path done = tmp.resolve("run");
        Scenario s = ScenarioLoader.load(ScenarioSource.bundled("quickstart"),
                List.of("population.size=300", "burnIn=10d", "duration=10d")).scenario();
        Path straight = Files.createDirectories(tmp.resolve("straight"));
        SimulationRun.start(s, 11, straight, new SimulationRun.Options(1, null, null));
        for (String file : List.of("timeseries.csv", "ledger.csv", "events.csv")) {
            assertArrayEquals(Files.readAllBytes(straight.resolve(file)), Files.readAllBytes(done.resolve(file)), file);
        }
        assertFalse(Files.exists(done.resolve("checkpoints")));
    }

    @Test
    void aFileThatIsNoCheckpointIsNamedAsSuch(@TempDir Path tmp) throws IOException {
        Path yaml = Files.writeString(tmp.resolve("x.yaml"), "name: x\n");
        Cli c = Cli.run("resume", yaml.toString());
        assertEquals(2, c.exitCode, c.toString());
        assertTrue(c.err.contains(yaml + " is not a checkpoint"), c.err);
    }
}
