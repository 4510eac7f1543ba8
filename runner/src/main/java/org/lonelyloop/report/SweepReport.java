package org.lonelyloop.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.lonelyloop.experiment.SweepPlan;
import org.lonelyloop.experiment.SweepTables;
import org.lonelyloop.model.observe.DailyMetrics;
import org.lonelyloop.output.Manifest;
import org.lonelyloop.scenario.ScenarioException;
import org.lonelyloop.table.CsvTable;

/** report.html of a sweep: what varied, the key figures per parameter point with intervals, the charts. */
final class SweepReport {
    private static final List<KeyFigure> SHOWN = KeyFigure.of(DailyMetrics.STRONGLY_LONELY, "meanUseMinutes",
            "meanContacts");

    private SweepReport() {
    }

    static Path write(Path folder) throws IOException, ScenarioException {
        SweepPlan plan = SweepPlan.read(folder);
        int finished = 0;
        Path first = null;
        for (int run = 0; run < plan.runs(); run++) {
            Path runFolder = folder.resolve("runs").resolve(SweepPlan.runFolder(run));
            if (Files.exists(runFolder.resolve(Manifest.FILE))) {
                finished++;
                first = first == null ? runFolder : first;
            }
        }
        String kind = plan.vary().isEmpty() ? plan.replications() + " replications"
                : plan.points() + " parameter points x " + plan.replications() + " replications";
        ReportPage page = new ReportPage(folder, plan.scenario(), String.format(Locale.ROOT,
                "%s: %d of %d runs finished, base seed %d", kind, finished, plan.runs(), plan.baseSeed()));
        Manifest.Contents firstRun = first == null ? null : Manifest.read(first);
        if (firstRun != null) {
            page.question(firstRun.scenario());
        }
        if (!plan.vary().isEmpty()) {
            page.html().element("h2", "Varied");
            page.html().open("ul");
            plan.vary().forEach(v -> page.html().element("li", v.key() + ": " + String.join(", ", v.values())));
            page.html().close("ul");
        }
        Path aggregate = folder.resolve(SweepTables.AGGREGATE);
        if (Files.exists(aggregate)) {
            aggregateTable(page.html(), plan, CsvTable.read(aggregate));
        }
        if (firstRun != null) {
            page.interventions(firstRun.scenario());
        }
        page.charts(SweepCharts.of(folder, plan));
        page.files("summary.csv has one row per run (its parameters, seed and last-day measures); aggregate.csv "
                + "one row per parameter point (mean and 95 % confidence interval across replications); each run's "
                + "own files are in runs/run-NNNNN/. Every column is described in docs/outputs.md.");
        page.manifest("plan.json", folder.resolve(SweepPlan.FILE));
        if (first != null) {
            page.manifest("manifest.json of the first run", first.resolve(Manifest.FILE));
        }
        return page.finish();
    }

    private static void aggregateTable(Html h, SweepPlan plan, CsvTable a) {
        h.element("h2", "Key figures (last day, mean and 95 % CI over replications)");
        h.open("table").open("tr");
        plan.vary().forEach(v -> h.element("th", SweepCharts.shortKey(v.key())));
        h.element("th", "runs");
        SHOWN.forEach(k -> h.element("th", k.label()));
        h.close("tr");
        for (int row = 0; row < a.size(); row++) {
            h.open("tr");
            for (var v : plan.vary()) {
                h.element("td", a.text(row, v.key()));
            }
            h.element("td", a.text(row, "runs"));
            for (KeyFigure k : SHOWN) {
                h.element("td", ReportPage.withInterval(k.shown(a.number(row, k.column() + "Mean")),
                        k.shown(a.number(row, k.column() + "Low")), k.shown(a.number(row, k.column() + "High"))));
            }
            h.close("tr");
        }
        h.close("table");
    }
}
