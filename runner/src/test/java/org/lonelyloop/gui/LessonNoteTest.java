package org.lonelyloop.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lonelyloop.classroom.Labels;
import org.lonelyloop.scenario.Scenario;
import org.lonelyloop.scenario.ScenarioLoader;
import org.lonelyloop.scenario.ScenarioSource;

/** What a lesson exaggerates is said on screen, and only that. */
class LessonNoteTest {
    private static Scenario bundled(String name) throws Exception {
        return ScenarioLoader.load(ScenarioSource.bundled(name)).scenario();
    }

    @Test
    void theCalibratedPopulationNeedsNoNote() throws Exception {
        assertEquals(List.of(), LessonNote.departures(bundled("nl-adults").model()));
        assertEquals("", LessonNote.of(bundled("nl-adults").model(), Labels.forLanguage("en")));
    }

    @Test
    void theClassroomSaysWhatItSetsStrongerAndByHowMuch() throws Exception {
        List<String> d = LessonNote.departures(bundled("classroom").model());
        assertTrue(d.contains("compensation.strength x17"), d.toString());
        assertTrue(d.contains("cyberbullying.ratePerDay x3.3"), "bullying among 14- and 15-year-olds, against the "
                + "15-24 band's rate: " + d);
        assertTrue(d.stream().noneMatch(x -> x.startsWith("comparison.") || x.startsWith("withdrawal.")),
                "comparison and withdrawal stay within twice the calibrated strengths: " + d);
        String shown = LessonNote.of(bundled("classroom").model(), Labels.forLanguage("nl"));
        assertTrue(shown.startsWith("Voor deze les") && shown.contains("compensation.strength x17"), shown);
    }

    @Test
    void aReversedPathwayIsNamedAsSuch() throws Exception {
        Scenario s = ScenarioLoader.override(bundled("nl-adults"), List.of("pathways.displacement.strength=-0.5"));
        assertEquals(List.of("displacement.strength reversed"), LessonNote.departures(s.model()));
    }
}
