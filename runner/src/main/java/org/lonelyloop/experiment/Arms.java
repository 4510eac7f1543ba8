package org.lonelyloop.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.lonelyloop.model.Checkpoint;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.RuntimeChanges;
import org.lonelyloop.model.observe.Column;
import org.lonelyloop.model.observe.DailyMetrics;
import org.lonelyloop.output.GroupsWriter;
import org.lonelyloop.output.RunOutput;
import org.lonelyloop.output.SnapshotWriter;
import org.lonelyloop.scenario.Scenario;

/**
 * Runs the arms of a comparison (a scenario and the worlds it is compared with) on the same seeds,
 * replication by replication. Arms of the same world as the first (differing only in interventions,
 * life events and duration) branch from one burn-in, run once per replication and copied; any other
 * arm runs from its own start with the same seed. The model's random streams are keyed by purpose,
 * agent and day, so every arm draws the same numbers for the same acts: common random numbers, and
 * the difference between two arms is the effect of what differs, not noise.
 */
public final class Arms {
    /** One arm: a name for tables and folders, and the scenario it runs. */
    public record Arm(String name, Scenario scenario) {
    }

    /**
     * The recorded measures of one run of one arm: a row per recorded day, a column per measure
     * (timeseries.csv's, then its groups' as {@link DailyMetrics#columns(List)} names them).
     */
    public record Series(int[] days, double[][] values, List<Column> columns) {
        /** A series of the population's measures only (timeseries.csv's columns). */
        public Series(int[] days, double[][] values) {
            this(days, values, DailyMetrics.columns());
        }

        /** Column index of a measure (a column of timeseries.csv, or a group's {@code anxious.meanLoneliness}). */
        public int column(String measure) {
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).name().equals(measure)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("no recorded measure " + measure);
        }

        /**
         * The mean of a measure over the recorded days in [from, to); when none of them is recorded
         * (a single day between two records), the last recorded day before {@code to}. NaN when the
         * window reaches past the run's last day: the run did not record what it asks for.
         */
        public double mean(int column, int from, int to) {
            if (to > recorded()) {
                return Double.NaN;
            }
            double sum = 0;
            int n = 0;
            int lastBefore = -1;
            for (int k = 0; k < days.length; k++) {
                if (days[k] >= from && days[k] < to) {
                    sum += values[k][column];
                    n++;
                }
                if (days[k] < to) {
                    lastBefore = k;
                }
            }
            if (n > 0) {
                return sum / n;
            }
            return lastBefore < 0 ? Double.NaN : values[lastBefore][column];
        }

        /** The series of a finished run's timeseries.csv. */
        public static Series of(org.lonelyloop.table.CsvTable table) {
            return of(table, null);
        }

        /**
         * The series of a run folder: its timeseries.csv and, for a scenario with groups, its
         * groups.csv (rows of each group's members and others, as {@link GroupsWriter} writes them).
         */
        public static Series read(java.nio.file.Path folder) throws java.io.IOException {
            java.nio.file.Path groups = folder.resolve(GroupsWriter.FILE);
            return of(org.lonelyloop.table.CsvTable.read(folder.resolve(org.lonelyloop.output.TimeSeriesWriter.FILE)),
                    java.nio.file.Files.exists(groups) ? org.lonelyloop.table.CsvTable.read(groups) : null);
        }

