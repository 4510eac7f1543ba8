package org.lonelyloop.classroom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.intervention.Choices.Choice;
import org.lonelyloop.scenario.Scenario;
import org.lonelyloop.scenario.ScenarioException;
import org.lonelyloop.scenario.ScenarioLoader;
import org.lonelyloop.scenario.ScenarioSource;

/** The class's session without the network: joining, choosing, turns, replays and cards. */
class ClassSessionTest {
    static ClassSession session(int turns) {
        Scenario classroom;
        try {
            classroom = ScenarioLoader.load(ScenarioSource.bundled("classroom")).scenario();
        } catch (ScenarioException e) {
            throw new IllegalStateException(e);
        }
        LonelyLoop m = LonelyLoop.create(classroom.model());
        m.start();
        return new ClassSession(m, 7, turns, new SecureRandom());
    }

    private static String refusal(Runnable r) {
        return assertThrows(Refusal.class, r::run).reason();
    }

    @Test
    void studentsJoinWithTheCodeAndANicknameOfTheirOwnEachPlayingAnotherPerson() {
        ClassSession s = session(2);
        assertTrue(s.code().matches("\\d{6}"), s.code());
        assertEquals("code", refusal(() -> s.join("000000".equals(s.code()) ? "111111" : "000000", "Anna", "en")));
        assertEquals("code", refusal(() -> s.join(null, "Anna", "en")));
        ClassSession.Student anna = s.join(" " + s.code() + " ", "  Anna   B ", "nl");
        assertEquals("Anna B", anna.nickname().text(), "trimmed, spaces joined");
        assertEquals("nl", anna.labels().locale().getLanguage());
        assertEquals(32, anna.token().length());
        assertEquals("nickname.taken", refusal(() -> s.join(s.code(), "anna b", "en")));
        assertEquals("nickname.characters", refusal(() -> s.join(s.code(), "<script>", "en")));
        assertEquals("nickname.characters", refusal(() -> s.join(s.code(), "a\u0000b", "en")));
        assertEquals("nickname.characters", refusal(() -> s.join(s.code(), "Zo\u00eb \"x\"", "en")));
        assertEquals("nickname.long", refusal(() -> s.join(s.code(), "a".repeat(17), "en")));
        assertEquals("nickname.missing", refusal(() -> s.join(s.code(), "   ", "en")));
        assertEquals("Zoë-2_b", s.join(s.code(), "Zoë-2_b", "xx").nickname().text(), "any alphabet; an unknown language is English");
        Set<Integer> agents = new HashSet<>();
        for (ClassSession.Student st : s.students()) {
            agents.add(st.agent());
        }
        for (int k = s.students().size(); k < s.capacity(); k++) {
            agents.add(s.join(s.code(), "student" + k, "en").agent());
        }
        assertEquals(s.capacity(), agents.size(), "each student another person of the class");
        assertEquals("full", refusal(() -> s.join(s.code(), "one too many", "en")));
        assertEquals("token", refusal(() -> s.student("not a token")));
        assertTrue(s.isTeacher(s.teacherKey()));
        assertFalse(s.isTeacher(null));
        assertFalse(s.isTeacher(s.code()));
    }

    @Test
    void aChoiceActsThroughTheModelAndStartsAfreshEachTurn() {
        ClassSession played = session(3);
        ClassSession plain = session(3);
        ClassSession.Student a = played.join(played.code(), "A", "en");
        plain.join(plain.code(), "A", "en");
        assertEquals("choices", refusal(() -> played.choose(a.token(), EnumSet.of(Choice.SCROLL, Choice.POST))));
        assertEquals("choices", refusal(() -> played.choose(a.token(), EnumSet.of(Choice.MEET, Choice.CLUB))));
        played.choose(a.token(), EnumSet.of(Choice.LESS_PHONE, Choice.MEET, Choice.NIGHT_OFF));
        played.playTurn();
        plain.playTurn();
        ClassSession.Week week = a.history().get(0);
        ClassSession.Week without = plain.students().get(0).history().get(0);
        assertEquals(EnumSet.of(Choice.LESS_PHONE, Choice.MEET, Choice.NIGHT_OFF), week.choices());
        assertTrue(week.minutesPerDay() < 0.8 * without.minutesPerDay(), week + " against " + without);
        assertEquals(0, week.nightPerDay(), 1e-9, "the phone away at night");
        assertTrue(week.meetingsPerWeek() >= without.meetingsPerWeek(), week + " against " + without);
        assertEquals(Set.of(), a.choices(), "the next turn starts with no choice");
        assertEquals(1, played.turn());
        assertNotEquals("", a.diary());
    }

    @Test
    void theReplayWithEveryChoiceIsTheSessionItselfAndCardsSayWhatTheChoicesDid() {
        ClassSession s = session(3);
        ClassSession.Student a = s.join(s.code(), "A", "en");
        ClassSession.Student b = s.join(s.code(), "B", "en");
        s.choose(a.token(), EnumSet.of(Choice.SCROLL, Choice.NIGHT_OFF));
        s.choose(b.token(), EnumSet.of(Choice.CLUB));
        s.playTurn();
        // The teacher let the model run three days between turns: the replay runs them too.
        for (int d = 0; d < 3; d++) {
            s.model().stepDay();
        }
        s.choose(a.token(), EnumSet.of(Choice.SCROLL));
        s.playTurn();
        LonelyLoop again = s.replay(Set.of());
        assertEquals(s.model().day(), again.day());
        for (int i = 0; i < s.model().populationSize(); i++) {
            assertEquals(s.model().agent(i).getLoneliness(), again.agent(i).getLoneliness(), 0, "agent " + i);
        }
        assertArrayEquals(s.model().latest().values(), again.latest().values(), 0);
        s.end();
        assertEquals(ClassSession.Stage.ENDED, s.stage());
        ClassSession.Card card = a.card();
        assertNotNull(card);
        assertEquals(s.model().agent(a.agent()).getLonelinessScore(), card.scoreAfter());
        assertEquals(s.replay(Set.of(a.agent())).agent(a.agent()).getLoneliness(), card.lonelinessWithout(), 0);
        assertNotEquals(card.lonelinessAfter(), card.lonelinessWithout(), "scrolling for two weeks made a difference");
        assertEquals(2, card.chosen().get(Choice.SCROLL));
        assertEquals(1, card.chosen().get(Choice.NIGHT_OFF));
        ClassSession.ClassCard c = s.classCard();
        assertEquals(2, c.students());
        assertEquals(2, c.turns());
        assertEquals("ended", refusal(() -> s.join(s.code(), "C", "en")));
        assertEquals("ended", refusal(() -> s.beginTurn()));
        assertEquals("ended", refusal(() -> s.choose(a.token(), Set.of())));
    }

    @Test
    void turnsStopAtTheLessonsLengthAndAModelStartedAgainEndsTheSession() {
        ClassSession s = session(1);
        s.playTurn();
        assertEquals("turns.over", refusal(s::playTurn));
        ClassSession restarted = session(2);
        restarted.playTurn();
        restarted.model().start();
        assertEquals("restarted", refusal(restarted::playTurn));
        ClassSession running = session(2);
        running.beginTurn();
        assertEquals("turn.running", refusal(running::beginTurn));
        assertEquals("turn.running", refusal(running::end));
    }
}
