package org.lonelyloop.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lonelyloop.model.intervention.InterventionTypes;
import org.lonelyloop.model.intervention.UsageCap;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.params.Minutes;
import org.lonelyloop.model.pathway.Compensation;
import org.lonelyloop.model.pathway.PathwayParams;
import org.lonelyloop.model.state.LonelinessSource;
import org.lonelyloop.model.state.Population;
import org.lonelyloop.model.state.UseSource;

/** Changes made between days, as the classroom GUI's sliders and switches make them. */
class RuntimeChangesTest {
    private static final ModelParams S = TestScenarios.small(600, 40);
    private static final UsageCap.Params HALF_HOUR = new UsageCap.Params(
            org.lonelyloop.model.state.TargetGroup.everyone(), Days.of(300), Days.of(400), 1, 1,
            List.of(Minutes.of(30)), Days.weeks(2));

    private static LonelyLoop started() {
        LonelyLoop m = LonelyLoop.create(S, 7, 2);
        m.start();
        return m;
    }

    private static double[] day(LonelyLoop m) {
        m.stepDay();
        return m.latest().values();
    }

    private static PathwayParams withoutCompensation(PathwayParams p) {
        return TestScenarios.with(S.withPathways(p), "pathways.compensation.enabled=false").pathways();
    }

    @Test
    void switchingAPathwayOffActsFromTheNextDayOnly() {
        LonelyLoop plain = started();
        LonelyLoop changed = started();
        for (int d = 0; d < 10; d++) {
            assertArrayEquals(day(plain), day(changed), 0, "day " + d);
        }
        RuntimeChanges.of(changed).retune(withoutCompensation(S.pathways()));
        assertEquals(false, changed.params().pathways().compensation().enabled(), "the scenario records the change");
        for (int d = 10; d < 20; d++) {
            day(changed);
            assertEquals(0, changed.latest().get(UseSource.COMPENSATION.column()), 0, "day " + d);
        }
        day(plain);
        assertTrue(plain.latest().get(UseSource.COMPENSATION.column()) > 0, "without the change, compensation adds use");
    }

    @Test
    void theModifiersAreNeutralValuesWithoutArraysUntilAnInterventionStartsAndThenItsOwn() {
        LonelyLoop m = started();
        Population pop = m.world().population();
        assertFalse(pop.modifiersOwned(), "no intervention or life event in the scenario");
        assertNull(pop.daytimeBlock, "no array until an intervention or a life event can act");
        assertNull(pop.curation);
        for (int d = 0; d < 5; d++) {
            m.stepDay();
        }
        assertSame(m.world().ledger().contactLog(LonelinessSource.INTERVENTIONS), m.world().ledger().loneliness(LonelinessSource.EVENTS));
        for (int i = 0; i < pop.size; i++) {
            assertEquals(0f, m.world().ledger().loneliness(LonelinessSource.INTERVENTIONS)[i]);
            assertEquals(Float.POSITIVE_INFINITY, pop.useCap(i));
            assertEquals(1f, pop.useFactor(i));
            assertEquals(0f, pop.curation(i));
            assertEquals(Byte.MAX_VALUE, pop.platformLimit(i));
            assertFalse(pop.participant(i));
            assertEquals(0f, pop.useRemoved(i));
        }
        long shared = pop.bytes();
        long state = StateSize.of(m);
        RuntimeChanges.of(m).startIntervention(HALF_HOUR);
        assertTrue(pop.modifiersOwned());
        assertNotSame(pop.daytimeBlock, pop.curation);
        assertEquals(shared + 42L * pop.size, pop.bytes(),
                "9 float arrays (the minutes removed among them) and 6 byte arrays (who events happened to among them) "
                        + "of their own instead of none");
        assertEquals(state + (42L + 12L) * pop.size, StateSize.of(m),
                "and the ledger's four columns for interventions and events instead of one shared");
        assertNotSame(m.world().ledger().contactLog(LonelinessSource.INTERVENTIONS), m.world().ledger().contactLog(LonelinessSource.EVENTS));
        m.stepDay();
        int capped = 0;
        int removed = 0;
        for (int i = 0; i < pop.size; i++) {
            capped += pop.useCap[i] == 30f ? 1 : 0;
            removed += pop.useRemoved[i] > 0 ? 1 : 0;
            assertEquals(0f, pop.curation[i], "only the time limit's own array was written");
            assertEquals(0f, m.world().ledger().loneliness(LonelinessSource.EVENTS)[i]);
        }
        assertEquals(pop.size, capped, "everyone is offered the time limit and keeps to it");
        assertTrue(removed > 0, "and the minutes it removes are counted");
    }