        /** The series of a timeseries.csv and the groups.csv beside it (or null). */
        public static Series of(org.lonelyloop.table.CsvTable table, org.lonelyloop.table.CsvTable groupTable) {
            List<String> names = new ArrayList<>();
            for (int row = 0; groupTable != null && row < groupTable.size(); row++) {
                if (!names.contains(groupTable.text(row, "group"))) {
                    names.add(groupTable.text(row, "group"));
                }
            }
            List<Column> cs = DailyMetrics.columns();
            List<Column> all = DailyMetrics.columnsOfGroups(names);
            int[] days = new int[table.size()];
            double[][] values = new double[table.size()][all.size()];
            java.util.Map<Integer, Integer> rowOfDay = new java.util.HashMap<>();
            for (int k = 0; k < days.length; k++) {
                days[k] = (int) table.number(k, "day");
                rowOfDay.put(days[k], k);
                for (int c = 0; c < cs.size(); c++) {
                    values[k][c] = table.number(k, cs.get(c).name());
                }
                java.util.Arrays.fill(values[k], cs.size(), all.size(), Double.NaN);
            }
            if (groupTable != null) {
                int width = 1 + cs.size();
                for (int row = 0; row < groupTable.size(); row++) {
                    Integer k = rowOfDay.get((int) groupTable.number(row, "day"));
                    int g = names.indexOf(groupTable.text(row, "group"));
                    if (k == null || g < 0) {
                        continue;
                    }
                    int part = GroupsWriter.MEMBERS.equals(groupTable.text(row, "part")) ? 0 : 1;
                    int at = cs.size() + (2 * g + part) * width;
                    values[k][at] = groupTable.number(row, DailyMetrics.AGENTS);
                    for (int c = 0; c < cs.size(); c++) {
                        values[k][at + 1 + c] = groupTable.number(row, cs.get(c).name());
                    }
                }
            }
            return new Series(days, values, all);
        }

