package org.lonelyloop.report;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.lonelyloop.model.observe.DailyMetrics;
import org.lonelyloop.model.state.LonelinessSource;
import org.lonelyloop.table.CsvTable;

/** The charts of one run, drawn from its timeseries.csv. */
public final class RunCharts {
    private static final String[] AGE_BANDS = {"15to24", "25to34", "35to44", "45to54", "55to64", "65to74", "75plus"};

    private final CsvTable ts;
    private final TimeScale time;
    private final Bins bins;
    private final double[] x;

    private RunCharts(CsvTable ts) {
        this.ts = ts;
        double[] days = ts.numbers("day");
        this.time = TimeScale.forLastDay(days.length == 0 ? 0 : days[days.length - 1]);
        this.bins = new Bins(days.length, time.rowsPerBin(days.length < 2 ? 1 : days[1] - days[0]));
        this.x = bins.of(days);
        for (int k = 0; k < x.length; k++) {
            x[k] = time.of(x[k]);
        }
    }

    /** Every chart the run's columns allow, in reading order. */
    public static List<ReportChart> of(CsvTable timeseries) {
        RunCharts c = new RunCharts(timeseries);
        List<ReportChart> out = new ArrayList<>();
        out.add(c.loneliness());
        out.add(c.use());
        out.add(c.contact());
        out.add(c.pathways());
        out.add(c.loop());
        if (c.hasParticipants()) {
            out.add(c.treated());
        }
        if (timeseries.has("shareStronglyLonelyAge" + AGE_BANDS[0])) {
            out.add(c.ages());
        }
        return out;
    }

    private ReportChart loneliness() {
        XYSeriesCollection d = new XYSeriesCollection();
        d.addSeries(series("not lonely", DailyMetrics.NOT_LONELY, 100));
        d.addSeries(series("somewhat lonely", DailyMetrics.SOMEWHAT_LONELY, 100));
        d.addSeries(series("strongly lonely", DailyMetrics.STRONGLY_LONELY, 100));
        JFreeChart chart = lines("Loneliness", "% of people", d);
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
        r.setSeriesPaint(0, Look.NOT_LONELY);
        r.setSeriesPaint(1, Look.SOMEWHAT_LONELY);
        r.setSeriesPaint(2, Look.STRONGLY_LONELY);
        return new ReportChart("loneliness", "Share of people by De Jong Gierveld category (score 0-1 not lonely, "
                + "2-4 somewhat, 5-6 strongly lonely).", chart);
    }

    private ReportChart use() {
        XYSeriesCollection d = new XYSeriesCollection();
        d.addSeries(series("active", "meanActiveMinutes", 1));
        d.addSeries(series("passive", "meanPassiveMinutes", 1));
        d.addSeries(series("at night", "meanNightMinutes", 1));
        return new ReportChart("use", "Mean minutes a day of active use (posting, reacting, messaging), passive "
                + "use (scrolling) and use late at night in bed (part of the other two).",
                lines("Social-media use", "minutes per day", d));
    }

    private ReportChart contact() {
        XYSeriesCollection ties = new XYSeriesCollection(series("offline ties", "meanOfflineTies", 1));
        XYSeriesCollection meetings = new XYSeriesCollection(series("face-to-face meetings per week", "meanContacts", 7));
        JFreeChart chart = lines("Ties and contact", "ties per person", ties);
        XYPlot plot = chart.getXYPlot();
        plot.setRangeAxis(1, new NumberAxis("meetings per week"));
        plot.setDataset(1, meetings);
        plot.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer second = new XYLineAndShapeRenderer(true, false);
        second.setDrawSeriesLineAsPath(true);
        second.setSeriesPaint(0, Look.series(1));
        plot.setRenderer(1, second);
        ((NumberAxis) plot.getRangeAxis(0)).setAutoRangeIncludesZero(true);
        ((NumberAxis) plot.getRangeAxis(1)).setAutoRangeIncludesZero(true);
        Look.apply(chart);
        return new ReportChart("contact", "Mean number of offline ties (left axis) and face-to-face meetings a week "
                + "(right axis).", chart);
    }

    /** The ledger's pathway terms stacked: above zero they add loneliness, below zero they relieve it. */
    private ReportChart pathways() {
        DefaultTableXYDataset d = new DefaultTableXYDataset();
        for (LonelinessSource s : LonelinessSource.values()) {
            if (s == LonelinessSource.PERSISTENCE || s == LonelinessSource.CONTACT || s == LonelinessSource.ATTACHMENT
                    || !ts.has(s.column())) {
                continue;
            }
            double[] v = bins.of(ts.numbers(s.column()));
            XYSeries series = new XYSeries(s.key, false, false);
            for (int k = 0; k < x.length; k++) {
                series.add(x[k], Double.isNaN(v[k]) ? 0 : v[k] * 1000);
            }
            d.addSeries(series);
        }
        JFreeChart chart = ChartFactory.createXYLineChart("Pathway contributions", time.label(),
                "loneliness change per day (x 1000)", d, PlotOrientation.VERTICAL, true, false, false);
        StackedXYAreaRenderer2 r = new StackedXYAreaRenderer2();
        for (int k = 0; k < d.getSeriesCount(); k++) {
            r.setSeriesPaint(k, Look.series(k));
        }
        chart.getXYPlot().setRenderer(r);
        Look.apply(chart);
        return new ReportChart("pathways", "What each pathway added to (above zero) or took from (below zero) the "
                + "population's mean daily change in loneliness, in thousandths of the latent 0..1 scale (the ledger; "
                + "the pull toward each person's set points and the ordinary relief of contact and of a close attachment "
                + "are left out).", chart);
    }

