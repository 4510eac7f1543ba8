package org.lonelyloop.model.pathway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lonelyloop.model.ModelParams;
import org.lonelyloop.model.TestScenarios;
import org.lonelyloop.model.event.LifeEventSpec;
import org.lonelyloop.model.observe.DayRecord;

/** What moves time with people is a change of use: use above one's usual level displaces, below it frees time. */
class DisplacementTest {
    private static final String HEAVY = "population.useMinutesMedian=[450, 300, 225, 165, 120, 75, 36]";
    /** Everyone at home with twice their usual use, but no less chance of contact: use alone rises. */
    /** Twice the usual use from the first day on, and nothing else changed: an illness that keeps contact as it was. */
    private static ModelParams doubled(ModelParams s) {
        return s.withEvents(List.of(TestScenarios.event(LifeEventSpec.Kind.illness, "0d", "end", "2y", "contactFactor", 1.0,
                "useFactor", 2.0)));
    }

    /** Everyone kept to ten minutes a day from the first day on. */
    private static ModelParams capped(ModelParams s) {
        return s.withInterventions(List.of(TestScenarios.intervention("usage-cap", "start", "0d", "coverage", 1.0,
                "adherence", 1.0, "limits", "10m")));
    }

    private static DayRecord run(ModelParams s, String... overrides) {
        return TestScenarios.run(TestScenarios.with(s, overrides), 11, 2).latest();
    }

    @Test
    void useAboveOnesUsualLevelMeansFewerMeetingsAndWeakerTies() {
        ModelParams base = TestScenarios.with(TestScenarios.small(3000, 180), "pathways.displacement.strength=1");
        DayRecord usual = run(base);
        DayRecord doubled = run(doubled(base));
        assertTrue(doubled.get("meanUseMinutes") > 1.6 * usual.get("meanUseMinutes"),
                "use " + usual.get("meanUseMinutes") + " -> " + doubled.get("meanUseMinutes"));
        assertTrue(doubled.get("meanContacts") < usual.get("meanContacts") * 0.9,
                "contacts " + usual.get("meanContacts") + " -> " + doubled.get("meanContacts"));
        assertTrue(doubled.get("meanTieStrength") < usual.get("meanTieStrength") - 0.005,
                "tie strength " + usual.get("meanTieStrength") + " -> " + doubled.get("meanTieStrength"));
        assertTrue(doubled.get("lonelinessFromDisplacement") > usual.get("lonelinessFromDisplacement"));
    }

    @Test
    void useBelowOnesUsualLevelFreesTimeForPeople() {
        ModelParams base = TestScenarios.with(TestScenarios.small(3000, 60), "pathways.displacement.strength=1");
        DayRecord usual = run(base);
        DayRecord capped = run(capped(base));
        assertTrue(capped.get("meanContacts") > usual.get("meanContacts") * 1.05,
                "contacts " + usual.get("meanContacts") + " -> " + capped.get("meanContacts"));
        assertTrue(capped.get("lonelinessFromDisplacement") < 0, "freed time relieves loneliness");
        ModelParams off = TestScenarios.with(base, "pathways.displacement.enabled=false");
        // Other pathways move contact a little too (less comparison, FOMO and sleep loss): within 4 %.
        assertEquals(run(off).get("meanContacts"), run(capped(off)).get("meanContacts"),
                0.04 * run(off).get("meanContacts"), "without displacement a time limit frees no time for people");
    }

    @Test
    void heavyAndLightUsersEachAtTheirUsualLevelMeetPeopleAboutEquallyOften() {
        ModelParams base = TestScenarios.with(TestScenarios.small(3000, 180), "pathways.displacement.strength=1");
        DayRecord light = run(base);
        DayRecord heavy = run(base, HEAVY);
        assertTrue(heavy.get("meanUseMinutes") > 1.8 * light.get("meanUseMinutes"));
        // Within a tenth: heavier scrolling still brings more comparison, FOMO and sleep loss.
        assertEquals(light.get("meanContacts"), heavy.get("meanContacts"), 0.1 * light.get("meanContacts"),
                "contacts " + light.get("meanContacts") + " vs " + heavy.get("meanContacts"));
    }

    @Test
    void switchedOffDisplacementBooksNothing() {
        DayRecord off = run(doubled(TestScenarios.with(TestScenarios.small(2000, 30), "pathways.displacement.enabled=false")));
        assertEquals(0, off.get("lonelinessFromDisplacement"));
    }

    @Test
    void reversedDisplacementTurnsExtraUseIntoExtraContact() {
        ModelParams base = TestScenarios.with(TestScenarios.small(3000, 180), "pathways.displacement.strength=-1");
        DayRecord usual = run(base);
        DayRecord doubled = run(doubled(base));
        assertTrue(doubled.get("meanContacts") > usual.get("meanContacts") * 1.05);
        assertTrue(doubled.get("lonelinessFromDisplacement") < 0, "stimulation lowers loneliness");
    }
}
