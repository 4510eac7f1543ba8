package org.lonelyloop.classroom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lonelyloop.model.intervention.Choices.Choice;
import org.lonelyloop.model.scale.DeJongGierveld;

/**
 * What a phone and the teacher's page are shown, as plain values a page renders (a JSON object
 * each): the student's agent in words and numbers with the turn's choices, and the class with its
 * join code; each with the words of its page in the reader's language.
 */
final class SessionViews {
    private SessionViews() {
    }

    /** The words under {@code prefix} (without it) in these labels. */
    static Map<String, String> words(Labels labels, String... prefixes) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : new java.util.TreeSet<>(labels.keys())) {
            for (String prefix : prefixes) {
                if (key.startsWith(prefix)) {
                    out.put(key, labels.get(key));
                }
            }
        }
        return out;
    }

    /** What a student's phone shows; read under the session's lock, so a day being recorded is never half seen. */
    static Map<String, Object> student(ClassSession session, ClassSession.Student s) {
        synchronized (session) {
            return studentNow(session, s);
        }
    }

    private static Map<String, Object> studentNow(ClassSession session, ClassSession.Student s) {
        Map<String, Object> v = common(session);
        Labels l = s.labels();
        v.put("nickname", s.nickname().text());
        v.put("name", Names.of(s.agent()));
        v.put("lang", l.locale().getLanguage());
        DiaryDay today = s.today();
        Map<String, Object> me = new LinkedHashMap<>();
        int category = DeJongGierveld.category(today.score());
        me.put("score", today.score());
        me.put("category", category);
        me.put("loneliness", round(today.loneliness(), 2));
        me.put("friends", today.ties().length);
        List<ClassSession.Week> history = s.history();
        ClassSession.Week last = history.isEmpty() ? null : history.get(history.size() - 1);
        me.put("minutesPerDay", Math.round(last == null ? today.useMinutes() : last.minutesPerDay()));
        me.put("nightPerDay", Math.round(last == null ? today.nightMinutes() : last.nightPerDay()));
        me.put("meetingsPerWeek", last == null ? null : round(last.meetingsPerWeek(), 1));
        me.put("diary", s.diary());
        v.put("me", me);
        v.put("choices", s.choices().stream().map(Choice::key).toList());
        List<List<String>> groups = new ArrayList<>();
        for (List<Choice> g : ClassSession.GROUPS) {
            groups.add(g.stream().map(Choice::key).toList());
        }
        v.put("options", groups);
        List<Map<String, Object>> weeks = new ArrayList<>();
        for (ClassSession.Week w : history) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("turn", w.turn());
            m.put("choices", w.choices().stream().map(Choice::key).toList());
            m.put("score", w.score());
            m.put("friends", w.ties());
            m.put("minutesPerDay", Math.round(w.minutesPerDay()));
            weeks.add(m);
        }
        v.put("history", weeks);
        ClassSession.Card card = s.card();
        if (card != null) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("scoreBefore", card.scoreBefore());
            c.put("scoreAfter", card.scoreAfter());
            c.put("scoreWithout", card.scoreWithout());
            c.put("lonelinessAfter", round(card.lonelinessAfter(), 3));
            c.put("lonelinessWithout", round(card.lonelinessWithout(), 3));
            c.put("friendsBefore", card.tiesBefore());
            c.put("friendsAfter", card.tiesAfter());
            c.put("minutesBefore", Math.round(card.minutesBefore()));
            c.put("minutesAfter", Math.round(card.minutesAfter()));
            c.put("gainBefore", round(card.gainBefore(), 2));
            c.put("gainAfter", round(card.gainAfter(), 2));
            Map<String, Integer> chosen = new LinkedHashMap<>();
            card.chosen().forEach((k, n) -> chosen.put(k.key(), n));
            c.put("chosen", chosen);
            v.put("card", c);
        }
        v.put("words", words(l, "phone.", "choice.", "refusal."));
        return v;
    }

    /** What the teacher's page shows; read under the session's lock, as a phone's view is. */
    static Map<String, Object> teacher(ClassSession session, String joinAddress, Labels labels) {
        synchronized (session) {
            return teacherNow(session, joinAddress, labels);
        }
    }

    private static Map<String, Object> teacherNow(ClassSession session, String joinAddress, Labels labels) {
        Map<String, Object> v = common(session);
        v.put("code", session.code());
        v.put("join", joinAddress);
        v.put("capacity", session.capacity());
        v.put("qr", new QrCode(joinAddress + "?code=" + session.code()).rows());
        List<Map<String, Object>> students = new ArrayList<>();
        for (ClassSession.Student s : session.students()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("nickname", s.nickname().text());
            m.put("name", Names.of(s.agent()));
            m.put("chose", !s.choices().isEmpty());
            m.put("score", s.today().score());
            m.put("category", DeJongGierveld.category(s.today().score()));
            ClassSession.Card card = s.card();
            if (card != null) {
                m.put("scoreBefore", card.scoreBefore());
                m.put("scoreAfter", card.scoreAfter());
                m.put("scoreWithout", card.scoreWithout());
                m.put("lonelinessAfter", Math.round(100 * card.lonelinessAfter()));
                m.put("lonelinessWithout", Math.round(100 * card.lonelinessWithout()));
            }
            students.add(m);
        }
        v.put("students", students);
        ClassSession.ClassCard card = session.classCard();
        if (card != null) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("students", card.students());
            c.put("turns", card.turns());
            c.put("days", card.days());
            c.put("strongly", card.strongly());
            c.put("stronglyWithout", card.stronglyWithout());
            c.put("meanLoneliness", round(card.meanLoneliness(), 3));
            c.put("meanWithout", round(card.meanWithout(), 3));
            v.put("classCard", c);
        }
        v.put("words", words(labels, "teacher.", "refusal."));
        return v;
    }

    private static Map<String, Object> common(ClassSession session) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("stage", session.stage().name().toLowerCase(java.util.Locale.ROOT));
        v.put("turn", session.turn());
        v.put("turns", session.turns());
        v.put("turnDays", session.turnDays());
        v.put("turnRunning", session.turnRunning());
        return v;
    }

    private static double round(double x, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(x * f) / f;
    }
}
