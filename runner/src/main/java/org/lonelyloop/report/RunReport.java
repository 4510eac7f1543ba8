package org.lonelyloop.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.lonelyloop.output.Manifest;
import org.lonelyloop.output.TimeSeriesWriter;
import org.lonelyloop.scenario.ScenarioException;
import org.lonelyloop.table.CsvTable;

/** report.html of one run: its key figures on the first and last recorded day, its charts and files. */
final class RunReport {
    /** The virtual studies a run may hold, and how to analyse each. */
    private static final String[][] STUDIES = {
        {"panel.csv", "the virtual panel study: 'lonelyloop analyze panel panel.csv' gives the cross-lagged effects "
            + "(RI-CLPM, CLPM and fixed effects), and with '--scenario' and the run's --set values the model's "
            + "true lags beside them; 'lonelyloop analyze events' on this folder follows the life events it "
            + "recorded against matched people without them"},
        {"esm.csv", "the experience-sampling study: 'lonelyloop analyze esm esm.csv' gives the shares of "
            + "person-specific effects"},
        {"survey.csv", "the cross-sectional survey: 'lonelyloop analyze survey survey.csv --outcome ... --exposed "
            + "... --unexposed ...' gives an adjusted odds ratio"}};

    private RunReport() {
    }

    static Path write(Path folder) throws IOException, ScenarioException {
        CsvTable ts = CsvTable.read(folder.resolve(TimeSeriesWriter.FILE));
        Manifest.Contents m = Manifest.read(folder);
        ReportPage page = new ReportPage(folder, m.scenario().name(), String.format(Locale.ROOT,
                "one run, seed %d, %,d agents, LonelyLoop %s (%s)", m.seed(), m.scenario().population().size(),
                m.version(), m.commit())).question(m.scenario());
        keyFigures(page.html(), ts);
        page.interventions(m.scenario()).charts(RunCharts.of(ts));
        page.files("timeseries.csv (daily measures), ledger.csv (pathway ledger by group), events.csv (ties "
                + "formed and lost, interventions started and ended), agents.csv with ties.csv and "
                + "network-day-D.graphml (every agent's state and both networks on the snapshot days, if asked for; the "
                + "GraphML opens in igraph, NetworkX and Gephi) and manifest.json; every column is described in "
                + "docs/outputs.md. The charts are in charts/ as PNG and SVG.");
        for (String[] study : STUDIES) {
            if (Files.exists(folder.resolve(study[0]))) {
                page.html().open("p").text(study[0] + " holds " + study[1] + " (docs/research.md).").close("p");
            }
        }
        return page.manifest("manifest.json", folder.resolve(Manifest.FILE)).finish();
    }

    private static void keyFigures(Html h, CsvTable ts) {
        h.element("h2", "Key figures");
        if (ts.size() == 0) {
            return;
        }
        int last = ts.size() - 1;
        h.open("table").open("tr").element("th", "").element("th", "day " + ts.text(0, "day"))
                .element("th", "day " + ts.text(last, "day")).element("th", "change").close("tr");
        for (KeyFigure f : KeyFigure.ALL) {
            if (ts.has(f.column())) {
                double a = f.shown(ts.number(0, f.column()));
                double b = f.shown(ts.number(last, f.column()));
                h.open("tr").element("td", f.label()).element("td", ReportPage.fmt(a))
                        .element("td", ReportPage.fmt(b))
                        .element("td", (b - a >= 0 ? "+" : "") + ReportPage.fmt(b - a)).close("tr");
            }
        }
        h.close("table");
    }
}
