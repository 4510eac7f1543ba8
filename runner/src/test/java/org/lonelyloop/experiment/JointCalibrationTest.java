package org.lonelyloop.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lonelyloop.analysis.Targets;

/**
 * The joint search, with the simulation replaced by a function whose best point is known: it finds
 * the point, a stopped search goes on from its log to the same answer as one that never stopped,
 * and the misses are scaled as documented.
 */
class JointCalibrationTest {
    private static final List<JointCalibration.Parameter> PARAMETERS = List.of(
            new JointCalibration.Parameter("a", 0, 1), new JointCalibration.Parameter("b", -2, 2));
    /** Targets met exactly at a = 0.3, b = -0.8. */
    private static final List<Targets.Target> TARGETS = List.of(
            new Targets.Target("x", 0.3, new Targets.Tolerance(0.01, null, null, null), "test", "test"),
            new Targets.Target("y", 0.64, new Targets.Tolerance(null, 1.1, null, null), "test", "test"),
            new Targets.Target("z", 0.0, new Targets.Tolerance(null, null, null, 0.0), "test", "test"));

    private static JointCalibration.Evaluator function(AtomicInteger calls) {
        return v -> {
            calls.incrementAndGet();
            double a = v.get("a");
            double b = v.get("b");
            return Map.of("x", a, "y", b * b, "z", b + 0.8);
        };
    }

    @Test
    void findsTheKnownBestPointOfATestFunction(@TempDir Path tmp) throws Exception {
        JointCalibration.Result r = new JointCalibration(PARAMETERS, TARGETS, function(new AtomicInteger()),
                tmp.resolve("log.csv"), null).run(Map.of("a", 0.9, "b", 1.5), 400, 0.3, 7);
        assertEquals(0.3, r.best().get("a"), 0.01, r.toString());
        assertEquals(-0.8, r.best().get("b"), 0.03, r.toString());
        assertTrue(r.objective() < 0.05, r.toString());
    }

    @Test
    void aStoppedSearchGoesOnFromItsLogToTheSameAnswer(@TempDir Path tmp) throws Exception {
        AtomicInteger straightCalls = new AtomicInteger();
        JointCalibration.Result straight = new JointCalibration(PARAMETERS, TARGETS, function(straightCalls),
                tmp.resolve("straight.csv"), null).run(Map.of(), 120, 0.2, 11);
        Path log = tmp.resolve("stopped.csv");
        AtomicInteger calls = new AtomicInteger();
        new JointCalibration(PARAMETERS, TARGETS, function(calls), log, null).run(Map.of(), 50, 0.2, 11);
        int first = calls.get();
        assertEquals(first + 1, Files.readAllLines(log).size(), "every evaluation is in the log, after a header");
        JointCalibration.Result resumed = new JointCalibration(PARAMETERS, TARGETS, function(calls), log, null)
                .run(Map.of(), 120, 0.2, 11);
        assertEquals(straight.best(), resumed.best());
        assertEquals(straight.objective(), resumed.objective(), 0.0);
        assertEquals(straightCalls.get(), calls.get(), "nothing in the log was evaluated again");
        assertTrue(resumed.replayed() >= first, resumed.toString());
    }

    @Test
    void aGenerationEvaluatedOnSeveralWorkersTakesTheSequentialPathPointForPoint(@TempDir Path tmp) throws Exception {
        JointCalibration.Result one = new JointCalibration(PARAMETERS, TARGETS, function(new AtomicInteger()),
                tmp.resolve("one.csv"), null).run(Map.of("a", 0.9), 90, 0.25, 5);
        JointCalibration.Result four = new JointCalibration(PARAMETERS, TARGETS, function(new AtomicInteger()),
                tmp.resolve("four.csv"), null).run(Map.of("a", 0.9), 90, 0.25, 5, JointCalibration.Sharing.local(4));
        assertEquals(one, four);
        assertEquals(Files.readString(tmp.resolve("one.csv")), Files.readString(tmp.resolve("four.csv")),
                "the same evaluations, logged in the same order");
    }

    @Test
    void shardsSearchingInStepShareTheWorkAndAgreeWithOneProcess(@TempDir Path tmp) throws Exception {
        JointCalibration.Result alone = new JointCalibration(PARAMETERS, TARGETS, function(new AtomicInteger()),
                tmp.resolve("alone.csv"), null).run(Map.of(), 60, 0.2, 3);
        Path log = tmp.resolve("shared.csv");
        int shards = 3;
        AtomicInteger[] calls = new AtomicInteger[shards];
        java.util.concurrent.ExecutorService tasks = java.util.concurrent.Executors.newFixedThreadPool(shards);
        List<java.util.concurrent.Future<JointCalibration.Result>> results = new java.util.ArrayList<>();
        for (int s = 1; s <= shards; s++) {
            AtomicInteger c = calls[s - 1] = new AtomicInteger();
            JointCalibration.Sharing sharing = new JointCalibration.Sharing(1, s, shards, java.time.Duration.ofMillis(5));
            results.add(tasks.submit(() -> new JointCalibration(PARAMETERS, TARGETS, function(c), log, null)
                    .run(Map.of(), 60, 0.2, 3, sharing)));
        }
        for (java.util.concurrent.Future<JointCalibration.Result> r : results) {
            JointCalibration.Result got = r.get(2, java.util.concurrent.TimeUnit.MINUTES);
            assertEquals(alone.best(), got.best());
            assertEquals(alone.objective(), got.objective(), 0.0);
        }
        tasks.shutdown();
        int total = 0;
        for (int s = 1; s <= shards; s++) {
            total += calls[s - 1].get();
            assertTrue(calls[s - 1].get() > 0, "shard " + s + " evaluated its share");
            assertTrue(Files.exists(tmp.resolve("shared.shard-" + s + "-of-3.csv")));
        }
        assertEquals(Files.readAllLines(tmp.resolve("alone.csv")).size() - 1, total,
                "each point evaluated once, by one shard");
        AtomicInteger afterwards = new AtomicInteger();
        JointCalibration.Result onOneMachine = new JointCalibration(PARAMETERS, TARGETS, function(afterwards), log, null)
                .run(Map.of(), 60, 0.2, 3);
        assertEquals(0, afterwards.get(), "the same search on one machine reads the shards' logs");
        assertEquals(alone.best(), onOneMachine.best());
    }

