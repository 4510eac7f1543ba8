package org.lonelyloop.model.pathway;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.TestScenarios;
import org.lonelyloop.model.observe.DayRecord;
import org.lonelyloop.model.params.AgeProfile;
import org.lonelyloop.model.params.PopulationParams;
import org.lonelyloop.model.params.Scenario;

class DisplacementTest {
    private static Scenario heavyUse(Scenario s, double factor) {
        PopulationParams p = s.population();
        double[] minutes = p.useMinutesMedian().toArray();
        for (int g = 0; g < minutes.length; g++) {
            minutes[g] *= factor;
        }
        return s.withPopulation(new PopulationParams(p.size(), p.minAge(), p.maxAge(), p.ageShares(),
                p.notLonelyShare(), p.stronglyLonelyShare(), p.socialAnxietyMean(), p.socialAnxietySd(),
                p.anxietyLonelinessCorrelation(), p.activeShareMean(), p.activeShareSd(), AgeProfile.of(minutes),
                p.useMinutesSpread(), p.useMinutesDailyNoise(), p.freeMinutes()));
    }

    private static Scenario displacement(Scenario s, double strength) {
        return s.withPathways(new PathwayParams(s.pathways().compensation(), new Displacement.Params(true, strength)));
    }

    private static DayRecord year(Scenario s) {
        LonelyLoop m = TestScenarios.run(s, 11, 2);
        return m.latest();
    }

    @Test
    void moreSocialMediaMeansFewerMeetingsAndWeakerTiesOverAYear() {
        Scenario base = displacement(TestScenarios.small(3000, 365), 1.0);
        DayRecord light = year(base);
        DayRecord heavy = year(heavyUse(base, 3));
        assertTrue(heavy.get("meanUseMinutes") > 2 * light.get("meanUseMinutes"));
        assertTrue(heavy.get("meanContacts") < light.get("meanContacts") * 0.9,
                "contacts " + light.get("meanContacts") + " -> " + heavy.get("meanContacts"));
        assertTrue(heavy.get("meanTieStrength") < light.get("meanTieStrength") - 0.01,
                "tie strength " + light.get("meanTieStrength") + " -> " + heavy.get("meanTieStrength"));
    }

    @Test
    void withoutDisplacementHeavyUseCostsNoContact() {
        Scenario base = displacement(TestScenarios.small(3000, 365), 0.0);
        DayRecord light = year(base);
        DayRecord heavy = year(heavyUse(base, 3));
        assertTrue(Math.abs(heavy.get("meanTieStrength") - light.get("meanTieStrength")) < 0.005);
        assertTrue(heavy.get("lonelinessFromDisplacement") == 0 && light.get("lonelinessFromDisplacement") == 0);
    }

    @Test
    void reversedDisplacementTurnsUseIntoExtraContact() {
        Scenario base = displacement(TestScenarios.small(3000, 365), -1.0);
        DayRecord light = year(base);
        DayRecord heavy = year(heavyUse(base, 3));
        assertTrue(heavy.get("meanContacts") > light.get("meanContacts") * 1.05);
        assertTrue(heavy.get("lonelinessFromDisplacement") < 0, "stimulation lowers loneliness");
    }
}
