package org.lonelyloop.cli;

import java.nio.file.Path;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.scenario.Scenario;
import picocli.CommandLine.Option;

/** The options that shape a simulation, shared by run and sweep. */
public final class RunSettings {
    @Option(names = "--seed", description = "Seed (default: the scenario's). Replications and sweep runs derive theirs from it.")
    Long seed;

    @Option(names = "--days", paramLabel = "N|DURATION",
            description = "Simulated days to record: a number of days or a duration like 8w or 3y (default: the "
                + "scenario's duration).")
    String days;

    @Option(names = "--replications", paramLabel = "N",
            description = "Runs per parameter point, each with its own seed (shared across points with "
                + "--common-seeds). Default: the scenario's%n  experiment.replications")
    Integer replications;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads in all (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Option(names = "--no-report", negatable = false, description = "Skip the charts and report.html.")
    boolean noReport;

    @picocli.CommandLine.Mixin
    WorldCacheOptions cache;

    /**
     * Refuses, before anything is built, a run whose {@code models} models at once would not fit in
     * this Java's heap ({@link org.lonelyloop.experiment.MemoryEstimate}), naming the -Xmx to give it.
     * {@code LONELYLOOP_MEMORY_CHECK=off} skips the check (to find a run's real limit).
     */
    static void fits(Scenario s, int models) {
        if ("off".equalsIgnoreCase(System.getenv("LONELYLOOP_MEMORY_CHECK"))) {
            return;
        }
        String refusal = org.lonelyloop.experiment.MemoryEstimate.refusal(s, models, Runtime.getRuntime().maxMemory());
        if (refusal != null) {
            throw new UserError(refusal, Main.BAD_INPUT);
        }
    }

    /** The scenario with --seed and --days applied; a --days out of range is bad input. */
    Scenario apply(Scenario s) {
        if (days != null) {
            for (org.lonelyloop.model.params.Violation v : org.lonelyloop.model.params.Bounds.violations(
                    s.withDuration(Days.of(days())))) {
                if (v.path().equals("duration")) {
                    throw new UserError("--days " + days.strip() + ": " + v.message(), Main.BAD_INPUT);
                }
            }
            int n = days();
            s = s.withDuration(Days.of(n));
            // Snapshots past the shortened run would fail later; keep those within it.
            s = s.withOutputs(new org.lonelyloop.scenario.OutputParams(s.outputs().every(),
                    s.outputs().snapshots().stream().filter(d -> d.count() <= n).toList()));
        }
        return seed != null ? s.withSeed(seed) : s;
    }

    /** --days as a number of days: plain digits, or a duration with its unit. */
    int days() {
        String t = days.strip();
        long n;
        try {
            n = t.matches("-?\\d{1,9}") ? Long.parseLong(t) : Days.parse(t).count();
        } catch (IllegalArgumentException e) {
            throw new UserError("--days: " + e.getMessage(), Main.BAD_INPUT);
        }
        if (n < 1) {
            throw new UserError("--days must be at least 1, was " + days, Main.BAD_INPUT);
        }
        return (int) n;
    }

    int replications(Scenario s) {
        int n = replications != null ? replications : s.experiment().replications();
        if (n < 1 || n > org.lonelyloop.scenario.ExperimentParams.MAX_REPLICATIONS) {
            throw new UserError("--replications must be between 1 and "
                    + org.lonelyloop.scenario.ExperimentParams.MAX_REPLICATIONS + ", was " + n, Main.BAD_INPUT);
        }
        return n;
    }

    int threads() {
        return threads(threads);
    }

    /**
     * A --threads value (null: all cores), refused below 1 or beyond what the machine can use: more
     * worker threads than four per core only add overhead (results never depend on the count), and
     * tens of thousands exhaust the operating system's threads before the run starts.
     */
    static int threads(Integer given) {
        int cores = Runtime.getRuntime().availableProcessors();
        int n = given != null ? given : cores;
        if (n < 1) {
            throw new UserError("--threads must be at least 1, was " + n, Main.BAD_INPUT);
        }
        if (n > 4 * cores) {
            throw new UserError("--threads " + n + " is more than this machine can use: it has " + cores + " core"
                    + (cores == 1 ? "" : "s") + ", so at most " + 4 * cores + " threads (results do not depend on the "
                    + "count)", Main.BAD_INPUT);
        }
        return n;
    }

    static UserError cannotWrite(Path where, java.io.IOException e) {
        return new UserError("cannot write results under " + where + ": " + Failures.describe(e), Main.FAILED, e);
    }
}