    @Test
    void aShardThatNeverStartsIsTakenOverByTheOthers(@TempDir Path tmp) throws Exception {
        JointCalibration.Result alone = new JointCalibration(PARAMETERS, TARGETS, function(new AtomicInteger()),
                tmp.resolve("alone.csv"), null).run(Map.of(), 40, 0.2, 4);
        // Shard 3 of 3 is never run, as when a cluster runs array tasks one after another.
        JointCalibration.Sharing first = new JointCalibration.Sharing(1, 1, 3, java.time.Duration.ofMillis(2));
        JointCalibration.Result r = new JointCalibration(PARAMETERS, TARGETS, function(new AtomicInteger()),
                tmp.resolve("shared.csv"), null).run(Map.of(), 40, 0.2, 4, first);
        assertEquals(alone.best(), r.best());
        assertEquals(alone.objective(), r.objective(), 0.0);
    }

    @Test
    void aRowCutShortByAStopIsEvaluatedAgainAndTheLogStaysReadable(@TempDir Path tmp) throws Exception {
        Path log = tmp.resolve("log.csv");
        new JointCalibration(PARAMETERS, TARGETS, function(new AtomicInteger()), log, null).run(Map.of(), 20, 0.2, 9);
        String whole = Files.readString(log);
        Files.writeString(log, whole.substring(0, whole.length() - 7)); // the last row loses its end
        AtomicInteger again = new AtomicInteger();
        JointCalibration.Result r = new JointCalibration(PARAMETERS, TARGETS, function(again), log, null)
                .run(Map.of(), 20, 0.2, 9);
        assertEquals(1, again.get(), "only the damaged row is evaluated again");
        JointCalibration.Result straight = new JointCalibration(PARAMETERS, TARGETS, function(new AtomicInteger()),
                tmp.resolve("straight.csv"), null).run(Map.of(), 20, 0.2, 9);
        assertEquals(straight.best(), r.best());
        assertEquals(straight.objective(), r.objective(), 0.0);
        assertTrue(Files.readString(log).startsWith(whole.substring(0, whole.length() - 7) + "\n"),
                "the repeat starts a line of its own after the damaged row");
        AtomicInteger third = new AtomicInteger();
        new JointCalibration(PARAMETERS, TARGETS, function(third), log, null).run(Map.of(), 20, 0.2, 9);
        assertEquals(0, third.get(), "the log, damaged row and all, replays the whole search");
    }

    @Test
    void missesAreScaledByTheirTolerance() {
        Targets.Target abs = TARGETS.get(0);
        assertEquals(1.0, JointCalibration.miss(abs, 0.31), 1e-9, "one tolerance off costs 1");
        Targets.Target factor = TARGETS.get(1);
        assertEquals(1.0, JointCalibration.miss(factor, 0.64 * 1.1), 1e-9);
        Targets.Target interval = new Targets.Target("w", 0.05, new Targets.Tolerance(null, null, 0.0, 0.12), "t", "t");
        assertEquals(0.0, JointCalibration.miss(interval, 0.1), 0.0, "inside the interval costs nothing");
        assertEquals(1.0, JointCalibration.miss(interval, 0.18), 1e-9, "a half-width outside costs 1");
        assertEquals(10.0, JointCalibration.miss(abs, Double.NaN), 0.0);
    }

    @Test
    void aLogOfOtherParametersIsRefused(@TempDir Path tmp) throws Exception {
        Path log = tmp.resolve("log.csv");
        Files.writeString(log, "evaluation,c,d,objective\n1,0.1,0.2,3\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new JointCalibration(
                PARAMETERS, TARGETS, function(new AtomicInteger()), log, null).run(Map.of(), 10, 0.2, 1));
        assertTrue(e.getMessage().contains("calibration of other parameters"), e.getMessage());
    }

    @Test
    void aDocumentedRangeIsReadFromTheRecord() {
        JointCalibration.Parameter p = JointCalibration.Parameter.documented("pathways.compensation.strength");
        assertEquals(-5, p.low(), 0.0);
        assertEquals(5, p.high(), 0.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JointCalibration.Parameter.documented("pathways.compensaton.strength"));
        assertTrue(e.getMessage().contains("'compensaton' is not a key there"), e.getMessage());
    }
}
