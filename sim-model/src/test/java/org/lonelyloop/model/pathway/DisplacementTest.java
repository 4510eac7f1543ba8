package org.lonelyloop.model.pathway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lonelyloop.model.TestScenarios;
import org.lonelyloop.model.observe.DayRecord;
import org.lonelyloop.model.Scenario;

class DisplacementTest {
    private static final String HEAVY = "population.useMinutesMedian=[450, 300, 225, 165, 120, 75, 36]";

    private static DayRecord year(Scenario s, String... overrides) {
        return TestScenarios.run(TestScenarios.with(s, overrides), 11, 2).latest();
    }

    @Test
    void moreSocialMediaMeansFewerMeetingsAndWeakerTiesOverAYear() {
        Scenario base = TestScenarios.with(TestScenarios.small(3000, 365), "pathways.displacement.strength=1");
        DayRecord light = year(base);
        DayRecord heavy = year(base, HEAVY);
        assertTrue(heavy.get("meanUseMinutes") > 1.8 * light.get("meanUseMinutes"),
                "use " + light.get("meanUseMinutes") + " -> " + heavy.get("meanUseMinutes"));
        assertTrue(heavy.get("meanContacts") < light.get("meanContacts") * 0.9,
                "contacts " + light.get("meanContacts") + " -> " + heavy.get("meanContacts"));
        assertTrue(heavy.get("meanTieStrength") < light.get("meanTieStrength") - 0.005,
                "tie strength " + light.get("meanTieStrength") + " -> " + heavy.get("meanTieStrength"));
        assertTrue(heavy.get("lonelinessFromDisplacement") > light.get("lonelinessFromDisplacement"));
    }

    @Test
    void switchedOffDisplacementBooksNothing() {
        DayRecord off = year(TestScenarios.small(2000, 30), "pathways.displacement.enabled=false", HEAVY);
        assertEquals(0, off.get("lonelinessFromDisplacement"));
    }

    @Test
    void reversedDisplacementTurnsUseIntoExtraContact() {
        Scenario base = TestScenarios.with(TestScenarios.small(3000, 365), "pathways.displacement.strength=-1");
        DayRecord light = year(base);
        DayRecord heavy = year(base, HEAVY);
        assertTrue(heavy.get("meanContacts") > light.get("meanContacts") * 1.05);
        assertTrue(heavy.get("lonelinessFromDisplacement") < 0, "stimulation lowers loneliness");
    }
}