    @Test
    void anInterventionSwitchedOnStartsTodayAndSwitchedOffStops() {
        LonelyLoop m = started();
        for (int d = 0; d < 5; d++) {
            m.stepDay();
        }
        int k = RuntimeChanges.of(m).startIntervention(HALF_HOUR);
        assertEquals(0, k);
        assertEquals(Days.of(5), m.params().interventions().get(0).start(), "it starts now, not on day 300");
        assertEquals(null, m.params().interventions().get(0).end());
        for (int d = 5; d < 15; d++) {
            m.stepDay();
            for (int i = 0; i < m.populationSize(); i++) {
                assertTrue(m.agent(i).getUseMinutes() <= 30 + 1e-3, "agent " + i + " on day " + d);
            }
        }
        RuntimeChanges.of(m).stopIntervention(k);
        assertEquals(Days.of(15), m.params().interventions().get(0).end());
        double most = 0;
        for (int d = 15; d < 20; d++) {
            m.stepDay();
            for (int i = 0; i < m.populationSize(); i++) {
                most = Math.max(most, m.agent(i).getUseMinutes());
            }
        }
        assertTrue(most > 60, "use is free again once it stops: " + most);
    }

    @Test
    void theSameChangesOnTheSameDaysGiveTheSameRun() {
        List<List<double[]>> runs = new ArrayList<>();
        for (int threads : new int[] {1, 3}) {
            LonelyLoop m = LonelyLoop.create(S, 7, threads);
            m.start();
            List<double[]> rows = new ArrayList<>();
            for (int d = 0; d < 30; d++) {
                if (d == 8) {
                    RuntimeChanges.of(m).startIntervention(InterventionTypes.defaults("hobby"));
                }
                if (d == 12) {
                    RuntimeChanges.of(m).retune(withoutCompensation(S.pathways()));
                }
                if (d == 20) {
                    RuntimeChanges.of(m).stopIntervention(0);
                }
                rows.add(day(m));
            }
            runs.add(rows);
            m.finish();
        }
        for (int d = 0; d < 30; d++) {
            assertArrayEquals(runs.get(0).get(d), runs.get(1).get(d), 0, "day " + d);
        }
    }

    @Test
    void anImpossibleSettingIsRefusedAndNothingChanges() {
        LonelyLoop m = started();
        PathwayParams p = S.pathways();
        PathwayParams bad = new PathwayParams(new Compensation.Params(true, 9, 0.5, 0.5, 0.2), p.displacement(),
                p.maintenance(), p.comparison(), p.fomo(), p.reinforcement(), p.sleep(), p.cyberbullying(),
                p.withdrawal(), p.platforms(), p.moodDynamics());
        assertThrows(IllegalArgumentException.class, () -> RuntimeChanges.of(m).retune(bad));
        assertEquals(S.pathways(), m.params().pathways());
    }

    @Test
    void whomAnAgentMetMatchesItsContactCount() {
        LonelyLoop m = started();
        for (int d = 0; d < 5; d++) {
            m.stepDay();
        }
        int meetings = 0;
        for (int i = 0; i < m.populationSize(); i++) {
            AgentView a = m.agent(i);
            assertEquals(a.getContactsToday(), a.metToday().length, "agent " + i);
            assertEquals(a.offlineNeighbours().length, a.offlineStrengths().length);
            meetings += a.metToday().length;
            for (int j : a.metToday()) {
                assertTrue(java.util.Arrays.stream(m.agent(j).metToday()).anyMatch(x -> x == a.getId()),
                        "a meeting is seen from both sides: " + i + " and " + j);
            }
        }
        assertTrue(meetings > 0);
    }
}