    private ReportChart loop() {
        XYSeriesCollection gain = new XYSeriesCollection(series("mean loop gain", "meanLoopGain", 1));
        XYSeriesCollection share = new XYSeriesCollection(series("% with a self-reinforcing loop",
                "shareLoopReinforcing", 100));
        JFreeChart chart = lines("The loop", "loop gain", gain);
        XYPlot plot = chart.getXYPlot();
        plot.setRangeAxis(1, new NumberAxis("% of people"));
        plot.setDataset(1, share);
        plot.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer second = new XYLineAndShapeRenderer(true, false);
        second.setDrawSeriesLineAsPath(true);
        second.setSeriesPaint(0, Look.STRONGLY_LONELY);
        plot.setRenderer(1, second);
        Look.apply(chart);
        return new ReportChart("loop", "Loop gain: how much of a rise in loneliness comes back through social-media "
                + "use, against how fast it fades (docs/ODD.md section 4). Above 1 a person's loop "
                + "feeds itself; right axis: the share of such people.", chart);
    }

    private boolean hasParticipants() {
        if (!ts.has("shareParticipants")) {
            return false;
        }
        for (double v : ts.numbers("shareParticipants")) {
            if (v > 0) {
                return true;
            }
        }
        return false;
    }

    /** Participants against everyone else, loneliness above and use below, on one time axis. */
    private ReportChart treated() {
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(new NumberAxis(time.label()));
        combined.setGap(12);
        combined.add(subplot("mean loneliness (0..1)", series("participants", "meanLonelinessParticipants", 1),
                series("everyone else", "meanLonelinessOthers", 1), true));
        combined.add(subplot("use (minutes per day)", series("participants", "meanUseMinutesParticipants", 1),
                series("everyone else", "meanUseMinutesOthers", 1), false));
        JFreeChart chart = new JFreeChart("Interventions: participants and everyone else", JFreeChart.DEFAULT_TITLE_FONT,
                combined, true);
        Look.apply(chart);
        for (Object p : combined.getSubplots()) {
            Look.plot((XYPlot) p);
        }
        return new ReportChart("interventions", "Mean loneliness (top) and minutes of use (bottom) of the people "
                + "taking part in an intervention and of everyone else. Participants are often chosen for being "
                + "lonely or heavy users, so compare trends, not levels; for the effect itself, run the scenario "
                + "without its interventions with the same seed and compare.", chart);
    }

    private static XYPlot subplot(String label, XYSeries treated, XYSeries others, boolean inLegend) {
        XYSeriesCollection d = new XYSeriesCollection();
        d.addSeries(treated);
        d.addSeries(others);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setDrawSeriesLineAsPath(true);
        r.setSeriesPaint(0, Look.series(0));
        r.setSeriesPaint(1, Look.series(14));
        r.setBaseSeriesVisibleInLegend(inLegend);
        NumberAxis y = new NumberAxis(label);
        y.setAutoRangeIncludesZero(false);
        return new XYPlot(d, null, y, r);
    }

    private ReportChart ages() {
        XYSeriesCollection d = new XYSeriesCollection();
        String[] labels = {"15-24", "25-34", "35-44", "45-54", "55-64", "65-74", "75+"};
        for (int g = 0; g < AGE_BANDS.length; g++) {
            d.addSeries(series(labels[g], "shareStronglyLonelyAge" + AGE_BANDS[g], 100));
        }
        return new ReportChart("ages", "Share strongly lonely in each CBS age band.",
                lines("Strongly lonely by age", "% of the age band", d));
    }

    private XYSeries series(String label, String column, double scale) {
        double[] v = bins.of(ts.numbers(column));
        XYSeries s = new XYSeries(label, false, false);
        for (int k = 0; k < x.length; k++) {
            s.add(x[k], v[k] * scale);
        }
        return s;
    }

    private JFreeChart lines(String title, String yLabel, XYSeriesCollection d) {
        JFreeChart chart = ChartFactory.createXYLineChart(title, time.label(), yLabel, d, PlotOrientation.VERTICAL,
                true, false, false);
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
        for (int k = 0; k < d.getSeriesCount(); k++) {
            r.setSeriesPaint(k, Look.series(k));
        }
        r.setDrawSeriesLineAsPath(true);
        Look.apply(chart);
        return chart;
    }
}
