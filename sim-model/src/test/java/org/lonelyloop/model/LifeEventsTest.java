package org.lonelyloop.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lonelyloop.model.event.LifeEvent;
import org.lonelyloop.model.event.LifeEventSpec.Kind;
import org.lonelyloop.model.event.LifeEventSpec;
import org.lonelyloop.model.network.TieGraph;
import org.lonelyloop.model.observe.DayRecord;
import org.lonelyloop.model.params.Days;

/** Life events act through ties, contact and time at home, as docs/ODD.md 7.19 describes. */
class LifeEventsTest {
    private static final int AGENTS = 1500;

    private static LonelyLoop model(List<LifeEventSpec> events, int days, int threads) {
        ModelParams s = TestScenarios.small(AGENTS, days).withEvents(events);
        LonelyLoop m = LonelyLoop.create(s, 4, threads);
        m.start();
        return m;
    }

    /** One event of {@code kind} on day {@code day}, the other settings as name, value pairs. */
    private static List<LifeEventSpec> event(Kind kind, int day, Object... settings) {
        Object[] typed = settings.clone();
        for (int k = 0; k < typed.length; k += 2) {
            if (typed[k].equals("end")) {
                typed[k + 1] = Days.of((Integer) typed[k + 1]);
            }
        }
        return List.of(TestScenarios.event(kind, day + "d", typed));
    }

    /** Steps until {@code day} days have run (day() == day). */
    private static void runTo(LonelyLoop m, int day) {
        while (m.day() < day) {
            m.stepDay();
        }
    }

    @Test
    void losingTheConfidantLeavesTheNextFriendToGrowCloseFromLess() {
        LonelyLoop m = model(event(Kind.loss, 10, "share", 1.0), 200, 2);
        runTo(m, 10);
        int n = m.populationSize();
        int[] confidant = new int[n];
        double[] before = new double[n];
        for (int i = 0; i < n; i++) {
            confidant[i] = m.agent(i).getConfidant();
            before[i] = m.agent(i).getIntimacy();
        }
        m.stepDay();
        double carry = m.params().contact().intimacyCarryOver();
        int lostTheirs = 0;
        double drop = 0;
        for (int i = 0; i < n; i++) {
            AgentView a = m.agent(i);
            if (confidant[i] >= 0 && !m.world().offline().contains(i, confidant[i])) {
                lostTheirs++;
                assertTrue(a.getConfidant() != confidant[i], "a lost friend is no longer confided in");
                if (a.getConfidant() >= 0) {
                    assertEquals(carry * a.getCloseness(), a.getIntimacy(), 1e-6,
                            "the next friend starts from the trust the friendship has");
                }
                drop += before[i] - a.getIntimacy();
            }
        }
        assertTrue(lostTheirs > n / 2, "most lost the friend they confided in: " + lostTheirs);
        assertTrue(drop / lostTheirs > 0.1, "and with it intimacy: " + drop / lostTheirs);
        double after = 0;
        double later = 0;
        for (int i = 0; i < n; i++) {
            after += m.agent(i).getIntimacy();
        }
        runTo(m, 200);
        for (int i = 0; i < n; i++) {
            later += m.agent(i).getIntimacy();
        }
        assertTrue(later > after + 0.05 * n, "intimacy grows back over months of meetings: " + after / n + " -> "
                + later / n);
    }

    @Test
    void aLossEndsTheTieWithTheConfidantAndNothingElse() {
        LonelyLoop m = model(event(Kind.loss, 10, "agent", 7), 20, 2);
        runTo(m, 10);
        TieGraph g = m.world().offline();
        int[] before = g.neighboursOf(7);
        int strongest = m.agent(7).getConfidant();
        assertTrue(strongest >= 0, "agent 7 has a friend it confides in");
        m.stepDay();
        assertFalse(g.contains(7, strongest), "the tie with the confidant ended");
        assertFalse(g.contains(strongest, 7), "on both sides");
        LifeEvent loss = m.events().get(0);
        assertArrayEquals(new int[] {7}, loss.affected());
        assertEquals(java.util.List.of("loss"), m.agent(7).lifeEventsOn(10), "what the diary tells");
        assertEquals(java.util.List.of(), m.agent(7).lifeEventsOn(11));
        assertEquals(java.util.List.of(), m.agent(8).lifeEventsOn(10));
        assertEquals(1, loss.tiesEnded());
        int kept = 0;
        for (int j : before) {
            kept += j != strongest && g.contains(7, j) ? 1 : 0;
        }
        // The day's own fading may end a weak tie too, but never many.
        assertTrue(kept >= before.length - 3, "the other ties stay: " + kept + " of " + (before.length - 1));
    }

