package org.lonelyloop.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lonelyloop.classroom.Labels;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.intervention.InterventionTypes;
import org.lonelyloop.model.params.Days;
import sim.util.Interval;

/** The Model tab: sliders bounded as the scenario format bounds them, switches acting from today. */
class ClassroomControlsTest {
    /** A switch is called what its scenario type and the model's class are called (usage-cap, UsageCap). */
    @Test
    void eachSwitchHasItsInterventionsName() {
        for (var e : ClassroomControls.SWITCHES.entrySet()) {
            Class<?> spec = InterventionTypes.all().get(InterventionTypes.nameOf(e.getValue()));
            assertEquals(spec.getEnclosingClass().getSimpleName(), e.getKey());
        }
        assertEquals("UsageCap", ClassroomControls.switchName("usage-cap"));
    }

    @Test
    void everySwitchIsAValidIntervention() {
        for (String name : ClassroomControls.SWITCHES.keySet()) {
            assertTrue(InterventionTypes.all().containsKey(InterventionTypes.nameOf(ClassroomControls.spec(name))), name);
        }
    }

    @Test
    void sliderRangesAreTheParameterBounds() {
        LonelyLoopWithUI gui = new LonelyLoopWithUI(HeadlessGui.classroom(), Labels.forLanguage("en"));
        Interval strength = (Interval) gui.controls().domain("CompensationStrength");
        assertEquals(-5.0, strength.getMin().doubleValue());
        assertEquals(5.0, strength.getMax().doubleValue());
        assertTrue(gui.getMaximumPropertiesForInspector() > 25);
        assertTrue(gui.controls().description("CompensationStrength").startsWith("How strongly loneliness raises"));
    }

    @Test
    void aSliderRetunesTheRunningModelAndAnImpossibleValueIsRefused() {
        LonelyLoopWithUI gui = HeadlessGui.after(3, Labels.forLanguage("en"));
        ClassroomControls c = gui.controls();
        c.set("CompensationStrength", 0.5);
        assertEquals(0.5, HeadlessGui.model(gui).params().pathways().compensation().strength());
        c.set("Comparison", false);
        assertFalse(HeadlessGui.model(gui).params().pathways().comparison().enabled());
        c.set("CompensationStrength", 9);
        assertEquals(0.5, c.get("CompensationStrength"), "refused");
        assertTrue(gui.messages().get(0).startsWith("--set pathways.compensation.strength=9: "
                + "pathways.compensation.strength: must be between -5 and 5"), "worded as --set is: " + gui.messages());
    }

    @Test
    void anInterventionSwitchActsFromTodayAndStops() {
        LonelyLoopWithUI gui = HeadlessGui.after(4, Labels.forLanguage("en"));
        LonelyLoop m = HeadlessGui.model(gui);
        gui.controls().set("UsageCap", true);
        assertEquals(true, gui.controls().get("UsageCap"));
        assertEquals(Days.of(4), m.params().interventions().get(0).start());
        HeadlessGui.step(gui, 3);
        gui.controls().set("UsageCap", false);
        assertEquals(false, gui.controls().get("UsageCap"));
        assertEquals(Days.of(7), m.params().interventions().get(0).end());
    }

    @Test
    void aSwitchSetBeforePlayStartsWithTheRun() {
        LonelyLoopWithUI gui = new LonelyLoopWithUI(HeadlessGui.classroom(), Labels.forLanguage("en"));
        gui.controls().set("Hobby", true);
        assertEquals(true, gui.controls().get("Hobby"));
        gui.start();
        LonelyLoop m = HeadlessGui.model(gui);
        assertEquals(1, m.params().interventions().size());
        assertEquals(Days.of(0), m.params().interventions().get(0).start());
        assertNull(m.params().interventions().get(0).end());
    }

    @Test
    void masonsInspectorReadsTheTableInItsOrderWithRangesAndDescriptions() {
        LonelyLoopWithUI gui = HeadlessGui.after(2, Labels.forLanguage("nl"));
        sim.util.Properties p = sim.util.Properties.getProperties(gui.controls());
        assertEquals(gui.controls().names().size(), p.numProperties());
        assertEquals("Day", p.getName(0));
        assertFalse(p.isReadWrite(0), "live figures are shown, not set");
        int strength = gui.controls().names().indexOf("CompensationStrength");
        assertEquals(double.class, p.getType(strength));
        assertEquals(-5.0, ((Interval) p.getDomain(strength)).getMin().doubleValue());
        assertEquals(Labels.forLanguage("nl").get("controls.compensationStrength"), p.getDescription(strength));
        p.setValue(strength, 0.25);
        assertEquals(0.25, HeadlessGui.model(gui).params().pathways().compensation().strength());
        int limit = gui.controls().names().indexOf("UsageCap");
        assertEquals(boolean.class, p.getType(limit));
        assertTrue(limit > strength, "interventions come after the pathways");
    }
}
