package org.lonelyloop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lonelyloop.experiment.StatusLine;
import org.lonelyloop.experiment.Sweep;
import org.lonelyloop.experiment.SweepPlan;
import org.lonelyloop.model.observe.DailyMetrics;
import org.lonelyloop.report.KeyFigure;
import org.lonelyloop.report.Report;
import org.lonelyloop.scenario.ExperimentParams;
import org.lonelyloop.scenario.LoadedScenario;
import org.lonelyloop.scenario.Scenario;
import org.lonelyloop.scenario.ScenarioException;

/** Runs (a shard of) a sweep into its folder and reports it: the sweep command's work, and run's with replications. */
final class SweepRuns {
    private SweepRuns() {
    }

    /** Runs (the shard of) a sweep into {@code folder}, reports, and prints what happened. */
    static int execute(Scenario s, LoadedScenario loaded, SweepPlan plan, Path folder, int shard, int shards,
            int parallel, int threads, RunSettings settings, PrintWriter w, PrintWriter err, String resumeHint)
            throws IOException, ScenarioException {
        RunSettings.fits(s, parallel);
        Sweep.Outcome o;
        try {
            o = Sweep.run(s, loaded, plan, folder, new Sweep.Options(shard, shards, parallel,
                    Math.max(1, threads / parallel), StatusLine.onStandardError(settings.quiet), settings.cache.worlds()),
                    BuildInfo.version(), BuildInfo.commit());
        } catch (IllegalStateException e) {
            throw new UserError(e.getMessage() + " or add --force", Main.BAD_INPUT, e);
        } catch (IOException e) {
            throw new UserError("cannot write the sweep in " + folder + ": " + Failures.describe(e) + "; runs already "
                    + "finished are kept: " + resumeHint + " to go on", Main.FAILED, e);
        }
        boolean complete = o.finishedInFolder() == plan.runs();
        if (!settings.noReport && o.finishedInFolder() > 0 && shards == 1) {
            Report.write(folder);
        }
        if (!settings.quiet) {
            w.printf("%s: %d of %d runs%s finished now%s; %d of %d in the folder%n", s.name(), o.ran(),
                    o.ran() + o.failures().size(), shards > 1 ? " of shard " + shard + "/" + shards : "",
                    o.skipped() > 0 ? " (" + o.skipped() + " were done before)" : "", o.finishedInFolder(), plan.runs());
            int tried = o.ran() + o.failures().size();
            if (o.burnIns() < tried) {
                w.printf("%d burn-in%s shared by those %d runs (common seeds: runs that differ only after the "
                        + "burn-in branch from one)%n", o.burnIns(), o.burnIns() == 1 ? "" : "s", tried);
            }
            if (shards == 1) {
                keyFigures(w, folder, plan);
            }
            w.println("results: " + folder);
            if (Files.exists(folder.resolve(Report.FILE)) && !settings.noReport && shards == 1) {
                w.println("report:  " + folder.resolve(Report.FILE));
            }
            w.flush();
        }
        if (!o.failures().isEmpty()) {
            for (String f : o.failures()) {
                err.println("error: " + f);
            }
            err.println("error: " + o.failures().size() + " run(s) failed; the others are kept: " + resumeHint
                    + " to retry the failed ones");
            err.flush();
            return Main.FAILED;
        }
        if (!complete && shards == 1) {
            err.println("warning: " + (plan.runs() - o.finishedInFolder()) + " runs are not in the folder");
        }
        return Main.OK;
    }

    /**
     * The key figures of each point over the last recorded day, from aggregate.csv: the strongly
     * lonely share and minutes of use, mean and 95 % interval over the point's replications.
     */
    private static void keyFigures(PrintWriter w, Path folder, SweepPlan plan) throws IOException {
        Path file = folder.resolve(org.lonelyloop.experiment.SweepTables.AGGREGATE);
        if (!Files.exists(file)) {
            return;
        }
        org.lonelyloop.table.CsvTable t = org.lonelyloop.table.CsvTable.read(file);
        List<String> keys = new ArrayList<>();
        for (ExperimentParams.Variation v : plan.vary()) {
            keys.add(v.key());
        }
        w.printf(java.util.Locale.ROOT, "  %-40s %5s  %-26s %-26s%n", keys.isEmpty() ? "point" : String.join(", ", keys),
                "runs", "strongly lonely (%)", "social media (min/day)");
        for (int r = 0; r < t.size(); r++) {
            List<String> values = new ArrayList<>();
            for (String k : keys) {
                values.add(t.text(r, k));
            }
            w.printf(java.util.Locale.ROOT, "  %-40s %5s  %-26s %-26s%n", keys.isEmpty() ? "base" : String.join(", ",
                    values), t.text(r, "runs"), interval(t, r, DailyMetrics.STRONGLY_LONELY),
                    interval(t, r, "meanUseMinutes"));
        }
    }

    private static String interval(org.lonelyloop.table.CsvTable t, int r, String measure) {
        KeyFigure k = KeyFigure.of(measure);
        double mean = k.shown(t.number(r, measure + "Mean"));
        double low = k.shown(t.number(r, measure + "Low"));
        double high = k.shown(t.number(r, measure + "High"));
        return Double.isNaN(low) ? String.format(java.util.Locale.ROOT, "%.1f", mean)
                : String.format(java.util.Locale.ROOT, "%.1f [%.1f, %.1f]", mean, low, high);
    }
}
