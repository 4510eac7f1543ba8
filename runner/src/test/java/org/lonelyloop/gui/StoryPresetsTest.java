package org.lonelyloop.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.lonelyloop.model.Scenario;
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
    void theIllStudentsLoopTakesHoldWithinTwelveWeeksAndPhoneOffAtNightBreaksItWithinThree() {
        Scenario s = story("classroom/illness");
        int person = LonelyLoopWithUI.storyPerson(s);
        int onset = s.events().get(0).day().count();
        assertEquals(4, person, "the story follows the student who falls ill");

        LonelyLoopWithUI gui = new LonelyLoopWithUI(s, EN);
        gui.start();
        assertEquals(person, gui.followed(), "the GUI follows the story's person from the first day");
        HeadlessGui.step(gui, onset);
        LoopReading before = gui.lastReading();
        assertEquals(person, before.person());
        assertFalse(before.isReinforcing(), "before the illness the loop is damped: gain " + before.personGain());
        // Taken hold: the verdict reads reinforcing on seven days running (a day's flicker is not a loop).
        int took = -1;
        int run = 0;
        LoopReading hot = null;
        for (int d = onset; d < onset + 12 * WEEK && took < 0; d++) {
            HeadlessGui.step(gui, 1);
            run = gui.lastReading().isReinforcing() ? run + 1 : 0;
            if (run == 1) {
                hot = gui.lastReading();
            }
            if (run == WEEK) {
                took = d + 2 - WEEK;
            }
        }
        assertTrue(took > onset, "the loop takes hold within twelve weeks of falling ill");
        assertEquals(EN.get("loop.person.reinforcing", Names.of(person), hot.personGain()), hot.verdict(EN)[0]);
        assertEquals("The loop is reinforcing for Julia (loop gain " + String.format(Locale.ROOT, "%.1f", hot.personGain()) + ").",
                hot.verdict(EN)[0]);

        // The teacher switches phone-off-at-night once the loop window has stayed red for a week.
        int switchDay = took + WEEK;
        double[] without = weeklyGains(s, 24, -1, c -> { });
        double[] with = weeklyGains(s, 24, switchDay, c -> c.set("PhoneOffAtNight", true));
        // While the student is still ill, three weeks on: the switch has damped the loop, which without it
        // still feeds itself (it lets go by itself only as the student gets better).
        int threeWeeksOn = (switchDay + 3 * WEEK) / WEEK - 1;
        assertTrue(threeWeeksOn * WEEK < s.events().get(0).end().count(), "still ill three weeks after the switch");
        assertTrue(with[threeWeeksOn] < 1, "three weeks after the switch the loop is damped: " + with[threeWeeksOn]);
        assertTrue(without[threeWeeksOn] >= 1, "without it the loop still feeds itself: " + without[threeWeeksOn]);
        System.out.printf(Locale.ROOT, "classroom/illness: person %d, ill from day %d, loop reinforcing from day %d on;"
                + " phone off at night from day %d%n  week  without  with%n", person, onset, took, switchDay);
        for (int w = 0; w < without.length; w++) {
            System.out.printf(Locale.ROOT, "  %4d  %7.2f  %4.2f%n", w + 1, without[w], with[w]);
        }
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
        int withFriends = tiesAfter(s, person, move + WEEK, 12 * WEEK, c -> c.set("MeetFriendsMore", true));
        int without = tiesAfter(s, person, -1, 12 * WEEK, c -> { });
        assertTrue(withFriends >= without, "meeting more, the class lets Noor in sooner: " + withFriends + " vs " + without
                + " friends twelve weeks after the move");
        System.out.printf(Locale.ROOT, "classroom/new-student: Noor had %d friends, social loneliness %.2f; ten weeks after "
                + "the move %.2f with %d friends; twelve weeks after, %d friends (%d with the class meeting more)%n",
                tiesBefore, socialBefore, after.getSocialLoneliness(), after.offlineNeighbours().length, without,
                withFriends);
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
                gui.controls().set("PhoneOffAtNight", true);
            }
            HeadlessGui.step(gui, 1);
            out[d / WEEK] += gui.lastRecord().get(column) / WEEK;
        }
        return out;
    }
}
