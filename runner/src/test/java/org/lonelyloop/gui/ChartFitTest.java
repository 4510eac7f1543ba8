package org.lonelyloop.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lonelyloop.classroom.Labels;

/**
 * The live charts on a projector, off screen: laid out in the charts window a 1366x768 or 1280x720
 * screen gives them, less a window manager's title bar (which the virtual screen of the GUI test
 * does not draw), at the GUI's scales; each chart keeps at least half its panel for its plot, read
 * from JFreeChart's rendering info after a real paint.
 */
class ChartFitTest {
    /** A title bar of a usual window manager: the virtual screen has none, a classroom PC has one. */
    private static final int TITLE_BAR = 30;

    @AfterEach
    void back() {
        Zoom.set(1);
    }

    @ParameterizedTest(name = "{0}x{1} at scale {2}")
    @CsvSource({"1366, 768, 1", "1280, 720, 1", "1366, 768, 1.5", "1280, 720, 2", "1920, 1080, 1"})
    void everyChartKeepsHalfItsPanelForItsLines(int width, int height, double scale) {
        Zoom.set(scale);
        LonelyLoopWithUI gui = HeadlessGui.after(60, Labels.forLanguage("nl"));
        Rectangle window = ScreenLayout.fit(new Rectangle(0, 0, width, height)).charts();
        LiveCharts charts = gui.charts();
        charts.setSize(window.width, window.height - TITLE_BAR);
        charts.doLayout();
        BufferedImage img = new BufferedImage(window.width, window.height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        charts.printAll(g);
        g.dispose();
        assertEquals(4, charts.panels().size());
        for (FittedChartPanel p : charts.panels()) {
            String chart = p.getChart().getTitle().getText();
            assertTrue(p.getWidth() > 150 && p.getHeight() > 150, chart + " laid out: " + p.getSize());
            assertTrue(p.plotShare() >= ChartFit.PLOT_SHARE, chart + ": plot " + p.plotShare() + " of "
                    + p.getSize() + " with " + p.fit());
            assertTrue(p.getChart().getTitle().getFont().getSize() >= 11, chart + "'s title stays readable");
        }
    }

    @Test
    void withRoomTheWordsKeepTheirSizeAndPlace() {
        LonelyLoopWithUI gui = HeadlessGui.after(20, Labels.forLanguage("en"));
        ChartFit fit = new ChartFit(gui.charts().charts().get(0));
        ChartFit.Fit roomy = fit.fit(900, 600, 1.5f);
        assertEquals(new ChartFit.Words(1.5f, false, true, true), roomy.words(), "nothing gives way: " + roomy);
        ChartFit.Fit cramped = fit.fit(240, 200, 1.5f);
        assertTrue(cramped.words().scale() < 1.5f, "words shrink in a small panel: " + cramped);
        assertTrue(cramped.enough(), "and the plot keeps its share: " + cramped);
        assertEquals(fit.fit(240, 200, 1.5f), cramped, "the same panel, the same fit");
    }

    @Test
    void theDayGivesWayBeforeTheLegendMovesAndBothBeforeTheWordsShrink() {
        List<ChartFit.Words> c = ChartFit.candidates(1.2f);
        assertEquals(new ChartFit.Words(1.2f, false, true, true), c.get(0));
        assertEquals(new ChartFit.Words(1.2f, false, false, true), c.get(1));
        assertEquals(new ChartFit.Words(1.2f, true, false, true), c.get(2));
        assertTrue(c.get(3).scale() < 1.2f);
        for (int i = 1; i < c.size(); i++) {
            assertTrue(c.get(i).scale() <= c.get(i - 1).scale(), "never larger again: " + c);
            assertTrue(c.get(i).scale() >= ChartFit.SMALLEST, "never below the smallest: " + c);
        }
        assertFalse(c.get(c.size() - 1).valueLabel(), "only the last resort drops the value axis's label");
        assertTrue(c.subList(0, c.size() - 2).stream().allMatch(ChartFit.Words::valueLabel));
    }
}
