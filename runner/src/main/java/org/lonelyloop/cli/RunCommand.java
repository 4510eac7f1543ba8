package org.lonelyloop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.observe.DayRecord;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.params.Scenario;
import org.lonelyloop.output.LedgerWriter;
import org.lonelyloop.output.Manifest;
import org.lonelyloop.output.ResultsFolder;
import org.lonelyloop.output.TimeSeriesWriter;
import org.lonelyloop.scenario.LoadedScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lonelyloop run}: one simulation of a scenario, written to a new results folder. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a scenario and write its results to results/<scenario>-<timestamp>/.")
final class RunCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--seed", description = "Seed for this run (default: the scenario's).")
    Long seed;

    @Option(names = "--days", description = "Simulated days to record (default: the scenario's duration).")
    Integer days;

    @Option(names = "--out", defaultValue = "results", description = "Folder for results. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--threads", description = "Worker threads (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LoadedScenario loaded = scenario.load();
        Scenario s = loaded.scenario();
        if (days != null) {
            if (days < 1) {
                throw new UserError("--days must be at least 1, was " + days, Main.BAD_INPUT);
            }
            s = s.withDuration(Days.of(days));
        }
        long runSeed = seed != null ? seed : s.seed();
        int nThreads = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (nThreads < 1) {
            throw new UserError("--threads must be at least 1, was " + nThreads, Main.BAD_INPUT);
        }
        LoadedScenario effective = new LoadedScenario(s.withSeed(runSeed), loaded.sources(), loaded.overrides());

        Instant started = Instant.now();
        LonelyLoop model = LonelyLoop.create(s, runSeed, nThreads);
        DayRecord first;
        Path folder;
        try (ResultsFolder results = ResultsFolder.timestamped(out, s.name(), LocalDateTime.now())) {
            FirstAndLast seen = new FirstAndLast();
            try (TimeSeriesWriter ts = new TimeSeriesWriter(results.file(TimeSeriesWriter.FILE));
                    LedgerWriter ledger = new LedgerWriter(results.file(LedgerWriter.FILE))) {
                model.addObserver(ts);
                model.addObserver(seen);
                model.addObserver(r -> ledger.write(r.day(), model.ledgerBreakdown()));
                model.start();
                model.runToEnd();
            } finally {
                model.finish();
            }
            Manifest.write(results.work(), effective, runSeed, nThreads, BuildInfo.version(), BuildInfo.commit(),
                    started, Instant.now(), List.of(TimeSeriesWriter.FILE, LedgerWriter.FILE));
            folder = results.commit();
            first = seen.first;
            if (!quiet) {
                summary(spec.commandLine().getOut(), s, runSeed, started, first, seen.last, folder);
            }
        } catch (IOException e) {
            throw new UserError("cannot write results under " + out + ": " + Failures.describe(e), Main.FAILED, e);
        }
        return Main.OK;
    }

    private static void summary(PrintWriter w, Scenario s, long seed, Instant started, DayRecord first, DayRecord last,
            Path folder) {
        double seconds = Math.max(1e-3, (Instant.now().toEpochMilli() - started.toEpochMilli()) / 1000.0);
        int days = s.duration().count();
        int simulated = days + s.burnIn().count();
        w.printf(Locale.ROOT, "%s: %,d agents, %,d days after a %s burn-in (seed %d) in %.1f s, %.2f million agent-days/s%n",
                s.name(), s.population().size(), days, s.burnIn(), seed, seconds,
                (double) s.population().size() * simulated / seconds / 1e6);
        w.printf(Locale.ROOT, "  %-34s %9s %9s%n", "", "day " + first.day(), "day " + last.day());
        row(w, "strongly lonely (%)", first, last, "shareStronglyLonely", 100);
        row(w, "somewhat lonely (%)", first, last, "shareSomewhatLonely", 100);
        row(w, "not lonely (%)", first, last, "shareNotLonely", 100);
        row(w, "social media (minutes/day)", first, last, "meanUseMinutes", 1);
        row(w, "face-to-face (meetings/week)", first, last, "meanContacts", 7);
        row(w, "offline ties (per person)", first, last, "meanOfflineTies", 1);
        w.println("results: " + folder);
        w.flush();
    }

    private static void row(PrintWriter w, String label, DayRecord a, DayRecord b, String column, double scale) {
        w.printf(Locale.ROOT, "  %-34s %9.1f %9.1f%n", label, a.get(column) * scale, b.get(column) * scale);
    }

    private static final class FirstAndLast implements java.util.function.Consumer<DayRecord> {
        DayRecord first;
        DayRecord last;

        @Override
        public void accept(DayRecord r) {
            if (first == null) {
                first = r;
            }
            last = r;
        }
    }
}
