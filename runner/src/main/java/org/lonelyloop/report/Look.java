package org.lonelyloop.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;

/**
 * The look shared by every chart: white background, quiet grid, and the Okabe-Ito palette, which
 * stays distinguishable for readers with colour-vision deficiencies and in greyscale print.
 */
public final class Look {
    public static final Color NOT_LONELY = new Color(0x00, 0x9E, 0x73);
    public static final Color SOMEWHAT_LONELY = new Color(0xE6, 0x9F, 0x00);
    public static final Color STRONGLY_LONELY = new Color(0xD5, 0x5E, 0x00);
    /** Okabe-Ito, then darker and lighter variants for charts with many series. */
    static final Color[] SERIES = {
        new Color(0x00, 0x72, 0xB2), new Color(0xD5, 0x5E, 0x00), new Color(0x00, 0x9E, 0x73),
        new Color(0xCC, 0x79, 0xA7), new Color(0xE6, 0x9F, 0x00), new Color(0x56, 0xB4, 0xE9),
        new Color(0xF0, 0xE4, 0x42), new Color(0x33, 0x33, 0x33), new Color(0x00, 0x4C, 0x77),
        new Color(0x8E, 0x3E, 0x00), new Color(0x00, 0x69, 0x4D), new Color(0x88, 0x51, 0x6F),
        new Color(0x99, 0x6A, 0x00), new Color(0x39, 0x78, 0x9B), new Color(0x99, 0x99, 0x99),
    };
    private static final float AXIS_LABEL = 13;
    private static final float TICK_LABEL = 11;
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

    private Look() {
    }

    public static Color series(int k) {
        return SERIES[k % SERIES.length];
    }

    static void apply(JFreeChart chart) {
        apply(chart, 1);
    }

    /** The shared look with every font {@code scale} times its report size (a projector wants about 1.6). */
    public static void apply(JFreeChart chart, float scale) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.round(15 * scale)));
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(11 * scale)));
            chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        if (chart.getPlot() instanceof XYPlot) {
            plot((XYPlot) chart.getPlot(), scale);
        }
    }

    private static void axis(org.jfree.chart.axis.ValueAxis axis, float scale) {
        if (axis != null) {
            axis.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(AXIS_LABEL * scale)));
            axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(TICK_LABEL * scale)));
        }
    }

    static void plot(XYPlot plot) {
        plot(plot, 1);
    }

    public static void plot(XYPlot plot, float scale) {
        plot.setBackgroundPaint(Color.WHITE);
        for (int a = 0; a < plot.getRangeAxisCount(); a++) {
            axis(plot.getRangeAxis(a), scale);
        }
        for (int a = 0; a < plot.getDomainAxisCount(); a++) {
            axis(plot.getDomainAxis(a), scale);
        }
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlineVisible(false);
        for (int r = 0; r < plot.getRendererCount(); r++) {
            XYItemRenderer renderer = plot.getRenderer(r);
            if (renderer == null) {
                continue;
            }
            int n = plot.getDataset(r) == null ? 0 : plot.getDataset(r).getSeriesCount();
            for (int k = 0; k < n; k++) {
                renderer.setSeriesStroke(k, new BasicStroke(2f * scale, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            }
        }
    }
}
