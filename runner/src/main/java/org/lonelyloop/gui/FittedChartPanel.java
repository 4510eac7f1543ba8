package org.lonelyloop.gui;

import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Insets;
import javax.swing.SwingUtilities;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;

/**
 * A live chart's panel that draws the chart at its own size (never larger and shrunk, which made
 * every word small and the plot no larger) and fits the chart's words to that size before it
 * paints: at a new size, and again when the days drawn so far have pushed the plot below its share
 * (wider tick labels as numbers grow).
 */
final class FittedChartPanel extends ChartPanel {
    private static final long serialVersionUID = 1L;
    private final transient ChartFit fitter;
    private final float preferred;
    private Dimension fittedFor;
    private transient ChartFit.Fit fit;

    /**
     * @param preferred the word size wanted when there is room, as a multiple of the report size
     */
    FittedChartPanel(JFreeChart chart, float preferred) {
        super(chart, false, true, false, true, false);
        this.fitter = new ChartFit(chart);
        this.preferred = preferred;
        setMinimumDrawWidth(1);
        setMinimumDrawHeight(1);
        setMaximumDrawWidth(8000);
        setMaximumDrawHeight(6000);
    }

    @Override
    public void paintComponent(Graphics g) {
        Dimension area = drawArea();
        if (!area.equals(fittedFor)) {
            fit = fitter.fit(area.width, area.height, preferred);
            fittedFor = area;
        }
        super.paintComponent(g);
        if (fit != null && fit.enough() && plotShare() < ChartFit.PLOT_SHARE) {
            // The fit held when it was made; the data has since widened the axes. Fit again, once.
            fittedFor = null;
            fit = null;
            SwingUtilities.invokeLater(this::repaint);
        }
    }

    /** The plot's share of this panel as last painted (from JFreeChart's rendering info). */
    double plotShare() {
        Dimension area = drawArea();
        return ChartFit.share(getChartRenderingInfo(), area.width, area.height);
    }

    /** How the words were last fitted, or null before the first paint. */
    ChartFit.Fit fit() {
        return fit;
    }

    private Dimension drawArea() {
        Insets in = getInsets();
        return new Dimension(getWidth() - in.left - in.right, getHeight() - in.top - in.bottom);
    }
}
