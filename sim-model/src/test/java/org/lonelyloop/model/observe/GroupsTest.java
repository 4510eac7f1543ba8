package org.lonelyloop.model.observe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lonelyloop.model.AgentView;
import org.lonelyloop.model.Checkpoint;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.ModelParams;
import org.lonelyloop.model.TestScenarios;

/**
 * A scenario's groups: chosen by what people were like at the start of the group's day, kept after,
 * measured apart, and invisible to everything else the model does.
 */
class GroupsTest {
    /** The socially anxious among adults, chosen at the start; those over 60, chosen on day 10. */
    private static final List<GroupSpec> ANXIOUS_ADULTS = List.of(
            TestScenarios.group("name", "anxious", "among.minAge", 18.0, "who.socialAnxietyAtLeast", 0.5),
            TestScenarios.group("name", "late", "day", "10d", "who.minAge", 60.0));

    private static ModelParams withGroups() {
        return TestScenarios.small(800, 20).withGroups(ANXIOUS_ADULTS);
    }

    private static List<DayRecord> run(LonelyLoop m) {
        List<DayRecord> out = new ArrayList<>();
        m.addObserver(out::add);
        TestScenarios.runToEnd(m);
        m.finish();
        return out;
    }

    @Test
    void membersAreWhoTheConditionsSayAtTheStartAndStayMembers() {
        LonelyLoop m = LonelyLoop.create(withGroups(), 3, 2);
        m.start();
        // Who qualifies at the start of day 0: the settled world, before anything the run does.
        boolean[] anxiousAdult = new boolean[m.populationSize()];
        boolean[] adult = new boolean[m.populationSize()];
        for (int i = 0; i < m.populationSize(); i++) {
            AgentView a = m.agent(i);
            adult[i] = a.getAge() >= 18;
            anxiousAdult[i] = adult[i] && a.getSocialAnxiety() >= 0.5;
        }
        m.stepDay();
        Groups g = m.groups();
        assertTrue(g.chosen(0));
        assertTrue(!g.chosen(1), "the group of day 10 is not chosen on day 0");
        byte[] chosen = g.places(0).clone();
        int members = 0;
        for (int i = 0; i < m.populationSize(); i++) {
            byte expected = anxiousAdult[i] ? Groups.MEMBER : adult[i] ? Groups.OTHER : Groups.OUTSIDE;
            assertEquals(expected, chosen[i], "agent " + i);
            members += anxiousAdult[i] ? 1 : 0;
        }
        assertTrue(members > 20 && members < m.populationSize() / 2, members + " anxious adults");
        List<DayRecord> days = run(m);
        assertArrayEquals(chosen, m.groups().places(0), "members stay members whatever happens to their anxiety");
        assertTrue(m.groups().chosen(1));
        DayRecord last = days.get(days.size() - 1);
        assertEquals(members, last.get("anxious.agents"));
    }

    @Test
    void aGroupsMeasuresAreItsMembersAndItsOthers() {
        LonelyLoop m = LonelyLoop.create(withGroups(), 4, 2);
        m.start();
        List<DayRecord> days = run(m);
        DayRecord last = days.get(days.size() - 1);
        byte[] place = m.groups().places(0);
        double[] anxiety = new double[2];
        double[] use = new double[2];
        int[] count = new int[2];
        for (int i = 0; i < place.length; i++) {
            if (place[i] >= 0) {
                anxiety[place[i]] += m.agent(i).getSocialAnxiety();
                use[place[i]] += m.agent(i).getUseMinutes();
                count[place[i]]++;
            }
        }
        assertEquals(count[0], last.get("anxious.agents"));
        assertEquals(count[1], last.get("anxious.others.agents"));
        assertEquals(anxiety[0] / count[0], last.get("anxious.meanSocialAnxiety"), 1e-6);
        assertEquals(anxiety[1] / count[1], last.get("anxious.others.meanSocialAnxiety"), 1e-6);
        assertEquals(use[0] / count[0], last.get("anxious.meanUseMinutes"), 1e-6);
        assertEquals(use[1] / count[1], last.get("anxious.others.meanUseMinutes"), 1e-6);
        assertTrue(last.get("anxious.meanSocialAnxiety") > last.get("anxious.others.meanSocialAnxiety"));
        // Before its day a group has no members, and no measures.
        assertTrue(Double.isNaN(days.get(5).get("late.meanLoneliness")));
        assertTrue(Double.isNaN(days.get(5).get("late.agents")));
        assertTrue(days.get(10).get("late.agents") > 0);
        assertEquals(m.populationSize(), days.get(10).get("late.agents") + days.get(10).get("late.others.agents"));
    }

    @Test
    void followingGroupsChangesNothingElse() {
        ModelParams plain = TestScenarios.small(800, 20);
        LonelyLoop a = LonelyLoop.create(plain, 6, 2);
        LonelyLoop b = LonelyLoop.create(withGroups(), 6, 1);
        a.start();
        b.start();
        List<DayRecord> without = run(a);
        List<DayRecord> with = run(b);
        int measures = DailyMetrics.columns().size();
        for (int d = 0; d < without.size(); d++) {
            assertArrayEquals(without.get(d).values(), java.util.Arrays.copyOf(with.get(d).values(), measures),
                    "day " + d);
        }
    }

    @Test
    void aCheckpointKeepsWhoIsInWhichGroup() throws Exception {
        LonelyLoop m = LonelyLoop.create(withGroups(), 5, 2);
        m.start();
        for (int d = 0; d < 12; d++) {
            m.stepDay();
        }
        LonelyLoop copy = Checkpoint.copy(m);
        assertArrayEquals(m.groups().places(0), copy.groups().places(0));
        assertArrayEquals(m.groups().places(1), copy.groups().places(1));
        List<DayRecord> original = run(m);
        List<DayRecord> resumed = run(copy);
        for (int d = 0; d < original.size(); d++) {
            assertArrayEquals(original.get(d).values(), resumed.get(d).values(), "day " + original.get(d).day());
        }
    }
}