    @Test
    void aMoveEndsTheTiesAndPlacesTheAgentInAnotherSetting() {
        LonelyLoop m = model(event(Kind.move, 10, "agent", 11), 20, 2);
        runTo(m, 10);
        int[] before = m.world().offline().neighboursOf(11);
        int from = m.world().ring().places()[11];
        m.stepDay();
        for (int j : before) {
            assertFalse(m.world().offline().contains(11, j), "tie to " + j + " ended");
        }
        assertEquals(before.length, m.events().get(0).tiesEnded());
        int window = m.params().contact().settingWindow();
        int moved = Math.floorMod(m.world().ring().places()[11] - from, AGENTS);
        int distance = Math.min(moved, AGENTS - moved);
        assertTrue(distance >= 2 * window && distance <= 4 * window, "moved " + distance + " places");
        int[] ring = m.world().ring().order();
        int[] position = m.world().ring().places();
        for (int p = 0; p < AGENTS; p++) {
            assertEquals(p, position[ring[p]], "ring and positions agree at " + p);
        }
        int[] sorted = ring.clone();
        Arrays.sort(sorted);
        for (int p = 0; p < AGENTS; p++) {
            assertEquals(p, sorted[p], "everyone is on the ring once");
        }
    }

    @Test
    void aLockdownCutsContactRaisesUseAndLonelinessUntilItEnds() {
        LonelyLoop m = model(event(Kind.lockdown, 20, "end", 50), 70, 2);
        double[] contacts = new double[70];
        double[] use = new double[70];
        double[] notLonely = new double[70];
        double[] fromEvents = new double[70];
        m.addObserver(r -> {
            contacts[r.day()] = r.get("meanContacts");
            use[r.day()] = r.get("meanUseMinutes");
            notLonely[r.day()] = r.get("shareNotLonely");
            fromEvents[r.day()] = r.get("lonelinessFromEvents");
        });
        TestScenarios.runToEnd(m);
        assertEquals(AGENTS, m.events().get(0).affected().length, "everyone is locked down");
        assertEquals(java.util.List.of("lockdown"), m.agent(3).lifeEventsOn(20));
        assertEquals(java.util.List.of("lockdown.end"), m.agent(3).lifeEventsOn(50));
        double contactBefore = mean(contacts, 5, 20);
        double contactDuring = mean(contacts, 25, 50);
        assertTrue(contactDuring < 0.4 * contactBefore, "contact falls: " + contactBefore + " -> " + contactDuring);
        assertTrue(mean(contacts, 55, 70) > 0.8 * contactBefore, "and comes back after the end");
        assertTrue(mean(use, 25, 50) > 1.15 * mean(use, 5, 20), "more time at home online");
        assertTrue(notLonely[49] < notLonely[19] - 0.02, "fewer are not lonely: " + notLonely[19] + " -> " + notLonely[49]);
        assertEquals(0.0, fromEvents[19], 0.0, "nothing booked before");
        assertTrue(fromEvents[30] > 0, "the contact lost is booked to the events term");
        assertEquals(0.0, fromEvents[55], 0.0, "nothing booked after");
    }

    @Test
    void closedSettingsLeaveOnlyFriendsOfFriendsToBefriend() {
        LonelyLoop open = model(event(Kind.illness, 5, "end", 40), 40, 2);
        LonelyLoop closed = model(event(Kind.illness, 5, "end", 40, "settingsClosed", true), 40, 2);
        long[] formed = new long[2];
        open.addObserver(r -> formed[0] += r.day() >= 5 ? LastDay.of(open).tiesFormed() : 0);
        closed.addObserver(r -> formed[1] += r.day() >= 5 ? LastDay.of(closed).tiesFormed() : 0);
        TestScenarios.runToEnd(open);
        TestScenarios.runToEnd(closed);
        assertTrue(formed[1] < 0.8 * formed[0], "fewer new ties with settings closed: " + formed[0] + " vs " + formed[1]);
    }

