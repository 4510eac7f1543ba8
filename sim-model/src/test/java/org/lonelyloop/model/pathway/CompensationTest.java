package org.lonelyloop.model.pathway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lonelyloop.model.ModelParams;
import org.lonelyloop.model.TestScenarios;

class CompensationTest {
    /** The same people with both dispositions a logit and a half lonelier. */
    private static final String[] LONELIER = {"population.dispositions.emotionalMean=1.5",
        "population.dispositions.socialMean=1.5"};

    /** Mean minutes on the first recorded day, with every other driver of use switched off. */
    private static double firstDayMinutes(ModelParams s, String... more) {
        ModelParams only = TestScenarios.with(s, "pathways.reinforcement.enabled=false", "pathways.fomo.enabled=false",
                "pathways.platforms.enabled=false");
        if (more.length > 0) {
            only = TestScenarios.with(only, more);
        }
        return TestScenarios.run(only, 3, 2).latest().get("meanUseMinutes");
    }

    @Test
    void lonelierPopulationUsesMoreSocialMedia() {
        // At a strength of 1 (the default is weaker, bounded by the small correlation across people)
        // so that the push stands out from the other drivers of use a lonelier population has.
        ModelParams base = TestScenarios.with(TestScenarios.small(4000, 1), "pathways.compensation.strength=1");
        double usual = firstDayMinutes(base);
        double lonely = firstDayMinutes(base, LONELIER);
        assertTrue(lonely > usual * 1.1, "lonelier population should use more: " + usual + " vs " + lonely);
    }

    @Test
    void switchedOffLonelinessNoLongerRaisesUse() {
        ModelParams off = TestScenarios.with(TestScenarios.small(4000, 1), "pathways.compensation.enabled=false");
        double usual = firstDayMinutes(off);
        double lonely = firstDayMinutes(off, LONELIER);
        assertEquals(usual, lonely, usual * 0.01, "without compensation, loneliness does not drive use");
    }

    @Test
    void reversedCompensationMakesLonelierPeopleUseLess() {
        ModelParams reversed = TestScenarios.with(TestScenarios.small(4000, 1), "pathways.compensation.strength=-1");
        assertTrue(firstDayMinutes(reversed, LONELIER) < firstDayMinutes(reversed) * 0.9);
    }
}
