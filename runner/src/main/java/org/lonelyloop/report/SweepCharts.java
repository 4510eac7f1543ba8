package org.lonelyloop.report;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.lonelyloop.analysis.MeanInterval;
import org.lonelyloop.experiment.SweepPlan;
import org.lonelyloop.experiment.SweepTables;
import org.lonelyloop.model.observe.DailyMetrics;
import org.lonelyloop.output.Manifest;
import org.lonelyloop.output.TimeSeriesWriter;
import org.lonelyloop.table.CsvTable;

/**
 * The charts of a sweep or of a set of replications, drawn from aggregate.csv and the runs'
 * time series: each outcome against the first varied parameter, one line per combination of the
 * others, with its 95 % confidence band across replications; and the trajectories over time.
 */
public final class SweepCharts {
    /** Outcomes charted against the varied parameter: the aggregate's columns, as the key figures show them. */
    private static final List<KeyFigure> OUTCOMES = KeyFigure.of(DailyMetrics.STRONGLY_LONELY, DailyMetrics.NOT_LONELY,
            "meanLoneliness", "meanUseMinutes", "meanContacts", "shareProblematicUse", "meanLoopGain");
    /** Trajectories are drawn for at most this many points (more lines would not be read). */
    private static final int MAX_TRAJECTORIES = 8;

    private SweepCharts() {
    }

    public static List<ReportChart> of(Path folder, SweepPlan plan) throws IOException {
        List<ReportChart> out = new ArrayList<>();
        Path aggregateFile = folder.resolve(SweepTables.AGGREGATE);
        if (!plan.vary().isEmpty() && Files.exists(aggregateFile)) {
            CsvTable aggregate = CsvTable.read(aggregateFile);
            if (aggregate.size() > 0) {
                for (KeyFigure o : OUTCOMES) {
                    out.add(against(plan, aggregate, o));
                }
            }
        }
        if (plan.points() <= MAX_TRAJECTORIES) {
            Trajectories t = Trajectories.read(folder, plan);
            if (t.anyRuns()) {
                out.add(t.chart(DailyMetrics.STRONGLY_LONELY, 100, "% strongly lonely", "trajectory-strongly-lonely"));
                out.add(t.chart("meanUseMinutes", 1, "minutes per day", "trajectory-use"));
            }
        }
        return out;
    }

