package org.lonelyloop.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.lonelyloop.classroom.Labels;
import org.lonelyloop.classroom.Names;
import org.lonelyloop.scenario.Scenario;
import org.lonelyloop.scenario.ScenarioException;
import org.lonelyloop.scenario.ScenarioLoader;
import org.lonelyloop.scenario.ScenarioSource;

/**
 * Each classroom story does what its lesson says, read the way the GUI shows it: the loop window's
 * verdict after each day, with the intervention switched on through the Model tab's switch.
 */
class StoryPresetsTest {
    private static final int WEEK = 7;
    private static final Labels EN = Labels.forLanguage("en");

    private static Scenario story(String name) {
        try {
            return ScenarioLoader.load(ScenarioSource.bundled(name)).scenario();
        } catch (ScenarioException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The followed person's weekly gain at the end of each week, with {@code atDay} acting on the controls. */
    private static double[] weeklyGains(Scenario s, int weeks, int switchDay, Consumer<ClassroomControls> atDay) {
        LonelyLoopWithUI gui = new LonelyLoopWithUI(s, EN);
        gui.start();
        double[] out = new double[weeks];
        for (int d = 0; d < weeks * WEEK; d++) {
            if (d == switchDay) {
                atDay.accept(gui.controls());
            }
            HeadlessGui.step(gui, 1);
            if (d % WEEK == WEEK - 1) {
                out[d / WEEK] = gui.lastReading().personGain();
            }
        }
        return out;
    }

    @Test
    void theIllStudentsLoopTightensWhileSheIsIllAndPhoneOffAtNightLoosensIt() {
        Scenario s = story("classroom/illness");
        int person = LonelyLoopWithUI.storyPerson(s);
        int onset = s.events().get(0).day().count();
        int recovery = s.events().get(0).end().count();
        assertEquals(4, person, "the story follows the student who falls ill");

        LonelyLoopWithUI gui = new LonelyLoopWithUI(s, EN);
        gui.start();
        assertEquals(person, gui.followed(), "the GUI follows the story's person from the first day");
        HeadlessGui.step(gui, onset);
        LoopReading before = gui.lastReading();
        assertEquals(person, before.person());
        assertFalse(before.isReinforcing(), "before the illness the loop is damped: gain " + before.personGain());
        // The box turns red some day while she is ill; the teacher switches a week after it first does.
        int red = -1;
        LoopReading hot = null;
        for (int d = onset; d < recovery && red < 0; d++) {
            HeadlessGui.step(gui, 1);
            if (gui.lastReading().isReinforcing()) {
                red = d + 1;
                hot = gui.lastReading();
            }
        }
        assertTrue(red > onset, "the box turns red while she is ill");
        assertEquals("The loop is reinforcing for Julia (loop gain " + String.format(Locale.ROOT, "%.1f", hot.personGain()) + ").",
                hot.verdict(EN)[0]);

        int weeks = 24;
        int switchDay = red + WEEK;
        double[] without = weeklyGains(s, weeks, -1, c -> { });
        double[] with = weeklyGains(s, weeks, switchDay, c -> c.set("PhoneOff", true));
        double healthy = median(without, 0, onset / WEEK);
        double ill = median(without, onset / WEEK, recovery / WEEK);
        double better = median(without, recovery / WEEK + 2, weeks);
        assertTrue(ill > 1.5 * healthy, "being ill at home tightens her loop: " + ill + " vs " + healthy + " before");
        assertTrue(better < 0.75 * ill, "once she is better it loosens by itself: " + better + " vs " + ill);
        int threeWeeksOn = (switchDay + 3 * WEEK) / WEEK - 1;
        assertTrue(threeWeeksOn * WEEK < recovery, "still ill three weeks after the switch");
        assertTrue(with[threeWeeksOn] < 0.5 * without[threeWeeksOn] && with[threeWeeksOn] < healthy,
                "three weeks after the switch her loop is looser than before she fell ill: " + with[threeWeeksOn]
                        + " (without the switch " + without[threeWeeksOn] + ", before the illness " + healthy + ")");
        System.out.printf(Locale.ROOT, "classroom/illness: person %d, ill from day %d to %d, box red first on day %d;"
                + " phone off at night from day %d%n  week  without  with%n", person, onset, recovery, red, switchDay);
        for (int w = 0; w < without.length; w++) {
            System.out.printf(Locale.ROOT, "  %4d  %7.2f  %4.2f%n", w + 1, without[w], with[w]);
        }
    }

    private static double median(double[] values, int from, int to) {
        double[] part = java.util.Arrays.copyOfRange(values, from, to);
        java.util.Arrays.sort(part);
        int n = part.length;
        return n % 2 == 1 ? part[n / 2] : 0.5 * (part[n / 2 - 1] + part[n / 2]);
    }

    @Test
    void theLockdownLeavesTheClassLonelierAfterTheReopeningAndPhoneOffAtNightTakesThatAway() {
        Scenario s = story("classroom/lockdown");
        assertEquals(-1, LonelyLoopWithUI.storyPerson(s), "a lockdown is everyone's story: nobody is followed");
        int reopening = s.events().get(0).end().count();
        double[] closed = meanLoneliness(s, 20, -1);
        double[] open = meanLoneliness(s.withEvents(java.util.List.of()), 20, -1);
        double[] helped = meanLoneliness(s, 20, 6 * WEEK);
        int last = 19;
        assertTrue(closed[reopening / WEEK] > open[reopening / WEEK] + 0.02,
                "lonelier at the reopening: " + closed[reopening / WEEK] + " vs " + open[reopening / WEEK]);
        assertTrue(closed[last] > open[last] + 0.02, "and still, eight weeks later: " + closed[last] + " vs " + open[last]);
        assertTrue(helped[last] < closed[last] - 0.02, "phone-off at night from week 6: " + helped[last] + " vs " + closed[last]);
        double[] gainOpen = weekly(s.withEvents(java.util.List.of()), 20, -1, "meanLoopGain");
        double[] gainClosed = weekly(s, 20, -1, "meanLoopGain");
        double[] gainHelped = weekly(s, 20, 6 * WEEK, "meanLoopGain");
        System.out.printf(Locale.ROOT, "classroom/lockdown: mean loneliness (and mean loop gain) by week%n"
                + "  week  no lockdown     lockdown        lockdown, phone off at night from week 6%n");
        for (int w = 0; w <= last; w++) {
            System.out.printf(Locale.ROOT, "  %4d  %.3f (%.2f)  %.3f (%.2f)  %.3f (%.2f)%n", w + 1, open[w], gainOpen[w],
                    closed[w], gainClosed[w], helped[w], gainHelped[w]);
        }
    }

    @Test
    void theNewStudentLosesEveryFriendGetsLonelierAndMakesFriendsFasterWhenTheClassMeetsMore() {
        Scenario s = story("classroom/new-student");
        int person = LonelyLoopWithUI.storyPerson(s);
        int move = s.events().get(0).day().count();
        assertEquals(0, person, "the story follows Noor, the new student");
        assertEquals("Noor", Names.of(person));

        LonelyLoopWithUI gui = new LonelyLoopWithUI(s, EN);
        gui.start();
        HeadlessGui.step(gui, move);
        org.lonelyloop.model.AgentView before = gui.field().agent(person);
        double socialBefore = before.getSocialLoneliness();
        int tiesBefore = before.offlineNeighbours().length;
        HeadlessGui.step(gui, 1);
        assertEquals(0, gui.field().agent(person).offlineNeighbours().length, "every old friendship ended with the move");
        HeadlessGui.step(gui, 10 * WEEK);
        org.lonelyloop.model.AgentView after = gui.field().agent(person);
        assertTrue(tiesBefore > 0, "Noor had friends before");
        assertTrue(after.getSocialLoneliness() > socialBefore + 0.05,
                "ten weeks on, Noor is socially lonelier: " + socialBefore + " -> " + after.getSocialLoneliness());

        // The teacher has the class meet more (the Model tab's switch) from the week after the move.
        int withFriends = tiesAfter(s, person, move + WEEK, 12 * WEEK, c -> c.set("OfflineInvestment", true));
        int without = tiesAfter(s, person, -1, 12 * WEEK, c -> { });
        assertTrue(withFriends >= without, "meeting more, the class lets Noor in sooner: " + withFriends + " vs " + without
                + " friends twelve weeks after the move");
        System.out.printf(Locale.ROOT, "classroom/new-student: Noor had %d friends, social loneliness %.2f; ten weeks after "
                + "the move %.2f with %d friends; twelve weeks after, %d friends (%d with the class meeting more)%n",
                tiesBefore, socialBefore, after.getSocialLoneliness(), after.offlineNeighbours().length, without,
                withFriends);
    }

    @Test
    void daanLosesTheFriendHeConfidedInAndTheNextIsNotYetAsClose() {
        Scenario s = story("classroom/lost-friend");
        int person = LonelyLoopWithUI.storyPerson(s);
        int loss = s.events().get(0).day().count();
        assertEquals("Daan", Names.of(person), "the story follows Daan");

        LonelyLoopWithUI gui = new LonelyLoopWithUI(s, EN);
        gui.start();
        HeadlessGui.step(gui, loss);
        org.lonelyloop.model.AgentView before = gui.field().agent(person);
        int friend = before.getConfidant();
        double intimacyBefore = before.getIntimacy();
        double emotionalBefore = before.getEmotionalLoneliness();
        int tiesBefore = before.offlineNeighbours().length;
        HeadlessGui.step(gui, 1);
        org.lonelyloop.model.AgentView after = gui.field().agent(person);
        assertTrue(friend >= 0 && after.getConfidant() != friend, "the friend Daan confided in is gone");
        assertEquals(tiesBefore - 1, after.offlineNeighbours().length, "and only that friend");
        assertTrue(after.getIntimacy() < 0.75 * intimacyBefore,
                "the next friend is not yet as close: " + intimacyBefore + " -> " + after.getIntimacy());
        HeadlessGui.step(gui, 8 * WEEK);
        double emotionalAfter = gui.field().agent(person).getEmotionalLoneliness();
        assertTrue(emotionalAfter > emotionalBefore, "eight weeks on, Daan is emotionally lonelier: " + emotionalBefore
                + " -> " + emotionalAfter);
        System.out.printf(Locale.ROOT, "classroom/lost-friend: Daan's intimacy %.2f -> %.2f with the next friend; "
                + "emotional loneliness %.3f -> %.3f eight weeks on%n", intimacyBefore, after.getIntimacy(),
                emotionalBefore, emotionalAfter);
    }

    /** The person's offline ties {@code days} after the story's event, with {@code atDay} acting on the controls. */
    private static int tiesAfter(Scenario s, int person, int switchDay, int days, Consumer<ClassroomControls> atDay) {
        LonelyLoopWithUI gui = new LonelyLoopWithUI(s, EN);
        gui.start();
        int end = s.events().get(0).day().count() + days;
        for (int d = 0; d < end; d++) {
            if (d == switchDay) {
                atDay.accept(gui.controls());
            }
            HeadlessGui.step(gui, 1);
        }
        return gui.field().agent(person).offlineNeighbours().length;
    }

    private static double[] meanLoneliness(Scenario s, int weeks, int phoneOffDay) {
        return weekly(s, weeks, phoneOffDay, "meanLoneliness");
    }

    /** A column's weekly mean as the GUI recorded it, phones off at night from {@code phoneOffDay} (-1: never). */
    private static double[] weekly(Scenario s, int weeks, int phoneOffDay, String column) {
        LonelyLoopWithUI gui = new LonelyLoopWithUI(s, EN);
        gui.start();
        double[] out = new double[weeks];
        for (int d = 0; d < weeks * WEEK; d++) {
            if (d == phoneOffDay) {
                gui.controls().set("PhoneOff", true);
            }
            HeadlessGui.step(gui, 1);
            out[d / WEEK] += gui.lastRecord().get(column) / WEEK;
        }
        return out;
    }
}
