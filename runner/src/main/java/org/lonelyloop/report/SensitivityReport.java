package org.lonelyloop.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.lonelyloop.experiment.SensitivityStudy;
import org.lonelyloop.experiment.SweepPlan;
import org.lonelyloop.output.Manifest;
import org.lonelyloop.scenario.ScenarioException;
import org.lonelyloop.table.CsvTable;

/**
 * report.html of a sensitivity study: the design, a table of the indices per output, and per
 * output a chart: for Morris, mu* against sigma (far right: matters; high: interacts or bends);
 * for Sobol, S1 and ST as bars with their 95 % intervals.
 */
public final class SensitivityReport {
    private SensitivityReport() {
    }

    public static Path write(Path folder) throws IOException, ScenarioException {
        SensitivityStudy study = SensitivityStudy.read(folder);
        SweepPlan plan = SweepPlan.read(folder);
        CsvTable t = CsvTable.read(folder.resolve(SensitivityStudy.RESULTS));
        Manifest.Contents firstRun = Manifest.read(folder.resolve("runs").resolve(SweepPlan.runFolder(0)));
        boolean morris = study.method() == SensitivityStudy.Method.morris;
        ReportPage page = new ReportPage(folder, plan.scenario() + ": " + (morris ? "Morris screening" : "Sobol indices"), String.format(
                Locale.ROOT, "%d parameters, %d design points x %d replications = %d runs, LonelyLoop %s (%s)",
                study.parameters().size(), plan.points(), plan.replications(), plan.runs(),
                firstRun.version(), firstRun.commit())).question(firstRun.scenario());
        Html h = page.html();
        h.open("p").text(String.format(Locale.ROOT, "Each output is the mean over days %d to %d of a run, averaged over "
                + "a point's replications. ", study.from(), study.to() - 1) + (morris
                ? String.format(Locale.ROOT, "Morris: %d trajectories on a %d-level grid; mu* is the mean absolute "
                        + "change of the output when a parameter moves across its whole range, mu the mean signed "
                        + "change, sigma the spread of the changes (interactions or a bent response).", study.samples(),
                        study.levels())
                : String.format(Locale.ROOT, "Sobol: %d base points of a quasi-random Sobol sequence (Saltelli's "
                        + "scheme); S1 is the share of the output's variance a parameter explains alone, ST alone and "
                        + "with every interaction; intervals are 95 %% bootstrap intervals.", study.samples())))
                .close("p");
        h.element("h2", "Parameters");
        h.open("table").open("tr").element("th", "parameter").element("th", "from").element("th", "to").close("tr");
        for (var p : study.parameters()) {
            h.open("tr").element("td", p.key()).element("td", ReportPage.fmt(p.low())).element("td", ReportPage.fmt(p.high()))
                    .close("tr");
        }
        h.close("table");
        List<ReportChart> charts = new ArrayList<>();
        for (String output : study.outputs()) {
            Map<String, Map<String, double[]>> byParam = indices(t, output);
            h.element("h2", output);
            h.open("table").open("tr").element("th", "parameter");
            List<String> names = morris ? List.of("muStar", "mu", "sigma") : List.of("S1", "ST");
            for (String n : names) {
                h.element("th", n);
            }
            h.close("tr");
            for (Map.Entry<String, Map<String, double[]>> e : byParam.entrySet()) {
                h.open("tr").element("td", e.getKey());
                for (String n : names) {
                    double[] v = e.getValue().get(n);
                    h.element("td", morris ? ReportPage.fmt(v[0])
                            : ReportPage.withInterval(v[0], v[1], v[2]));
                }
                h.close("tr");
            }
            h.close("table");
            charts.add(morris ? morrisChart(output, byParam) : sobolChart(output, byParam));
        }
        return page.charts(charts).files(SensitivityStudy.RESULTS + " holds every index (docs/outputs.md); " + SensitivityStudy.FILE
                + " the study's definition; plan.json, runs/, summary.csv and aggregate.csv every evaluation, as for a "
                + "sweep.").finish();
    }

