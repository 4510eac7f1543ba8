package org.lonelyloop.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.scenario.Scenario;
import org.lonelyloop.scenario.ScenarioException;
import org.lonelyloop.scenario.ScenarioLoader;

/**
 * Settled worlds kept on disk give the same bytes as a fresh start, are shared by every scenario of
 * the same world, survive damage and two processes at once, and keep to their size bound.
 */
class SettledWorldsTest {
    private static Scenario small() throws ScenarioException {
        return ScenarioLoader.override(Scenario.defaults(), List.of("population.size=300", "burnIn=40d", "duration=20d",
                "outputs.every=1d", "outputs.snapshots=[19d]", "seed=23",
                "interventions=[{type: usage-cap, limits: [30m], start: 5d}]"));
    }

    private static Path run(Scenario s, Path folder, SettledWorlds worlds, int threads) throws IOException {
        Files.createDirectories(folder);
        SimulationRun.start(s, s.seed(), folder, new SimulationRun.Options(threads, null, null, worlds));
        return folder;
    }

    private static List<Path> entries(Path cache) throws IOException {
        if (!Files.isDirectory(cache.resolve("worlds"))) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(cache.resolve("worlds"))) {
            return s.sorted().toList();
        }
    }

    private static void sameFiles(Path a, Path b) throws IOException {
        for (String f : List.of("timeseries.csv", "agents.csv", "ledger.csv", "events.csv", "ties.csv")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
    }

    @Test
    void aRunFromAKeptWorldWritesTheBytesAFreshRunWrites(@TempDir Path tmp) throws Exception {
        Scenario s = small();
        SettledWorlds worlds = SettledWorlds.in(tmp.resolve("cache"), SettledWorlds.DEFAULT_MAX_BYTES);
        Path fresh = run(s, tmp.resolve("fresh"), SettledWorlds.off(), 1);
        assertEquals(List.of(), entries(tmp.resolve("cache")));
        Path cold = run(s, tmp.resolve("cold"), worlds, 2);
        assertEquals(1, entries(tmp.resolve("cache")).size(), "the world was kept");
        LonelyLoop kept = worlds.cached(s, s.seed(), 1);
        assertNotNull(kept);
        assertEquals(0, kept.day(), "kept at the end of its burn-in");
        Path warm = run(s, tmp.resolve("warm"), worlds, 1);
        sameFiles(fresh, cold);
        sameFiles(fresh, warm);
        // Another intervention, the same world: the kept one serves it, and it runs as a fresh run would.
        Scenario other = ScenarioLoader.override(s, List.of("interventions=[{type: phone-off, start: 3d}]"));
        assertEquals(SettledWorlds.key(s.model()), SettledWorlds.key(other.model()));
        sameFiles(run(other, tmp.resolve("other-fresh"), SettledWorlds.off(), 1),
                run(other, tmp.resolve("other-warm"), worlds, 2));
        assertEquals(1, entries(tmp.resolve("cache")).size());
        // Another world or another seed is another entry.
        assertNotEquals(SettledWorlds.key(s.model()), SettledWorlds.key(ScenarioLoader.override(s,
                List.of("pathways.compensation.strength=0.5")).model()));
        assertNotEquals(SettledWorlds.key(s.model()), SettledWorlds.key(s.withSeed(24).model()));
    }

    @Test
    void armsFromKeptWorldsAreTheArmsOfFreshOnes(@TempDir Path tmp) throws Exception {
        Scenario s = small();
        List<Arms.Arm> arms = List.of(new Arms.Arm("with", s), new Arms.Arm("without", s.withInterventions(List.of())));
        SettledWorlds worlds = SettledWorlds.in(tmp, SettledWorlds.DEFAULT_MAX_BYTES);
        Arms.Outcome fresh = Arms.run(arms, 2, 1, 1, null);
        Arms.Outcome cold = Arms.run(arms, 2, 2, 1, null, null, worlds);
        assertEquals(2, entries(tmp).size(), "a world per replication's seed");
        Arms.Outcome warm = Arms.run(arms, 2, 1, 2, null, null, worlds);
        for (int r = 0; r < 2; r++) {
            for (int a = 0; a < 2; a++) {
                assertTrue(Arms.identical(fresh.runs().get(r).get(a), cold.runs().get(r).get(a)));
                assertTrue(Arms.identical(fresh.runs().get(r).get(a), warm.runs().get(r).get(a)));
            }
        }
    }

    @Test
    void aDamagedEntryIsSettledAgain(@TempDir Path tmp) throws Exception {
        Scenario s = small();
        SettledWorlds worlds = SettledWorlds.in(tmp.resolve("cache"), SettledWorlds.DEFAULT_MAX_BYTES);
        Path fresh = run(s, tmp.resolve("fresh"), worlds, 1);
        Path entry = entries(tmp.resolve("cache")).get(0);
        byte[] whole = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertNull(worlds.cached(s, s.seed(), 1), "cut short: not read");
        assertFalse(Files.exists(entry), "and removed");
        sameFiles(fresh, run(s, tmp.resolve("again"), worlds, 1));
        assertArrayEquals(whole, Files.readAllBytes(entry), "settled again, the same world");
        whole[whole.length / 2] ^= 0x5A;
        Files.write(entry, whole);
        sameFiles(fresh, run(s, tmp.resolve("flipped"), worlds, 2));
    }

    @Test
    void twoAtOnceLeaveOneWholeEntryAndNoTemporaryFiles(@TempDir Path tmp) throws Exception {
        Scenario s = small();
        SettledWorlds worlds = SettledWorlds.in(tmp, SettledWorlds.DEFAULT_MAX_BYTES);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<LonelyLoop> a = pool.submit(() -> worlds.settle(s, s.seed(), 1));
            Future<LonelyLoop> b = pool.submit(() -> worlds.settle(s, s.seed(), 1));
            assertTrue(Arms.identical(Arms.record(a.get()), Arms.record(b.get())));
        } finally {
            pool.shutdown();
        }
        List<Path> left = entries(tmp);
        assertEquals(1, left.size(), left.toString());
        assertTrue(left.get(0).getFileName().toString().endsWith(".world"));
        assertNotNull(worlds.cached(s, s.seed(), 1));
    }

    @Test
    void theCacheKeepsToItsBoundDroppingTheWorldUsedLongestAgo(@TempDir Path tmp) throws Exception {
        Scenario s = small();
        SettledWorlds probe = SettledWorlds.in(tmp.resolve("probe"), SettledWorlds.DEFAULT_MAX_BYTES);
        probe.settle(s, s.seed(), 1);
        long one = Files.size(entries(tmp.resolve("probe")).get(0));
        SettledWorlds worlds = SettledWorlds.in(tmp.resolve("cache"), one + one / 2);
        worlds.settle(s, 1, 1);
        Path first = entries(tmp.resolve("cache")).get(0);
        Files.setLastModifiedTime(first, java.nio.file.attribute.FileTime.fromMillis(1_000_000));
        worlds.settle(s, 2, 1);
        List<Path> left = entries(tmp.resolve("cache"));
        assertEquals(1, left.size(), "room for one world");
        assertNotEquals(first, left.get(0), "the older one went");
        assertNotNull(worlds.cached(s, 2, 1));
        assertNull(worlds.cached(s, 1, 1));
        SettledWorlds tiny = SettledWorlds.in(tmp.resolve("tiny"), 1000);
        tiny.settle(s, 1, 1);
        assertEquals(List.of(), entries(tmp.resolve("tiny")), "a world larger than the bound is not kept");
    }

    @Test
    void sizesAreReadWithTheirUnits() {
        assertEquals(500L << 20, SettledWorlds.bytes("500m", "X"));
        assertEquals(4L << 30, SettledWorlds.bytes("4G", "X"));
        assertEquals(123, SettledWorlds.bytes("123", "X"));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> SettledWorlds.bytes("lots", "LONELYLOOP_CACHE_SIZE"));
        assertTrue(e.getMessage().contains("LONELYLOOP_CACHE_SIZE='lots' is not a size"), e.getMessage());
    }
}