        /** The last recorded day plus one: the number of days the run recorded. */
        public int recorded() {
            return days.length == 0 ? 0 : days[days.length - 1] + 1;
        }
    }

    /**
     * Every run: {@code runs.get(r).get(a)} is replication {@code r} of arm {@code a}.
     *
     * @param arms  the arms, in the order given
     * @param seeds the seed of each replication
     * @param runs  the recorded series
     * @param seconds wall time
     */
    public record Outcome(List<Arm> arms, long[] seeds, List<List<Series>> runs, double seconds) {
        public int replications() {
            return seeds.length;
        }

        public int arm(String name) {
            for (int a = 0; a < arms.size(); a++) {
                if (arms.get(a).name().equals(name)) {
                    return a;
                }
            }
            throw new IllegalArgumentException("no arm " + name);
        }
    }

    private Arms() {
    }

    /**
     * Runs every arm {@code replications} times, replication {@code r} with seed
     * {@link Seeds#forRun}(seed of the first arm, r) in every arm.
     *
     * @param parallel      replications at once
     * @param threadsPerRun worker threads of each model
     * @param progress      where progress goes, or null
     */
    public static Outcome run(List<Arm> arms, int replications, int parallel, int threadsPerRun, StatusLine progress) {
        return run(arms, replications, parallel, threadsPerRun, progress, null, SettledWorlds.off());
    }

    /**
     * As {@link #run(List, int, int, int, StatusLine)}; the first replication of arm {@code a} also
     * writes its agents on the scenario's snapshot days ({@code outputs.snapshots}) to
     * {@code agentsFiles.get(a)}, where that is not null; each world's burn-in is read from
     * {@code worlds} where it is kept there, and kept there once run.
     */
    public static Outcome run(List<Arm> arms, int replications, int parallel, int threadsPerRun, StatusLine progress,
            List<java.nio.file.Path> agentsFiles, SettledWorlds worlds) {
        if (arms.isEmpty() || replications < 1) {
            throw new IllegalArgumentException("a comparison needs at least one arm and one replication");
        }
        long base = arms.get(0).scenario().seed();
        long[] seeds = new long[replications];
        for (int r = 0; r < replications; r++) {
            seeds[r] = Seeds.forRun(base, r);
        }
        long started = System.nanoTime();
        RemainingTime pace = new RemainingTime();
        List<List<Series>> runs = new ArrayList<>();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(parallel, replications)));
        try {
            List<Future<List<Series>>> futures = new ArrayList<>();
            for (int r = 0; r < replications; r++) {
                long seed = seeds[r];
                List<java.nio.file.Path> agents = r == 0 ? agentsFiles : null;
                futures.add(pool.submit(() -> {
                    List<Series> out = replicate(arms, seed, threadsPerRun, agents, worlds);
                    pace.finished(System.nanoTime());
                    report(progress, arms.get(0).scenario().name(), done.incrementAndGet(), replications, pace);
                    return out;
                }));
            }
            for (Future<List<Series>> f : futures) {
                runs.add(f.get());
            }
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            throw c instanceof RuntimeException ? (RuntimeException) c
                    : c instanceof java.io.IOException ? new java.io.UncheckedIOException((java.io.IOException) c)
                    : new IllegalStateException(c);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
            if (progress != null) {
                progress.clear();
            }
        }
        return new Outcome(List.copyOf(arms), seeds, runs, (System.nanoTime() - started) / 1e9);
    }

    /** One replication of every arm: the burn-in of the first arm's world once, then each arm. */
    private static List<Series> replicate(List<Arm> arms, long seed, int threads, List<java.nio.file.Path> agentsFiles,
            SettledWorlds worlds) throws java.io.IOException {
        Series[] out = new Series[arms.size()];
        Scenario first = arms.get(0).scenario().withSeed(seed);
        int lastShared = 0;
        for (int a = 0; a < arms.size(); a++) {
            if (first.sameWorld(arms.get(a).scenario().withSeed(seed))) {
                lastShared = a;
            }
        }
        LonelyLoop settled = null;
        for (int a = 0; a < arms.size(); a++) {
            Scenario s = arms.get(a).scenario().withSeed(seed);
            LonelyLoop model;
            if (first.sameWorld(s)) {
                if (settled == null) {
                    settled = worlds.settle(first, seed, threads);
                }
                // The last arm of the settled world takes the world itself: no copy is left to make.
                model = a == lastShared ? settled : Checkpoint.copy(settled);
                RuntimeChanges.of(model).branch(s.model());
            } else {
                model = worlds.settle(s, seed, threads);
            }
            java.nio.file.Path agents = agentsFiles == null ? null : agentsFiles.get(a);
            Set<Integer> days = RunOutputs.snapshotDays(s);
            if (agents == null || days.isEmpty()) {
                out[a] = record(model);
            } else {
                try (SnapshotWriter w = new SnapshotWriter(agents, false, days, s.groups())) {
                    out[a] = record(model, w);
                }
            }
        }
        return List.of(out);
    }

    /** Runs a started model to its end, keeping every recorded day's measures. */
    static Series record(LonelyLoop model) {
        return record(model, null);
    }

    /** As {@link #record(LonelyLoop)}, telling {@code output} (or nobody) after each day. */
    private static Series record(LonelyLoop model, RunOutput output) {
        List<int[]> days = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        model.addObserver(r -> {
            days.add(new int[] {r.day()});
            values.add(r.values().clone());
        });
        new RunEngine(model).with(new RunEngine.Hook() {
            @Override
            public void after(RunEngine run, int day) {
                if (output != null) {
                    try {
                        output.afterDay(model, day, null);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }
        }).run();
        int[] d = new int[days.size()];
        for (int k = 0; k < d.length; k++) {
            d[k] = days.get(k)[0];
        }
        return new Series(d, values.toArray(new double[0][]), DailyMetrics.columns(model.params().groups()));
    }

    private static void report(StatusLine progress, String name, int done, int total, RemainingTime pace) {
        if (progress == null) {
            return;
        }
        progress.show(() -> String.format(Locale.ROOT, "%s: %d of %d replications done, %s left", name, done, total,
                ProgressBar.duration(pace.seconds(total - done))));
    }

    /** For tests: whether two series hold the same days and the same values, bit for bit. */
    static boolean identical(Series a, Series b) {
        return Arrays.equals(a.days(), b.days()) && Arrays.deepEquals(a.values(), b.values());
    }
}