    /** parameter -> index -> {value, low, high}, in the file's order. */
    private static Map<String, Map<String, double[]>> indices(CsvTable t, String output) {
        Map<String, Map<String, double[]>> out = new LinkedHashMap<>();
        for (int r = 0; r < t.size(); r++) {
            if (t.text(r, "output").equals(output)) {
                out.computeIfAbsent(t.text(r, "parameter"), k -> new LinkedHashMap<>()).put(t.text(r, "index"),
                        new double[] {t.number(r, "value"), t.number(r, "low"), t.number(r, "high")});
            }
        }
        return out;
    }

    private static ReportChart morrisChart(String output, Map<String, Map<String, double[]>> byParam) {
        XYSeries points = new XYSeries("parameters", false, true);
        XYSeriesCollection d = new XYSeriesCollection(points);
        JFreeChart chart = ChartFactory.createXYLineChart("Morris screening: " + output, "mu* (mean |effect|)",
                "sigma (spread of effects)", d, PlotOrientation.VERTICAL, false, false, false);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesPaint(0, Look.series(0));
        chart.getXYPlot().setRenderer(r);
        // Room on the right for the labels, and zero in view: near it, a parameter can be fixed.
        org.jfree.chart.axis.NumberAxis axis = (org.jfree.chart.axis.NumberAxis) chart.getXYPlot().getDomainAxis();
        axis.setAutoRangeIncludesZero(true);
        axis.setUpperMargin(0.3);
        for (Map.Entry<String, Map<String, double[]>> e : byParam.entrySet()) {
            double x = e.getValue().get("muStar")[0];
            double y = e.getValue().get("sigma")[0];
            points.add(x, y);
            XYTextAnnotation label = new XYTextAnnotation("  " + shortKey(e.getKey()), x, y);
            label.setTextAnchor(org.jfree.ui.TextAnchor.BOTTOM_LEFT);
            chart.getXYPlot().addAnnotation(label);
        }
        Look.apply(chart);
        return new ReportChart("morris-" + output, "Each parameter's mean absolute elementary effect (mu*) against "
                + "their spread (sigma) on " + output + ": to the right, parameters that matter; high up, ones that act "
                + "through interactions or a bent response; near the origin, ones that can be fixed.", chart);
    }

    private static ReportChart sobolChart(String output, Map<String, Map<String, double[]>> byParam) {
        DefaultStatisticalCategoryDataset d = new DefaultStatisticalCategoryDataset();
        for (Map.Entry<String, Map<String, double[]>> e : byParam.entrySet()) {
            for (String index : List.of("S1", "ST")) {
                double[] v = e.getValue().get(index);
                // The renderer draws mean +- sd: the larger half of the interval shows its reach.
                d.add(v[0], Math.max(v[0] - v[1], v[2] - v[0]), index, shortKey(e.getKey()));
            }
        }
        JFreeChart chart = ChartFactory.createBarChart("Sobol indices: " + output, "parameter", "share of variance", d,
                PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        StatisticalBarRenderer r = new StatisticalBarRenderer();
        r.setSeriesPaint(0, Look.series(0));
        r.setSeriesPaint(1, Look.series(1));
        r.setErrorIndicatorPaint(java.awt.Color.DARK_GRAY);
        plot.setRenderer(r);
        plot.setBackgroundPaint(java.awt.Color.WHITE);
        Look.apply(chart);
        return new ReportChart("sobol-" + output, "First-order (S1) and total (ST) Sobol indices of each parameter on "
                + output + ", with whiskers reaching the farther end of the 95 % bootstrap interval: ST well above S1 "
                + "means the parameter acts through interactions.", chart);
    }

    private static String shortKey(String key) {
        String[] parts = key.split("\\.");
        return parts.length <= 2 ? key : parts[parts.length - 2] + "." + parts[parts.length - 1];
    }
}
