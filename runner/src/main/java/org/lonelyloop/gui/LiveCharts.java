package org.lonelyloop.gui;

import java.awt.GridLayout;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.swing.JPanel;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.lonelyloop.classroom.Labels;
import org.lonelyloop.model.observe.DailyMetrics;
import org.lonelyloop.model.observe.DayRecord;
import org.lonelyloop.model.state.LonelinessSource;
import org.lonelyloop.report.KeyFigure;
import org.lonelyloop.report.Look;

/**
 * The four live charts, in a row or two by two for a projector (large words where there is room, few
 * colours, axes with units; {@link ChartFit} gives the lines their room first): loneliness
 * categories; active, passive and night minutes; offline ties and meetings; pathway contributions
 * stacked (a week's running mean, so the weekday rhythm does not hide the trend). Fed one day at a
 * time on the Swing thread.
 */
public final class LiveCharts extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final float FONT_SCALE = 1.5f;
    private static final int WEEK = 7;
    /** A chart's usual width over height. */
    private static final double SHAPE = 4.0 / 3;

    private final XYSeries notLonely;
    private final XYSeries somewhat;
    private final XYSeries strongly;
    private final XYSeries active;
    private final XYSeries passive;
    private final XYSeries night;
    private final XYSeries ties;
    private final XYSeries meetings;
    private final List<XYSeries> sources = new ArrayList<>();

    /**
     * The loop's arms as the loop window names them, each the sum of the ledger's terms it stands
     * for: thirteen terms in one small chart left room for the legend and none for the areas
     * (persistence, contact and attachment, the ordinary pull and reliefs, are left out).
     */
    enum Arm {
        DISPLACEMENT("displacement", LonelinessSource.DISPLACEMENT),
        ONLINE("online", LonelinessSource.COMPARISON, LonelinessSource.FOMO, LonelinessSource.MOOD_DYNAMICS,
                LonelinessSource.REINFORCEMENT, LonelinessSource.PLATFORMS, LonelinessSource.CYBERBULLYING),
        SLEEP("sleep", LonelinessSource.SLEEP),
        WITHDRAWAL("withdrawal", LonelinessSource.WITHDRAWAL),
        EVENTS("events", LonelinessSource.EVENTS),
        HELP("help", LonelinessSource.MAINTENANCE, LonelinessSource.INTERVENTIONS);

        final String key;
        final List<LonelinessSource> terms;

        Arm(String key, LonelinessSource... terms) {
            this.key = key;
            this.terms = List.of(terms);
        }

        double of(DayRecord r) {
            double sum = 0;
            for (LonelinessSource s : terms) {
                sum += r.get(s.column());
            }
            return sum;
        }
    }
    private final Deque<double[]> lastWeek = new ArrayDeque<>();
    private final List<JFreeChart> charts = new ArrayList<>();
    private final List<FittedChartPanel> panels = new ArrayList<>();

    public LiveCharts(Labels labels) {
        super(new GridLayout(2, 2, 6, 6));
        String day = labels.get("chart.day");
        notLonely = new XYSeries(labels.get("legend.not"), true, false);
        somewhat = new XYSeries(labels.get("legend.somewhat"), true, false);
        strongly = new XYSeries(labels.get("legend.strongly"), true, false);
        add(lines(labels.get("chart.loneliness"), day, labels.get("chart.loneliness.axis"),
                List.of(notLonely, somewhat, strongly), List.of(Look.NOT_LONELY, Look.SOMEWHAT_LONELY, Look.STRONGLY_LONELY)));
        active = new XYSeries(labels.get("chart.use.active"), true, false);
        passive = new XYSeries(labels.get("chart.use.passive"), true, false);
        night = new XYSeries(labels.get("chart.use.night"), true, false);
        add(lines(labels.get("chart.use"), day, labels.get("chart.use.axis"), List.of(active, passive, night),
                List.of(Look.series(0), Look.series(1), Look.series(7))));
        ties = new XYSeries(labels.get("chart.contact.ties"), true, false);
        meetings = new XYSeries(labels.get("chart.contact.meetings"), true, false);
        add(lines(labels.get("chart.contact"), day, labels.get("chart.contact.axis"), List.of(ties, meetings),
                List.of(Look.series(2), Look.series(3))));
        DefaultTableXYDataset stack = new DefaultTableXYDataset();
        for (Arm arm : Arm.values()) {
            XYSeries series = new XYSeries(labels.get("arm." + arm.key), false, false);
            sources.add(series);
            stack.addSeries(series);
        }
        JFreeChart pathways = ChartFactory.createXYLineChart(labels.get("chart.pathways"), day,
                labels.get("chart.pathways.axis"), stack, PlotOrientation.VERTICAL, true, false, false);
        StackedXYAreaRenderer2 r = new StackedXYAreaRenderer2();
        for (int k = 0; k < sources.size(); k++) {
            r.setSeriesPaint(k, Look.series(k));
        }
        pathways.getXYPlot().setRenderer(r);
        add(pathways);
    }

    private JFreeChart lines(String title, String x, String y, List<XYSeries> series, List<java.awt.Color> colours) {
        XYSeriesCollection d = new XYSeriesCollection();
        series.forEach(d::addSeries);
        JFreeChart chart = ChartFactory.createXYLineChart(title, x, y, d, PlotOrientation.VERTICAL, true, false, false);
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
        for (int k = 0; k < colours.size(); k++) {
            r.setSeriesPaint(k, colours.get(k));
        }
        ((NumberAxis) chart.getXYPlot().getRangeAxis()).setAutoRangeIncludesZero(true);
        return chart;
    }

    private void add(JFreeChart chart) {
        float preferred = FONT_SCALE * (float) Zoom.factor();
        Look.apply(chart, preferred);
        charts.add(chart);
        FittedChartPanel p = new FittedChartPanel(chart, preferred);
        panels.add(p);
        add(p);
    }

    /**
     * Four in a row or two by two, whichever gives each chart the shape nearer a usual chart's
     * (about 4:3): a wide, low window along the bottom of the screen gets a row.
     */
    @Override
    public void doLayout() {
        if (getWidth() > 0 && getHeight() > 0) {
            double row = Math.abs(Math.log(getWidth() / 4.0 / getHeight() / SHAPE));
            double square = Math.abs(Math.log(getWidth() / (double) getHeight() / SHAPE));
            GridLayout grid = (GridLayout) getLayout();
            grid.setRows(row < square ? 1 : 2);
            grid.setColumns(row < square ? 4 : 2);
        }
        super.doLayout();
    }

    /** The charts' panels in reading order, each fitting its chart's words to its size. */
    List<FittedChartPanel> panels() {
        return panels;
    }

    /** The charts in reading order: loneliness, use, contact, pathways. */
    public List<JFreeChart> charts() {
        return charts;
    }

    /** Adds a day (call on the Swing thread). */
    public void record(DayRecord r) {
        double day = r.day();
        notLonely.add(day, KeyFigure.shown(DailyMetrics.NOT_LONELY, r), false);
        somewhat.add(day, KeyFigure.shown(DailyMetrics.SOMEWHAT_LONELY, r), false);
        strongly.add(day, KeyFigure.shown(DailyMetrics.STRONGLY_LONELY, r), true);
        active.add(day, r.get("meanActiveMinutes"), false);
        passive.add(day, r.get("meanPassiveMinutes"), false);
        night.add(day, r.get("meanNightMinutes"), true);
        ties.add(day, r.get("meanOfflineTies"), false);
        meetings.add(day, 7 * r.get("meanContacts"), true);
        Arm[] arms = Arm.values();
        double[] today = new double[arms.length];
        for (int k = 0; k < today.length; k++) {
            today[k] = arms[k].of(r);
        }
        lastWeek.addLast(today);
        if (lastWeek.size() > WEEK) {
            lastWeek.removeFirst();
        }
        for (int k = 0; k < today.length; k++) {
            double sum = 0;
            for (double[] d : lastWeek) {
                sum += d[k];
            }
            // The stacked dataset adds each new day to every series as it sees it, so update, not add.
            sources.get(k).addOrUpdate(day, 1000 * sum / lastWeek.size());
        }
    }

    /** Forgets every day (a new run). */
    public void clear() {
        for (XYSeries s : List.of(notLonely, somewhat, strongly, active, passive, night, ties, meetings)) {
            s.clear();
        }
        sources.forEach(XYSeries::clear);
        lastWeek.clear();
    }
}
