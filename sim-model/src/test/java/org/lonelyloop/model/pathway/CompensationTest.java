package org.lonelyloop.model.pathway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.TestScenarios;
import org.lonelyloop.model.params.AgeProfile;
import org.lonelyloop.model.params.PopulationParams;
import org.lonelyloop.model.params.Scenario;

class CompensationTest {
    private static Scenario lonelier(Scenario s) {
        PopulationParams p = s.population();
        return s.withPopulation(new PopulationParams(p.size(), p.minAge(), p.maxAge(), p.ageShares(),
                AgeProfile.flat(0.30), AgeProfile.flat(0.35), p.socialAnxietyMean(), p.socialAnxietySd(),
                p.anxietyLonelinessCorrelation(), p.activeShareMean(), p.activeShareSd(), p.useMinutesMedian(),
                p.useMinutesSpread(), p.useMinutesDailyNoise(), p.freeMinutes()));
    }

    private static Scenario withCompensation(Scenario s, double strength, boolean enabled) {
        return s.withPathways(new PathwayParams(new Compensation.Params(enabled, strength, 0.5),
                s.pathways().displacement()));
    }

    private static double meanMinutes(Scenario s) {
        LonelyLoop m = TestScenarios.run(s, 3, 2);
        return m.latest().get("meanUseMinutes");
    }

    @Test
    void lonelierPopulationUsesMoreSocialMedia() {
        Scenario base = TestScenarios.small(4000, 1);
        double usual = meanMinutes(base);
        double lonely = meanMinutes(lonelier(base));
        assertTrue(lonely > usual * 1.1, "lonelier population should use more: " + usual + " vs " + lonely);
    }

    @Test
    void switchedOffLonelinessNoLongerRaisesUse() {
        Scenario off = withCompensation(TestScenarios.small(4000, 1), 1.0, false);
        assertEquals(meanMinutes(off), meanMinutes(lonelier(off)), 1e-9);
    }

    @Test
    void reversedCompensationMakesLonelierPeopleUseLess() {
        Scenario reversed = withCompensation(TestScenarios.small(4000, 1), -1.0, true);
        assertTrue(meanMinutes(lonelier(reversed)) < meanMinutes(reversed) * 0.9);
    }
}
