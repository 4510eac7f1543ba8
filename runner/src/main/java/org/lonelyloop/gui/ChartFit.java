package org.lonelyloop.gui;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.ui.RectangleEdge;
import org.jfree.ui.RectangleInsets;
import org.lonelyloop.report.Look;

/**
 * Fits a chart's words to the panel it is drawn in, so that on a small projector the lines keep
 * their room: the plot (the area inside the axes) gets at least {@link #PLOT_SHARE} of the panel,
 * and the words give way first, in the order a class misses them least: the "day" under the time
 * axis, the legend's place (below the plot, then beside it), then the size of every word, step by
 * step down to {@link #SMALLEST} of the report size. Only at the smallest size, if the plot is still
 * short of its share, does the value axis lose its label too; the title (the question the chart
 * answers) always stays.
 *
 * <p>Measured, not guessed: each candidate is drawn off screen at the panel's size and the plot's
 * share read from JFreeChart's rendering info, the same figure the GUI test reads from the panel.
 */
final class ChartFit {
    /** The share of the panel the plot keeps, at least. */
    static final double PLOT_SHARE = 0.5;
    /** The share aimed at, a little above the floor, so that growing tick labels do not undo a fit. */
    static final double AIM = 0.55;
    /** The smallest words, as a multiple of the report size (11 px for legends and tick labels). */
    static final float SMALLEST = 0.8f;
    /** Each step down in word size. */
    static final float STEP = 0.9f;

    /**
     * One way of drawing the chart's words.
     *
     * @param scale       word size, as a multiple of the report size
     * @param legendRight the legend beside the plot rather than below it
     * @param dayLabel    the time axis keeps its label
     * @param valueLabel  the value axis keeps its label
     */
    record Words(float scale, boolean legendRight, boolean dayLabel, boolean valueLabel) {
    }

    /** What a fit chose and the plot's share it measured with it. */
    record Fit(Words words, double share) {
        boolean enough() {
            return share >= PLOT_SHARE;
        }
    }

    private final JFreeChart chart;
    private final String dayLabel;
    private final String valueLabel;

    ChartFit(JFreeChart chart) {
        this.chart = chart;
        XYPlot plot = chart.getXYPlot();
        this.dayLabel = plot.getDomainAxis().getLabel();
        this.valueLabel = plot.getRangeAxis().getLabel();
    }

    /** The candidates, most words first, for words that would like to be {@code preferred} times the report size. */
    static List<Words> candidates(float preferred) {
        List<Words> out = new ArrayList<>();
        for (float s = preferred; ; s = Math.max(SMALLEST, s * STEP)) {
            out.add(new Words(s, false, true, true));
            out.add(new Words(s, false, false, true));
            out.add(new Words(s, true, false, true));
            if (s <= SMALLEST) {
                break;
            }
        }
        out.add(new Words(SMALLEST, false, false, false));
        out.add(new Words(SMALLEST, true, false, false));
        return out;
    }

    /**
     * Chooses the first candidate whose plot keeps {@link #AIM} of a {@code width} x {@code height}
     * panel (or, failing that, the one with the largest plot), applies it and returns it.
     */
    Fit fit(int width, int height, float preferred) {
        boolean notify = chart.isNotify();
        chart.setNotify(false);
        try {
            Fit best = null;
            for (Words w : candidates(preferred)) {
                apply(w);
                Fit f = new Fit(w, share(chart, width, height));
                if (f.share() >= AIM) {
                    return f;
                }
                if (best == null || f.share() > best.share()) {
                    best = f;
                }
            }
            apply(best.words());
            return best;
        } finally {
            chart.setNotify(notify);
        }
    }

    /** Draws the chart's words this way, with JFreeChart's spacing between them halved or less. */
    void apply(Words w) {
        Look.apply(chart, w.scale());
        chart.setPadding(new RectangleInsets(2, 2, 2, 2));
        chart.getTitle().setPadding(new RectangleInsets(1, 2, 1, 2));
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(w.legendRight() ? RectangleEdge.RIGHT : RectangleEdge.BOTTOM);
            legend.setMargin(new RectangleInsets(0, 0, 0, 0));
            legend.setPadding(new RectangleInsets(0, 1, 0, 1));
            legend.setItemLabelPadding(new RectangleInsets(0, 2, 0, 4));
        }
        XYPlot plot = chart.getXYPlot();
        plot.setInsets(new RectangleInsets(2, 1, 2, 6));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        for (ValueAxis axis : List.of(plot.getDomainAxis(), plot.getRangeAxis())) {
            axis.setLabelInsets(new RectangleInsets(1, 1, 1, 1));
            axis.setTickLabelInsets(new RectangleInsets(1, 2, 1, 2));
        }
        plot.getDomainAxis().setLabel(w.dayLabel() ? dayLabel : null);
        plot.getRangeAxis().setLabel(w.valueLabel() ? valueLabel : null);
    }

    /** The plot's share of a {@code width} x {@code height} drawing of the chart as it stands. */
    static double share(JFreeChart chart, int width, int height) {
        if (width <= 0 || height <= 0) {
            return 0;
        }
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height), info);
        } finally {
            g.dispose();
        }
        return share(info, width, height);
    }

    /** The plot's share of the area a chart was drawn in, from what JFreeChart recorded while drawing. */
    static double share(ChartRenderingInfo info, double width, double height) {
        Rectangle2D data = info.getPlotInfo().getDataArea();
        return data == null || width <= 0 || height <= 0 ? 0 : data.getWidth() * data.getHeight() / (width * height);
    }
}
