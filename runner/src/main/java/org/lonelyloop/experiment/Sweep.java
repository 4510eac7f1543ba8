package org.lonelyloop.experiment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.lonelyloop.model.Checkpoint;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.RuntimeChanges;
import org.lonelyloop.output.Manifest;
import org.lonelyloop.output.Ownership;
import org.lonelyloop.output.ResultsFolder;
import org.lonelyloop.scenario.LoadedScenario;
import org.lonelyloop.scenario.Scenario;
import org.lonelyloop.scenario.ScenarioException;

/**
 * Runs the runs of a sweep (or of one shard of it) on the local cores, several at a time, each into
 * {@code runs/run-NNNNN/}, written atomically: a run folder that exists is complete, so an
 * interrupted sweep started again skips what is done. Then rebuilds summary.csv and aggregate.csv
 * from every finished run present.
 */
public final class Sweep {
    /**
     * How to run.
     *
     * @param shard         this shard, 1-based (1 of 1: everything)
     * @param shards        the number of shards
     * @param parallel      runs at once
     * @param threadsPerRun worker threads of each run
     * @param progress      where progress goes, or null
     * @param worlds        settled worlds to start runs from and keep
     */
    public record Options(int shard, int shards, int parallel, int threadsPerRun, StatusLine progress,
            SettledWorlds worlds) {
        /** Without a cache of settled worlds. */
        public Options(int shard, int shards, int parallel, int threadsPerRun, StatusLine progress) {
            this(shard, shards, parallel, threadsPerRun, progress, SettledWorlds.off());
        }
    }

    /**
     * What a sweep did: runs finished now, runs found finished before, failures, runs in the folder,
     * and burn-ins run (fewer than runs when runs branched from shared ones).
     */
    public record Outcome(int ran, int skipped, List<String> failures, int finishedInFolder, int burnIns) {
    }

    private Sweep() {
    }

    /**
     * Deletes {@code folder} if it holds a sweep other than {@code plan} (the user asked with --force),
     * but only when everything in it is LonelyLoop's.
     *
     * @throws org.lonelyloop.output.Ownership.NotOursException naming a file that would have been lost
     */
    public static void clearOther(Path folder, SweepPlan plan) throws IOException {
        if (Files.exists(folder.resolve(SweepPlan.FILE)) && !SweepPlan.read(folder).equals(plan)) {
            Ownership.requireOurs(folder);
            ResultsFolder.deleteTree(folder);
        }
    }

    /** Prepares {@code folder} for this plan: creates it, or checks an existing one holds the same sweep. */
    public static void prepare(Path folder, SweepPlan plan) throws IOException {
        Files.createDirectories(folder.resolve("runs"));
        if (Files.exists(folder.resolve(SweepPlan.FILE))) {
            SweepPlan existing = SweepPlan.read(folder);
            if (!existing.equals(plan)) {
                throw new IllegalStateException(folder + " holds a different sweep (its plan.json differs: scenario, "
                        + "varied values, replications or seed); choose another --out");
            }
        } else {
            plan.write(folder);
        }
        try (Stream<Path> stale = Files.list(folder.resolve("runs"))) {
            for (Path p : (Iterable<Path>) stale::iterator) {
                if (p.getFileName().toString().startsWith(".")) {
                    ResultsFolder.deleteTree(p);
                }
            }
        }
    }

