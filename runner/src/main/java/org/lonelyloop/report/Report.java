package org.lonelyloop.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.lonelyloop.experiment.Comparison;
import org.lonelyloop.experiment.SensitivityStudy;
import org.lonelyloop.experiment.SweepPlan;
import org.lonelyloop.output.Manifest;
import org.lonelyloop.output.TimeSeriesWriter;
import org.lonelyloop.scenario.ScenarioException;

/**
 * report.html and charts/ for a results folder: the kind of report is told by the files the folder
 * holds (a sensitivity study's results, a sweep's plan, a comparison, a trial's effects, or one
 * run's time series). Every report is one self-contained page: the charts inline as PNG, so the file
 * opens offline anywhere, with SVG copies in charts/ for papers.
 */
public final class Report {
    public static final String FILE = "report.html";
    public static final String CHARTS = "charts";
    /** How to read a trial effect's sign; every outcome is a score where more is worse or more use. */
    public static final String SIGN_OF_BENEFIT = "Effects are the treatment arm's change minus the control arm's: "
            + "below zero means the treated became less lonely (De Jong Gierveld score), less depressed or used less "
            + "than the controls, the direction a helpful intervention takes; above zero, the opposite.";
    /** A trial's estimates (written by 'lonelyloop trial'). */
    public static final String TRIAL_EFFECTS = "trial-effects.csv";

    private Report() {
    }

    /**
     * Writes charts/ and report.html into a results folder; returns the report's path.
     *
     * @throws ScenarioException when the manifest's scenario no longer binds (written by another version)
     */
    public static Path write(Path folder) throws IOException, ScenarioException {
        boolean manifest = Files.exists(folder.resolve(Manifest.FILE));
        if (Files.exists(folder.resolve(SensitivityStudy.RESULTS))) {
            return SensitivityReport.write(folder);
        }
        if (Files.exists(folder.resolve(SweepPlan.FILE))) {
            return SweepReport.write(folder);
        }
        if (manifest && Files.exists(folder.resolve(Comparison.FILE))) {
            return CompareReport.write(folder);
        }
        if (manifest && Files.exists(folder.resolve(TRIAL_EFFECTS))) {
            return TrialReport.write(folder);
        }
        if (!manifest || !Files.exists(folder.resolve(TimeSeriesWriter.FILE))) {
            throw new NoSuchFileException(folder.toString(), null,
                    "is not a results folder (it has no manifest.json and timeseries.csv, nor a sweep's plan.json)");
        }
        return RunReport.write(folder);
    }
}
