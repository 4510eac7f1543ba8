package org.lonelyloop.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.lonelyloop.experiment.Comparison;
import org.lonelyloop.model.observe.DailyMetrics;
import org.lonelyloop.output.Manifest;
import org.lonelyloop.scenario.ScenarioException;
import org.lonelyloop.table.CsvTable;

/**
 * report.html of a comparison ('lonelyloop compare'): what was compared, the key figures in both
 * arms over the last part of the run with their difference and its 95 % interval, and for the
 * measures of the loop a chart of both arms over time above their difference.
 */
public final class CompareReport {
    /** The measures charted: loneliness, use and contact. */
    private static final List<String> CHARTED = List.of(DailyMetrics.STRONGLY_LONELY, "meanLoneliness", "meanUseMinutes",
            "meanContacts");

    private CompareReport() {
    }

    /** Writes charts/ and report.html into a comparison folder. */
    public static Path write(Path folder) throws IOException, ScenarioException {
        CsvTable t = CsvTable.read(folder.resolve(Comparison.FILE));
        Manifest.Contents m = Manifest.read(folder);
        String against = m.extra("comparedWith", "the comparison");
        ReportPage page = new ReportPage(folder, m.scenario().name() + " against " + against, String.format(
                Locale.ROOT, "%s replications on common seeds (base seed %d), %,d agents, LonelyLoop %s (%s)",
                m.extra("replications", "?"), m.seed(), m.scenario().population().size(), m.version(), m.commit()))
                .question(m.scenario());
        Html h = page.html();
        h.open("p").text("Each replication ran the scenario and " + against + " on one seed, "
                + (Boolean.parseBoolean(m.extra("branched", "false")) ? "both branched from the same world at the end "
                        + "of one burn-in" : "each from its own start (they are different worlds)")
                + "; every random draw is keyed by purpose, agent and day, so the two arms differ only by what "
                + "differs between them. Differences are the scenario minus " + against + ", with 95 % intervals over "
                + "the paired replications.").close("p");
        int[] window = lastPart(t);
        h.element("h2", String.format(Locale.ROOT, "Key figures, mean of days %d to %d", window[0], window[1] - 1));
        h.open("table").open("tr").element("th", "").element("th", "scenario").element("th", against)
                .element("th", "difference [95 % CI]").close("tr");
        for (KeyFigure f : KeyFigure.ALL) {
            double[] w = windowMeans(t, f.column(), window);
            if (Double.isNaN(w[0])) {
                continue;
            }
            h.open("tr").element("td", f.label()).element("td", ReportPage.fmt(f.shown(w[0])))
                    .element("td", ReportPage.fmt(f.shown(w[1])))
                    .element("td", ReportPage.withInterval(f.shown(w[2]), f.shown(w[3]), f.shown(w[4]))).close("tr");
        }
        h.close("table");
        h.open("p").text("The interval of a window is the mean of the daily intervals' ends: a guide, not a test; "
                + "'lonelyloop test' judges a scenario's stated predictions properly.").close("p");
        List<ReportChart> charts = new ArrayList<>();
        for (KeyFigure f : KeyFigure.ALL) {
            if (CHARTED.contains(f.column())) {
                charts.add(chart(t, f, against));
            }
        }
        return page.charts(charts).files(Comparison.FILE + " holds every measure on every recorded day in both arms, "
                + "their difference and its 95 % interval; " + Comparison.ARMS + "/ holds each run's series in the "
                + "format of timeseries.csv (docs/outputs.md).")
                .manifest("manifest.json", folder.resolve(Manifest.FILE)).finish();
    }

    /** [from, to) days of the last year of the run, or of its second half when it is shorter than two years. */
    public static int[] lastPart(CsvTable t) {
        double lastDay = t.size() == 0 ? 0 : t.number(t.size() - 1, "day");
        int end = (int) lastDay + 1;
        int from = end >= 730 ? end - 365 : end / 2;
        return new int[] {from, end};
    }

    /** {scenario, comparison, difference, low, high}, each the mean over the window's recorded days. */
    public static double[] windowMeans(CsvTable t, String measure, int[] window) {
        double[] sum = new double[5];
        int n = 0;
        String[] cols = {"scenario", "comparison", "difference", "low", "high"};
        for (int r = 0; r < t.size(); r++) {
            double day = t.number(r, "day");
            if (t.text(r, "measure").equals(measure) && day >= window[0] && day < window[1]) {
                for (int c = 0; c < cols.length; c++) {
                    sum[c] += t.number(r, cols[c]);
                }
                n++;
            }
        }
        for (int c = 0; c < sum.length; c++) {
            sum[c] = n == 0 ? Double.NaN : sum[c] / n;
        }
        return sum;
    }

    private static ReportChart chart(CsvTable t, KeyFigure f, String against) {
        XYSeries mine = new XYSeries("scenario", false, true);
        XYSeries theirs = new XYSeries(against, false, true);
        YIntervalSeries diff = new YIntervalSeries("difference (95 % CI)", false, true);
        for (int r = 0; r < t.size(); r++) {
            if (!t.text(r, "measure").equals(f.column())) {
                continue;
            }
            double day = t.number(r, "day");
            mine.add(day, t.number(r, "scenario") * f.scale());
            theirs.add(day, t.number(r, "comparison") * f.scale());
            double d = t.number(r, "difference") * f.scale();
            double low = t.number(r, "low") * f.scale();
            double high = t.number(r, "high") * f.scale();
            diff.add(day, d, Double.isNaN(low) ? d : low, Double.isNaN(high) ? d : high);
        }
        XYSeriesCollection arms = new XYSeriesCollection();
        arms.addSeries(mine);
        arms.addSeries(theirs);
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        lines.setSeriesPaint(0, Look.series(0));
        lines.setSeriesPaint(1, Look.series(1));
        NumberAxis level = new NumberAxis(f.label());
        level.setAutoRangeIncludesZero(false);
        XYPlot top = new XYPlot(arms, null, level, lines);
        YIntervalSeriesCollection d = new YIntervalSeriesCollection();
        d.addSeries(diff);
        org.jfree.chart.renderer.xy.DeviationRenderer band = SweepCharts.bands(1, false);
        band.setSeriesPaint(0, Look.series(2));
        band.setSeriesFillPaint(0, Look.series(2));
        XYPlot bottom = new XYPlot(d, null, new NumberAxis("difference"), band);
        bottom.addRangeMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(1f)));
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(new NumberAxis("day"));
        plot.add(top, 2);
        plot.add(bottom, 1);
        JFreeChart chart = new JFreeChart(f.label() + ": scenario and " + against, JFreeChart.DEFAULT_TITLE_FONT, plot,
                true);
        Look.apply(chart);
        Look.plot(top);
        Look.plot(bottom);
        return new ReportChart("compare-" + f.column(), "Above: " + f.label() + " in both arms, mean over replications. "
                + "Below: the scenario minus " + against + " with its 95 % interval over the paired replications; "
                + "zero is no effect.", chart);
    }
}