    public static Outcome run(Scenario base, LoadedScenario loaded, SweepPlan plan, Path folder, Options o,
            String version, String commit) throws IOException, ScenarioException {
        prepare(folder, plan);
        List<Integer> todo = new ArrayList<>();
        int skipped = 0;
        for (int run = 0; run < plan.runs(); run++) {
            if (!SweepPlan.inShard(run, o.shard(), o.shards())) {
                continue;
            }
            if (Files.exists(folder.resolve("runs").resolve(SweepPlan.runFolder(run)).resolve(Manifest.FILE))) {
                skipped++;
            } else {
                todo.add(run);
            }
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (int run : todo) {
            scenarios.add(plan.scenarioOf(base, run));
        }
        AtomicInteger done = new AtomicInteger();
        int doneBefore = skipped;
        RemainingTime pace = new RemainingTime();
        List<String> failures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, o.parallel()));
        int burnInsRun = todo.size();
        try {
            List<Future<?>> futures = new ArrayList<>();
            // With common seeds, one burn-in per replication and world, saved once and branched for each run.
            SharedBurnIn[] sharedBy = new SharedBurnIn[todo.size()];
            if (plan.sharesSeeds()) {
                Map<List<Object>, SharedBurnIn> byWorld = new HashMap<>();
                for (int k = 0; k < todo.size(); k++) {
                    Scenario s = scenarios.get(k);
                    sharedBy[k] = byWorld.computeIfAbsent(s.worldKey(),
                            w -> SharedBurnIn.start(s, o.threadsPerRun(), o.worlds(), pool));
                    sharedBy[k].users.incrementAndGet();
                }
                burnInsRun = byWorld.size();
            }
            for (int k = 0; k < todo.size(); k++) {
                int run = todo.get(k);
                Scenario s = scenarios.get(k);
                SharedBurnIn shared = sharedBy[k];
                futures.add(submitAfter(pool, shared == null ? null : shared.ready, () -> {
                    try {
                        runOne(folder, plan, run, s, loaded, shared == null ? null : shared.state, o,
                                version, commit);
                    } finally {
                        if (shared != null) {
                            shared.release();
                        }
                    }
                    pace.finished(System.nanoTime());
                    report(o.progress(), base.name(), done.incrementAndGet(), todo.size(), doneBefore, pace);
                    return null;
                }));
            }
            for (int k = 0; k < futures.size(); k++) {
                try {
                    futures.get(k).get();
                } catch (ExecutionException e) {
                    Throwable c = e.getCause() instanceof CompletionException ce && ce.getCause() != null
                            ? ce.getCause() : e.getCause();
                    failures.add("run " + todo.get(k) + ": " + (c instanceof OutOfMemoryError
                            ? "out of memory; give Java more (LONELYLOOP_JAVA_OPTS=-Xmx...) or run fewer at once (--parallel)"
                            : c.getMessage() == null ? c.toString() : c.getMessage()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
        } finally {
            pool.shutdownNow();
            if (o.progress() != null) {
                o.progress().clear();
            }
        }
        int finished = SweepTables.write(folder, plan);
        return new Outcome(todo.size() - failures.size(), skipped, failures, finished, burnInsRun);
    }

    /**
     * Runs one point's replication into its folder: from its own start, or, with {@code settled},
     * branched from the saved end of the burn-in it shares with the other runs of its world.
     */
    private static void runOne(Path folder, SweepPlan plan, int run, Scenario s, LoadedScenario loaded,
            byte[] settled, Options o, String version, String commit) throws IOException {
        int threads = o.threadsPerRun();
        Path target = folder.resolve("runs").resolve(SweepPlan.runFolder(run));
        Instant begun = Instant.now();
        try (ResultsFolder out = ResultsFolder.at(target, false)) {
            SimulationRun.Options options = new SimulationRun.Options(threads, null, null, o.worlds());
            if (settled == null) {
                SimulationRun.start(s, plan.seedOf(run), out.work(), options);
            } else {
                LonelyLoop model = Checkpoint.read(new ByteArrayInputStream(settled));
                RuntimeChanges.of(model).branch(s.model());
                SimulationRun.branched(model, s, out.work(), options);
            }
            List<String> values = plan.valuesAt(plan.pointOf(run));
            java.util.Map<String, String> extra = new java.util.LinkedHashMap<>();
            extra.put("sweepRun", Integer.toString(run));
            extra.put("sweepPoint", Integer.toString(plan.pointOf(run)));
            extra.put("replication", Integer.toString(plan.replicationOf(run)));
            for (int k = 0; k < values.size(); k++) {
                extra.put("set:" + plan.vary().get(k).key(), values.get(k));
            }
            Manifest.write(out.work(), new LoadedScenario(s, loaded.sources(), loaded.overrides()), plan.seedOf(run),
                    threads, version, commit, begun, Instant.now(), Manifest.outputFiles(out.work()), extra);
            out.commit();
        }
    }

    /** A burn-in several runs branch from, kept in memory until the last of them has its copy. */
    private static final class SharedBurnIn {
        final AtomicInteger users = new AtomicInteger();
        CompletableFuture<Void> ready;
        volatile byte[] state;

        /** Begins the burn-in of {@code first}'s world on the pool. */
        static SharedBurnIn start(Scenario first, int threads, SettledWorlds worlds, ExecutorService pool) {
            SharedBurnIn b = new SharedBurnIn();
            b.ready = CompletableFuture.runAsync(() -> b.state = settle(first, first.seed(), threads, worlds), pool);
            return b;
        }

        void release() {
            if (users.decrementAndGet() == 0) {
                state = null;
            }
        }
    }

    /** The state at the end of the burn-in of {@code s}, saved as a checkpoint in memory. */
    private static byte[] settle(Scenario s, long seed, int threads, SettledWorlds worlds) {
        LonelyLoop model = worlds.settle(s, seed, threads);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Checkpoint.write(model, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("saving a burn-in in memory", e);
        } finally {
            model.finish();
        }
        return bytes.toByteArray();
    }

    /**
     * Submits {@code task} now, or once {@code before} has completed, so that no worker of the pool
     * ever waits for a burn-in another worker has still to run.
     */
    private static Future<Object> submitAfter(ExecutorService pool, CompletableFuture<?> before,
            Callable<Object> task) {
        if (before == null) {
            return pool.submit(task);
        }
        return before.thenApplyAsync(settled -> {
            try {
                return task.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, pool);
    }

    private static void report(StatusLine progress, String name, int done, int total, int skipped, RemainingTime pace) {
        if (progress == null) {
            return;
        }
        progress.show(() -> String.format(Locale.ROOT, "%s: %d of %d runs done%s, %s left", name, done, total,
                skipped > 0 ? " (" + skipped + " done before)" : "", ProgressBar.duration(pace.seconds(total - done))));
    }

    /** Combines the run folders of several shard folders of one sweep into {@code out}. */
    public static int merge(List<Path> shards, Path out) throws IOException {
        if (shards.isEmpty()) {
            throw new IllegalArgumentException("give at least one sweep folder to merge");
        }
        SweepPlan plan = SweepPlan.read(shards.get(0));
        for (Path s : shards) {
            if (!SweepPlan.read(s).equals(plan)) {
                throw new IllegalStateException(s + " is a different sweep from " + shards.get(0) + " (plan.json differs)");
            }
        }
        prepare(out, plan);
        for (Path s : shards) {
            try (Stream<Path> runs = Files.list(s.resolve("runs"))) {
                for (Path run : (Iterable<Path>) runs::iterator) {
                    String name = run.getFileName().toString();
                    Path dest = out.resolve("runs").resolve(name);
                    if (name.startsWith(".") || !Files.exists(run.resolve(Manifest.FILE)) || Files.exists(dest)) {
                        continue;
                    }
                    copyTree(run, dest);
                }
            }
        }
        return SweepTables.write(out, plan);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Path tmp = to.resolveSibling("." + to.getFileName() + ".copy");
        ResultsFolder.deleteTree(tmp);
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path d = tmp.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(d);
                } else {
                    Files.copy(p, d);
                }
            }
        }
        Files.move(tmp, to);
    }
}
