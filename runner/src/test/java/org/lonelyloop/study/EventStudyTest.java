package org.lonelyloop.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lonelyloop.experiment.RunEngine;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.params.PopulationParams;
import org.lonelyloop.scenario.Scenario;
import org.lonelyloop.scenario.ScenarioLoader;

/** The event study follows events against matched controls, as the panel studies of life events do. */
class EventStudyTest {
    private static EventStudy run(String events, int agents, int days, long seed) throws Exception {
        Scenario s = Scenario.defaults().withPopulation(PopulationParams.defaults().withSize(agents))
                .withDuration(Days.of(days)).withBurnIn(Days.of(200));
        s = ScenarioLoader.override(s, List.of("partners.turnover=false", "events=" + events));
        LonelyLoop m = LonelyLoop.create(s.model(), seed, 2);
        EventStudy study = new EventStudy(m, EventStudy.KINDS, seed);
        m.addObserver(r -> study.afterDay(r.day()));
        new RunEngine(m).run();
        return study;
    }

    @Test
    void partnersWhoDieLeaveTheirWidowsLonelierThanMatchedPeople() throws Exception {
        EventStudy study = run("[{type: widowhood, day: 40d, share: 0.2}]", 2500, 140, 7);
        Map<String, Double> m = study.measures();
        double threeMonths = m.get("eventWidowhood3m");
        assertTrue(m.get("eventWidowhood3mEvents") > 100, "a fifth of the partnered were widowed: " + m);
        assertTrue(threeMonths > 0.1 && m.get("eventWidowhood3mLow") > 0, "widowhood raises loneliness: " + m);
        assertTrue(Double.isNaN(m.get("eventWidowhood12m")), "no one followed a year in a run of 140 days");
        assertTrue(Double.isNaN(m.get("eventMove1m")), "no move happened");
    }

    @Test
    void withoutEventsTheresNothingToFollow() throws Exception {
        EventStudy study = run("[]", 600, 60, 3);
        for (EventStudy.Effect e : study.effects()) {
            assertEquals(0, e.events());
            assertTrue(Double.isNaN(e.effect()));
        }
    }

    @Test
    void theSameRunGivesTheSameStudy() throws Exception {
        String events = "[{type: loss, day: 40d, share: 0.1}]";
        assertEquals(run(events, 800, 100, 5).measures(), run(events, 800, 100, 5).measures());
    }

    @Test
    void anEventStudyOfAnUnknownKindIsRefused() {
        Scenario s = Scenario.defaults().withPopulation(PopulationParams.defaults().withSize(50));
        LonelyLoop m = LonelyLoop.create(s.model(), 1, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EventStudy(m, List.of("divorce"), 1));
        assertTrue(e.getMessage().contains("widowhood, separation, partnering, move, loss"), e.getMessage());
    }
}
