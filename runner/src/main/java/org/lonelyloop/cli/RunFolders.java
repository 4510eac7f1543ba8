package org.lonelyloop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lonelyloop.analysis.Judgement;
import org.lonelyloop.experiment.Arms;
import org.lonelyloop.experiment.PendingRun;
import org.lonelyloop.experiment.Predictions;
import org.lonelyloop.experiment.RunCheckpoint;
import org.lonelyloop.experiment.SimulationRun;
import org.lonelyloop.experiment.Sweep;
import org.lonelyloop.experiment.SweepPlan;
import org.lonelyloop.model.observe.DailyMetrics;
import org.lonelyloop.output.Manifest;
import org.lonelyloop.output.Ownership;
import org.lonelyloop.output.ResultsFolder;
import org.lonelyloop.output.TimeSeriesWriter;
import org.lonelyloop.report.KeyFigure;
import org.lonelyloop.report.Report;
import org.lonelyloop.scenario.Expectation;
import org.lonelyloop.scenario.LoadedScenario;
import org.lonelyloop.scenario.Scenario;
import org.lonelyloop.scenario.ScenarioException;
import org.lonelyloop.table.CsvTable;

/**
 * What happens to a run's folder once its days are done, whichever command ran them (run, resume,
 * sweep, sensitivity): the manifest and report written, the folder moved into place and its
 * checkpoints dropped; another program's folder refused; the run's key figures and judged
 * predictions printed.
 */
final class RunFolders {
    private RunFolders() {
    }

    /**
     * Writes the manifest and the report into a finished run's folder, moves it into place and then
     * drops its checkpoints: until the finished folder is in place, everything needed to resume the
     * run again is kept.
     */
    static Path complete(ResultsFolder results, LoadedScenario effective, long seed, int threads, Instant started,
            Map<String, String> extra, boolean noReport) throws IOException, ScenarioException {
        Path work = results.work();
        Manifest.write(work, effective, seed, threads, BuildInfo.version(), BuildInfo.commit(), started, Instant.now(),
                Manifest.outputFiles(work), extra);
        if (!noReport) {
            Report.write(work);
        }
        Path done = results.commit();
        ResultsFolder.deleteTree(done.resolve(RunCheckpoint.FOLDER));
        Files.deleteIfExists(done.resolve(PendingRun.FILE));
        return done;
    }

    /** {@link Sweep#clearOther}, with a folder that is not LonelyLoop's reported as bad input. */
    static void clearOther(Path folder, SweepPlan plan) throws IOException {
        try {
            Sweep.clearOther(folder, plan);
        } catch (Ownership.NotOursException e) {
            throw new UserError(e.getMessage(), Main.BAD_INPUT, e);
        }
    }

    /** Prints the first and last recorded day's key measures of a finished run folder. */
    static void summary(PrintWriter w, SimulationRun.Result r, Path folder) throws IOException {
        Scenario s = r.scenario();
        w.printf(Locale.ROOT, "%s: %,d agents, %,d days after a %s burn-in (seed %d) in %.1f s%n", s.name(),
                s.population().size(), s.duration().count(), s.burnIn(), r.seed(), r.seconds());
        CsvTable ts = CsvTable.read(folder.resolve(TimeSeriesWriter.FILE));
        int last = ts.size() - 1;
        if (last >= 0) {
            w.printf(Locale.ROOT, "  %-34s %9s %9s%n", "", "day " + ts.text(0, "day"), "day " + ts.text(last, "day"));
            for (KeyFigure k : KeyFigure.of(DailyMetrics.STRONGLY_LONELY, DailyMetrics.SOMEWHAT_LONELY, DailyMetrics.NOT_LONELY,
                    "meanUseMinutes", "meanContacts", "meanOfflineTies")) {
                w.printf(Locale.ROOT, "  %-34s %9.1f %9.1f%n", k.label(), k.shown(ts.number(0, k.column())),
                        k.shown(ts.number(last, k.column())));
            }
        }
        predictions(w, s, folder);
        w.println("results: " + folder);
        if (Files.exists(folder.resolve(Report.FILE))) {
            w.println("report:  " + folder.resolve(Report.FILE));
        }
        w.flush();
    }

    /**
     * The scenario's predictions that one run can judge, judged on it; the others are named with
     * the command that runs what they compare with.
     */
    private static void predictions(PrintWriter w, Scenario s, Path folder) throws IOException {
        if (s.expect().isEmpty()) {
            return;
        }
        w.println("  predictions (expect:)");
        List<Judgement> judged = Predictions.judgeRun(s, Arms.Series.read(folder));
        for (Judgement j : judged) {
            w.println(PredictionLines.line(j));
        }
        for (Expectation e : s.expect()) {
            if (!Predictions.withinTheRun(e, s)) {
                w.println(PredictionLines.notJudged(e, s));
            }
        }
        long others = s.expect().stream().filter(e -> !Predictions.selfContained(e) && Predictions.withinTheRun(e, s))
                .count();
        if (others > 0) {
            w.println("  " + others + " more compare with other arms: 'lonelyloop test' on this scenario runs "
                    + "those arms on the same seeds");
        }
    }
}