    @Test
    void eventsGiveTheSameRunWhateverTheThreadCount() {
        List<LifeEventSpec> events = new ArrayList<>(event(Kind.move, 3, "share", 0.05));
        events.addAll(event(Kind.loss, 6, "share", 0.1));
        events.addAll(event(Kind.lockdown, 8, "end", 20, "share", 0.5));
        LonelyLoop one = model(events, 25, 1);
        LonelyLoop three = model(events, 25, 3);
        TestScenarios.runToEnd(one);
        TestScenarios.runToEnd(three);
        DayRecord a = one.latest();
        DayRecord b = three.latest();
        for (int c = 0; c < a.columns().size(); c++) {
            assertEquals(a.value(c), b.value(c), 0.0, a.columns().get(c).name());
        }
        assertArrayEquals(one.events().get(0).affected(), three.events().get(0).affected());
        assertArrayEquals(one.world().ring().order(), three.world().ring().order());
    }

    private static double mean(double[] v, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += v[i];
        }
        return s / (to - from);
    }

    /** The first agent who lives with a partner (or without one), and at most moderately lonely if partnered. */
    private static int first(LonelyLoop m, boolean partnered) {
        for (int i = 0; i < AGENTS; i++) {
            AgentView a = m.agent(i);
            if (a.getPartnered() == partnered && (!partnered || a.getEmotionalLoneliness() < 0.5)) {
                return i;
            }
        }
        throw new IllegalStateException("nobody " + (partnered ? "with" : "without") + " a partner");
    }

    @Test
    void widowhoodTakesThePartnerAndEmotionalLonelinessRisesWhileSocialDoesNotAtFirst() {
        // The same world with and without the event: twins on one seed.
        ModelParams base = TestScenarios.with(TestScenarios.small(AGENTS, 120), "partners.turnover=false");
        LonelyLoop twin = LonelyLoop.create(base, 4, 2);
        twin.start();
        int who = first(twin, true);
        assertTrue(twin.agent(who).getEmotionalLoneliness() < 0.5, "someone lives with a partner and is not lonely");
        LonelyLoop widowed = LonelyLoop.create(base.withEvents(event(Kind.widowhood, 10, "agent", who)),
                4, 2);
        java.util.List<org.lonelyloop.model.state.PartnerChange> told = new java.util.ArrayList<>();
        widowed.partnerChanges().listen(told::add);
        widowed.start();
        runTo(twin, 100);
        runTo(widowed, 100);
        assertFalse(widowed.agent(who).getPartnered(), "the partner is gone");
        assertTrue(twin.agent(who).getPartnered());
        assertEquals(1, told.size());
        assertEquals(org.lonelyloop.model.state.PartnerChange.Kind.WIDOWHOOD, told.get(0).kind());
        assertTrue(told.get(0).scripted());
        double rise = widowed.agent(who).getEmotionalLoneliness() - twin.agent(who).getEmotionalLoneliness();
        assertTrue(rise > 0.1, "emotional loneliness rises after the partner's death: " + rise);
        double social = widowed.agent(who).getSocialLoneliness() - twin.agent(who).getSocialLoneliness();
        assertTrue(Math.abs(social) < rise / 2, "social loneliness answers to contact, not the partner: " + social);
        twin.finish();
        widowed.finish();
    }

    @Test
    void aSeparationOfSomeoneWithoutAPartnerChangesNothing() {
        ModelParams base = TestScenarios.with(TestScenarios.small(AGENTS, 30), "partners.turnover=false");
        LonelyLoop probe = LonelyLoop.create(base, 4, 1);
        probe.start();
        int single = first(probe, false);
        probe.finish();
        LonelyLoop plain = TestScenarios.run(base, 4, 1);
        LonelyLoop separated = TestScenarios.run(base.withEvents(event(Kind.separation, 5, "agent", single)), 4,
                1);
        assertEquals(plain.latest().get("meanLoneliness"), separated.latest().get("meanLoneliness"));
    }
}
