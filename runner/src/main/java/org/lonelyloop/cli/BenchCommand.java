package org.lonelyloop.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lonelyloop.experiment.RunEngine;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.StateSize;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.params.KeyPaths;
import org.lonelyloop.scenario.Scenario;
import org.lonelyloop.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lonelyloop bench}: runs a scenario headless, without outputs, and reports speed and
 * memory. Speed is measured over the recorded days only (the burn-in is timed apart), as the median
 * of several repetitions, since machines here are shared and single runs are noisy.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure simulation speed (agent-days per second) and memory for a scenario, without writing outputs.")
final class BenchCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--agents", description = "Agents (default: the scenario's).")
    Integer agents;

    @Option(names = "--days", paramLabel = "N|DURATION", defaultValue = "365",
            description = "Recorded days to time: a number of days or a duration like 8w or 1y (default: 365), as "
                + "run --days takes them.")
    String daysText;

    @Option(names = "--burn-in", description = "Burn-in before timing, e.g. 30d (default: the scenario's).")
    String burnIn;

    @Option(names = "--threads", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--warmup", defaultValue = "true", negatable = true, fallbackValue = "true",
            description = "Run a short untimed simulation first (at most 50,000 agents, 60 days), so the timed runs "
                + "measure compiled code, not the JIT at work. Default: on.")
    boolean warmup;

    @Option(names = "--repeat", defaultValue = "3", description = "Repetitions; the median is reported. Default: ${DEFAULT-VALUE}.")
    int repeat;

    @Option(names = "--processes", description = "Also print where the recorded days' time went, process by process "
            + "and phase by phase (each process timed as it runs: a few nanoseconds a process-day).")
    boolean processes;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Enough agents for every hot loop to be compiled (each runs once per agent and day), few enough to take seconds. */
    private static final int WARMUP_AGENTS = 50_000;

    @Override
    public Integer call() throws Exception {
        RunSettings asRun = new RunSettings();
        asRun.days = daysText;
        int days = asRun.days();
        if (repeat < 1) {
            throw new UserError("--repeat must be at least 1, was " + repeat, Main.BAD_INPUT);
        }
        if (agents != null && agents < 2) {
            throw new UserError("--agents must be at least 2, was " + agents, Main.BAD_INPUT);
        }
        Scenario s = scenario.load().scenario().withDuration(Days.of(days));
        if (agents != null) {
            try {
                s = KeyPaths.with(s, "population.size", agents);
            } catch (IllegalArgumentException e) {
                throw new UserError("--agents: " + e.getMessage().replace("invalid parameters:\n  ", ""), Main.BAD_INPUT);
            }
        }
        if (burnIn != null) {
            try {
                s = s.withBurnIn(Days.parse(burnIn));
            } catch (IllegalArgumentException e) {
                throw new UserError("--burn-in: " + e.getMessage(), Main.BAD_INPUT);
            }
        }
        int t = RunSettings.threads(threads);
        RunSettings.fits(s, 1);
        PrintWriter out = spec.commandLine().getOut();
        int n = s.population().size();
        out.printf(Locale.ROOT, "bench %s: %,d agents, %,d days after a %s burn-in, %d threads, %d repetitions%n",
                s.name(), n, days, s.burnIn(), t, repeat);
        if (warmup) {
            long w0 = System.nanoTime();
            Scenario small = KeyPaths.with(s, java.util.Map.of("population.size", Math.min(n, WARMUP_AGENTS),
                    "burnIn", Days.of(30), "duration", Days.of(30)));
            new RunEngine(LonelyLoop.create(small.model(), small.seed(), t)).run();
            out.printf(Locale.ROOT, "  warm-up (untimed): %,d agents, 60 days, %.2f s%n", small.population().size(),
                    (System.nanoTime() - w0) / 1e9);
        }
        double[] rates = new double[repeat];
        double[] walls = new double[repeat];
        long peak = 0;
        long bytesPerAgent = 0;
        java.util.Map<String, Long> parts = java.util.Map.of();
        ProcessTimes times = new ProcessTimes();
        for (int r = 0; r < repeat; r++) {
            resetPeaks();
            long t0 = System.nanoTime();
            LonelyLoop model = LonelyLoop.create(s.model(), s.seed() + r, t);
            // Where the time goes: building the people and networks, then settling them, then the days timed.
            model.begin();
            long built = System.nanoTime();
            RunEngine engine = new RunEngine(model).settle();
            long t1 = System.nanoTime();
            if (processes) {
                model.clock(times);
            }
            engine.days(Integer.MAX_VALUE);
            long t2 = System.nanoTime();
            bytesPerAgent = StateSize.of(model) / n;
            parts = StateSize.byPart(model);
            model.finish();
            rates[r] = (double) n * days / ((t2 - t1) / 1e9);
            walls[r] = (t2 - t0) / 1e9;
            long p = heapPeak();
            peak = Math.max(peak, p);
            out.printf(Locale.ROOT, "  run %d: %.2f million agent-days/s; build %.2f s, burn-in %.2f s, recorded days "
                    + "%.2f s; peak heap %d MB%n", r + 1, rates[r] / 1e6, (built - t0) / 1e9, (t1 - built) / 1e9,
                    (t2 - t1) / 1e9, p >> 20);
            out.flush();
        }
        double[] sorted = rates.clone();
        Arrays.sort(sorted);
        // The spread is part of the figure: on a shared machine one slow repetition says more about
        // the machine than about the model, and a wide range means the median needs more runs.
        out.printf(Locale.ROOT, "median: %.2f million agent-days/s (min %.2f, max %.2f over %d run%s), wall %.2f s per "
                + "run, peak heap %d MB, model state %d bytes per agent%n", median(rates) / 1e6, sorted[0] / 1e6,
                sorted[sorted.length - 1] / 1e6, repeat, repeat == 1 ? "" : "s", median(walls), peak >> 20, bytesPerAgent);
        StringBuilder line = new StringBuilder("model state per agent:");
        String sep = " ";
        for (java.util.Map.Entry<String, Long> e : parts.entrySet()) {
            line.append(sep).append(e.getKey()).append(' ').append(Math.round(e.getValue() / (double) n));
            sep = ", ";
        }
        out.println(line);
        if (processes) {
            times.print(out, repeat);
        }
        return Main.OK;
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c.length % 2 == 1 ? c[c.length / 2] : 0.5 * (c[c.length / 2 - 1] + c[c.length / 2]);
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
