package org.lonelyloop.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lonelyloop.experiment.SensitivityStudy;
import org.lonelyloop.experiment.SweepPlan;
import org.lonelyloop.report.Report;

/** Computes and writes a complete sensitivity study's indices and its report (sensitivity, merge). */
final class SensitivityFinish {
    private SensitivityFinish() {
    }

    /** Computes and writes the indices of a complete study folder, and its report. */
    static void finish(Path folder, SensitivityStudy study, SweepPlan plan, boolean noReport)
            throws IOException, org.lonelyloop.scenario.ScenarioException {
        List<SensitivityStudy.Row> rows = new ArrayList<>(study.analyse(study.outputsOf(folder, plan)));
        rows.addAll(study.noise(study.outputsByReplication(folder, plan)));
        SensitivityStudy.write(folder, study.method().name(), rows);
        if (!noReport) {
            Report.write(folder);
        }
    }
}
