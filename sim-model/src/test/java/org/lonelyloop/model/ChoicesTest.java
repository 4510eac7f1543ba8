package org.lonelyloop.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.lonelyloop.model.intervention.Choices.Choice;

/**
 * Agents played from outside the model (a class on their phones): each choice moves what it should
 * through the model's own mechanisms, for the agents who chose and for no one else, and a model
 * with the input but no choice runs as one without it, to the bit.
 */
class ChoicesTest {
    private static final ModelParams S = TestScenarios.small(400, 60);
    private static final int WEEKS = 4;

    private static LonelyLoop started() {
        LonelyLoop m = LonelyLoop.create(S, 11, 2);
        m.start();
        return m;
    }

    /** The mean over {@code agents} of a daily measure over four weeks, everyone choosing {@code c}. */
    private static double meanOver(Set<Choice> c, ToDoubleFunction<AgentView> measure) {
        LonelyLoop m = started();
        for (int i = 0; i < m.populationSize(); i++) {
            RuntimeChanges.of(m).choices().set(i, c);
        }
        double sum = 0;
        int n = 0;
        for (int d = 0; d < 7 * WEEKS; d++) {
            m.stepDay();
            for (int i = 0; i < m.populationSize(); i++) {
                sum += measure.applyAsDouble(m.agent(i));
                n++;
            }
        }
        return sum / n;
    }

    @Test
    void anInputWithNoChoiceChangesNothing() {
        LonelyLoop plain = started();
        LonelyLoop played = started();
        RuntimeChanges.of(played).choices();
        for (int d = 0; d < 14; d++) {
            plain.stepDay();
            played.stepDay();
            assertArrayEquals(plain.latest().values(), played.latest().values(), 0, "day " + d);
        }
    }

    @Test
    void onlyTheAgentsWhoChoseAreMovedOnTheDayTheyChoose() {
        LonelyLoop plain = started();
        LonelyLoop played = started();
        RuntimeChanges.of(played).choices().set(5, EnumSet.of(Choice.SCROLL));
        plain.stepDay();
        played.stepDay();
        assertTrue(played.agent(5).getUseMinutes() > 1.3 * plain.agent(5).getUseMinutes(),
                plain.agent(5).getUseMinutes() + " then " + played.agent(5).getUseMinutes());
        for (int i = 0; i < plain.populationSize(); i++) {
            if (i != 5) {
                assertEquals(plain.agent(i).getUseMinutes(), played.agent(i).getUseMinutes(), 0,
                        "agent " + i + " chose nothing and uses as before on the first day");
            }
        }
        assertEquals(Set.of(Choice.SCROLL), RuntimeChanges.of(played).choices().of(5));
        RuntimeChanges.of(played).choices().clear();
        assertEquals(Set.of(), RuntimeChanges.of(played).choices().of(5));
    }

    @Test
    void eachChoiceMovesWhatItShould() {
        Set<Choice> none = Set.of();
        double use = meanOver(none, AgentView::getUseMinutes);
        double passive = meanOver(none, a -> a.getPassiveMinutes() / Math.max(1e-9, a.getUseMinutes()));
        double night = meanOver(none, AgentView::getNightMinutes);
        double meetings = meanOver(none, AgentView::getContactsToday);
        assertTrue(meanOver(EnumSet.of(Choice.SCROLL), AgentView::getUseMinutes) > 1.2 * use, "scrolling is more use");
        assertTrue(meanOver(EnumSet.of(Choice.SCROLL), a -> a.getPassiveMinutes() / Math.max(1e-9, a.getUseMinutes()))
                > passive + 0.05, "and more of it watching");
        assertTrue(meanOver(EnumSet.of(Choice.POST), a -> a.getPassiveMinutes() / Math.max(1e-9, a.getUseMinutes()))
                < passive - 0.1, "posting tilts use towards the active");
        assertTrue(meanOver(EnumSet.of(Choice.LESS_PHONE), AgentView::getUseMinutes) < 0.8 * use, "the phone down");
        assertEquals(0, meanOver(EnumSet.of(Choice.NIGHT_OFF), AgentView::getNightMinutes), 1e-9,
                "no use in bed, where there was " + night);
        assertTrue(meanOver(EnumSet.of(Choice.MEET), AgentView::getContactsToday) > 1.3 * meetings, "more meetings");
        assertTrue(meanOver(EnumSet.of(Choice.CLUB), AgentView::getContactsToday) > meetings, "a club brings meetings");
        assertTrue(meanOver(EnumSet.of(Choice.CLUB), AgentView::getUseMinutes) < use, "and takes time");
    }

    @Test
    void reachingOutRaisesTheLoneliestFriendsMeetings() {
        LonelyLoop m = started();
        int chooser = 0;
        while (m.agent(chooser).getOfflineTies() < 2) {
            chooser++;
        }
        int friend = -1;
        for (int j : m.agent(chooser).offlineNeighbours()) {
            if (friend < 0 || m.agent(j).getLoneliness() > m.agent(friend).getLoneliness()) {
                friend = j;
            }
        }
        LonelyLoop plain = started();
        RuntimeChanges.of(m).choices().set(chooser, EnumSet.of(Choice.REACH_OUT));
        m.stepDay();
        plain.stepDay();
        assertTrue(m.world().population().contactFactor[friend] > 1.9f * plain.world().population().contactFactor[friend],
                "the friend is easier to meet today: " + m.world().population().contactFactor[friend]);
    }

    @Test
    void keysNameEachChoiceOnce() {
        for (Choice c : Choice.values()) {
            assertEquals(c, Choice.of(c.key()));
        }
        assertEquals("night-off", Choice.NIGHT_OFF.key());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Choice.of("sleep")).getMessage()
                .contains("night-off"));
    }
}
