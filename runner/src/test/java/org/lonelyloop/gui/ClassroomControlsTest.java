package org.lonelyloop.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.intervention.InterventionTypes;
import org.lonelyloop.model.params.Days;
import sim.util.Interval;

/** The Model tab: sliders bounded as the scenario format bounds them, switches acting from today. */
class ClassroomControlsTest {
    @Test
    void everySwitchIsAValidIntervention() {
        for (String name : ClassroomControls.SWITCHES.keySet()) {
            assertTrue(InterventionTypes.all().containsKey(InterventionTypes.nameOf(ClassroomControls.spec(name))), name);
        }
    }

    @Test
    void sliderRangesAreTheParameterBounds() {
        LonelyLoopWithUI gui = new LonelyLoopWithUI(HeadlessGui.classroom(), Labels.forLanguage("en"));
        Interval strength = (Interval) gui.controls().domCompensationStrength();
        assertEquals(-5.0, strength.getMin().doubleValue());
        assertEquals(5.0, strength.getMax().doubleValue());
        assertTrue(gui.getMaximumPropertiesForInspector() > 25);
        assertTrue(gui.controls().desCompensationStrength().startsWith("How strongly loneliness raises"));
    }

    @Test
    void aSliderRetunesTheRunningModelAndAnImpossibleValueIsRefused() {
        LonelyLoopWithUI gui = HeadlessGui.after(3, Labels.forLanguage("en"));
        ClassroomControls c = gui.controls();
        c.setCompensationStrength(0.5);
        assertEquals(0.5, HeadlessGui.model(gui).scenario().pathways().compensation().strength());
        c.setComparison(false);
        assertFalse(HeadlessGui.model(gui).scenario().pathways().comparison().enabled());
        c.setCompensationStrength(9);
        assertEquals(0.5, c.getCompensationStrength(), "refused");
        assertTrue(gui.messages().get(0).contains("pathways.compensation.strength"), gui.messages().toString());
    }

    @Test
    void anInterventionSwitchActsFromTodayAndStops() {
        LonelyLoopWithUI gui = HeadlessGui.after(4, Labels.forLanguage("en"));
        LonelyLoop m = HeadlessGui.model(gui);
        gui.controls().setDailyTimeLimit(true);
        assertTrue(gui.controls().getDailyTimeLimit());
        assertEquals(Days.of(4), m.scenario().interventions().get(0).start());
        HeadlessGui.step(gui, 3);
        gui.controls().setDailyTimeLimit(false);
        assertFalse(gui.controls().getDailyTimeLimit());
        assertEquals(Days.of(7), m.scenario().interventions().get(0).end());
    }

    @Test
    void aSwitchSetBeforePlayStartsWithTheRun() {
        LonelyLoopWithUI gui = new LonelyLoopWithUI(HeadlessGui.classroom(), Labels.forLanguage("en"));
        gui.controls().setHobby(true);
        assertTrue(gui.controls().getHobby());
        gui.start();
        LonelyLoop m = HeadlessGui.model(gui);
        assertEquals(1, m.scenario().interventions().size());
        assertEquals(Days.of(0), m.scenario().interventions().get(0).start());
        assertNull(m.scenario().interventions().get(0).end());
    }
}
