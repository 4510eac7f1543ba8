package org.lonelyloop.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.lonelyloop.classroom.Labels;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.report.Look;
import org.lonelyloop.scenario.Scenario;

/** What the GUI shows after some days, driven as the Console drives it, without a screen. */
class GuiPipelineTest {
    @Test
    void watchingDoesNotChangeTheRun() {
        LonelyLoopWithUI gui = HeadlessGui.after(25, Labels.forLanguage("en"));
        gui.follow(4);
        HeadlessGui.step(gui, 5);
        LonelyLoop plain = LonelyLoop.create(HeadlessGui.classroom().model());
        plain.start();
        for (int d = 0; d < 30; d++) {
            plain.stepDay();
        }
        assertArrayEquals(plain.latest().values(), HeadlessGui.model(gui).latest().values(), 0);
    }

    @Test
    void theChartsHoldEveryDayInTheirSeries() {
        LonelyLoopWithUI gui = HeadlessGui.after(12, Labels.forLanguage("en"));
        List<JFreeChart> charts = gui.charts().charts();
        assertEquals(4, charts.size());
        XYDataset loneliness = charts.get(0).getXYPlot().getDataset();
        assertEquals(List.of("not lonely", "somewhat", "very lonely"), List.of(loneliness.getSeriesKey(0),
                loneliness.getSeriesKey(1), loneliness.getSeriesKey(2)));
        assertEquals(12, loneliness.getItemCount(0));
        double strongly = HeadlessGui.model(gui).latest().get("shareStronglyLonely");
        assertEquals(100 * strongly, loneliness.getYValue(2, 11), 1e-9);
        assertEquals(Look.STRONGLY_LONELY, charts.get(0).getXYPlot().getRenderer().getSeriesPaint(2));
        assertEquals(3, charts.get(1).getXYPlot().getDataset().getSeriesCount(), "active, passive, night");
        assertEquals(2, charts.get(2).getXYPlot().getDataset().getSeriesCount(), "ties, meetings");
        assertEquals(LiveCharts.Arm.values().length, charts.get(3).getXYPlot().getDataset().getSeriesCount(),
                "one area for each arm of the loop");
        BufferedImage img = charts.get(1).createBufferedImage(800, 500);
        assertTrue(Pictures.colours(img) > 30, "the use chart is drawn");
    }

    @org.junit.jupiter.api.Test
    void everyLedgerTermButTheOrdinaryPullAndReliefsIsInExactlyOneArmOfThePathwaysChart() {
        java.util.Map<org.lonelyloop.model.state.LonelinessSource, Integer> count = new java.util.EnumMap<>(
                org.lonelyloop.model.state.LonelinessSource.class);
        for (LiveCharts.Arm arm : LiveCharts.Arm.values()) {
            arm.terms.forEach(t -> count.merge(t, 1, Integer::sum));
        }
        for (org.lonelyloop.model.state.LonelinessSource s : org.lonelyloop.model.state.LonelinessSource.values()) {
            boolean shown = s != org.lonelyloop.model.state.LonelinessSource.PERSISTENCE
                    && s != org.lonelyloop.model.state.LonelinessSource.CONTACT
                    && s != org.lonelyloop.model.state.LonelinessSource.ATTACHMENT;
            assertEquals(shown ? 1 : 0, count.getOrDefault(s, 0).intValue(), s.name());
        }
    }


    @Test
    void theDiaryFollowsThePersonChosen() {
        LonelyLoopWithUI gui = HeadlessGui.after(5, Labels.forLanguage("nl"));
        gui.follow(2);
        HeadlessGui.step(gui, 3);
        String text = gui.diaryPanel().text();
        assertTrue(text.startsWith("Dag 7. "), text);
        assertTrue(text.contains("Dag 4. "), "the day it was chosen starts the diary: " + text);
        assertFalse(text.contains("Dag 3. "), text);
        gui.follow(5);
        HeadlessGui.flush();
        assertTrue(gui.diaryPanel().text().startsWith("Dag 7. "), "a new person starts a new diary");
        assertFalse(gui.diaryPanel().text().contains("Dag 6. "));
    }

    @Test
    void theLoopDiagramShowsTheWeeksReading() {
        LonelyLoopWithUI gui = HeadlessGui.after(10, Labels.forLanguage("en"));
        LoopReading r = gui.loopDiagram().reading();
        assertEquals(30, r.people());
        assertTrue(r.lonelinessToUse() > 0, "loneliness adds minutes for those it pushes: " + r);
        assertTrue(r.contactRelief() > 0, "contact relieves: " + r);
        assertTrue(r.comparison() > 0, "comparison adds loneliness: " + r);
    }

    @Test
    void aBigScenarioIsScaledToWhatTheGuiDraws() {
        Scenario big = HeadlessGui.classroom().withPopulation(HeadlessGui.classroom().population().withSize(50_000));
        assertEquals(LonelyLoopWithUI.MAX_PEOPLE, LonelyLoopWithUI.fit(big).population().size());
        assertEquals(30, LonelyLoopWithUI.fit(HeadlessGui.classroom()).population().size());
    }
}