    private static ReportChart against(SweepPlan plan, CsvTable aggregate, KeyFigure o) {
        String xKey = plan.vary().get(0).key();
        List<String> xValues = plan.vary().get(0).values();
        boolean numeric = xValues.stream().allMatch(SweepCharts::isNumber);
        Map<String, YIntervalSeries> lines = new LinkedHashMap<>();
        for (int row = 0; row < aggregate.size(); row++) {
            StringBuilder rest = new StringBuilder();
            for (int k = 1; k < plan.vary().size(); k++) {
                String key = plan.vary().get(k).key();
                rest.append(rest.length() == 0 ? "" : ", ").append(shortKey(key)).append(" = ")
                        .append(aggregate.text(row, key));
            }
            String name = rest.length() == 0 ? "mean and 95 % CI" : rest.toString();
            String xText = aggregate.text(row, xKey);
            double xv = numeric ? Double.parseDouble(xText) : xValues.indexOf(xText);
            double mean = o.shown(aggregate.number(row, o.column() + "Mean"));
            double low = o.shown(aggregate.number(row, o.column() + "Low"));
            double high = o.shown(aggregate.number(row, o.column() + "High"));
            lines.computeIfAbsent(name, n -> new YIntervalSeries(n, true, false))
                    .add(xv, mean, Double.isNaN(low) ? mean : low, Double.isNaN(high) ? mean : high);
        }
        YIntervalSeriesCollection d = new YIntervalSeriesCollection();
        lines.values().forEach(d::addSeries);
        JFreeChart chart = ChartFactory.createXYLineChart(o.label() + " by " + shortKey(xKey), xKey, o.label(), d,
                PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        if (!numeric) {
            plot.setDomainAxis(new SymbolAxis(xKey, xValues.toArray(new String[0])));
        }
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        plot.setRenderer(bands(d.getSeriesCount(), true));
        Look.apply(chart);
        return new ReportChart("sweep-" + o.column(), "Mean over replications of the last day's " + o.label()
                + " for each value of " + xKey + (plan.vary().size() > 1 ? ", one line per combination of the other "
                + "varied parameters" : "") + "; the band is the 95 % confidence interval of the mean (none with a "
                + "single replication).", chart);
    }

    static DeviationRenderer bands(int series, boolean shapes) {
        DeviationRenderer r = new DeviationRenderer(true, shapes);
        r.setAlpha(0.2f);
        for (int k = 0; k < series; k++) {
            Color c = Look.series(k);
            r.setSeriesPaint(k, c);
            r.setSeriesFillPaint(k, c);
        }
        return r;
    }

    static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The last part of a key path ({@code pathways.compensation.strength} reads as compensation.strength). */
    static String shortKey(String key) {
        String[] parts = key.split("\\.");
        return parts.length <= 2 ? key : parts[parts.length - 2] + "." + parts[parts.length - 1];
    }

    /** The finished runs' time series, grouped by point. */
    private static final class Trajectories {
        private final SweepPlan plan;
        private final Map<Integer, List<CsvTable>> byPoint = new LinkedHashMap<>();

        private Trajectories(SweepPlan plan) {
            this.plan = plan;
        }

        static Trajectories read(Path folder, SweepPlan plan) throws IOException {
            Trajectories t = new Trajectories(plan);
            for (int run = 0; run < plan.runs(); run++) {
                Path dir = folder.resolve("runs").resolve(SweepPlan.runFolder(run));
                if (Files.exists(dir.resolve(Manifest.FILE))) {
                    t.byPoint.computeIfAbsent(plan.pointOf(run), k -> new ArrayList<>())
                            .add(CsvTable.read(dir.resolve(TimeSeriesWriter.FILE)));
                }
            }
            return t;
        }

        boolean anyRuns() {
            return !byPoint.isEmpty();
        }

        ReportChart chart(String column, double scale, String label, String name) {
            YIntervalSeriesCollection d = new YIntervalSeriesCollection();
            TimeScale time = null;
            for (Map.Entry<Integer, List<CsvTable>> e : byPoint.entrySet()) {
                List<CsvTable> runs = e.getValue();
                int rows = runs.stream().mapToInt(CsvTable::size).min().orElse(0);
                double[] days = runs.get(0).numbers("day");
                time = TimeScale.forLastDay(rows == 0 ? 0 : days[rows - 1]);
                Bins bins = new Bins(rows, time.rowsPerBin(rows < 2 ? 1 : days[1] - days[0]));
                List<double[]> binned = new ArrayList<>();
                for (CsvTable t : runs) {
                    binned.add(bins.of(java.util.Arrays.copyOf(t.numbers(column), rows)));
                }
                double[] x = bins.of(java.util.Arrays.copyOf(days, rows));
                YIntervalSeries s = new YIntervalSeries(pointName(e.getKey(), runs.size()), false, false);
                for (int k = 0; k < x.length; k++) {
                    double[] values = new double[binned.size()];
                    for (int r = 0; r < values.length; r++) {
                        values[r] = binned.get(r)[k] * scale;
                    }
                    double[] ci = MeanInterval.of(values);
                    s.add(time.of(x[k]), ci[0], Double.isNaN(ci[1]) ? ci[0] : ci[1], Double.isNaN(ci[2]) ? ci[0] : ci[2]);
                }
                d.addSeries(s);
            }
            JFreeChart chart = ChartFactory.createXYLineChart(label + " over time", time.label(), label, d,
                    PlotOrientation.VERTICAL, true, false, false);
            chart.getXYPlot().setRenderer(bands(d.getSeriesCount(), false));
            ((NumberAxis) chart.getXYPlot().getRangeAxis()).setAutoRangeIncludesZero(false);
            Look.apply(chart);
            return new ReportChart(name, "Mean " + label + " over time across the replications of each parameter "
                    + "point, with the 95 % confidence band of the mean.", chart);
        }

        private String pointName(int point, int runs) {
            if (plan.vary().isEmpty()) {
                return runs + (runs == 1 ? " run" : " runs");
            }
            List<String> values = plan.valuesAt(point);
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < values.size(); k++) {
                sb.append(k == 0 ? "" : ", ").append(shortKey(plan.vary().get(k).key())).append(" = ").append(values.get(k));
            }
            return sb.toString();
        }
    }
}
