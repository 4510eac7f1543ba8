package org.lonelyloop.classroom;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.lonelyloop.experiment.RunEngine;
import org.lonelyloop.model.AgentView;
import org.lonelyloop.model.Checkpoint;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.RuntimeChanges;
import org.lonelyloop.model.intervention.Choices.Choice;
import org.lonelyloop.model.scale.DeJongGierveld;

/**
 * A class playing the loop from their phones: each student who joins becomes one agent of the
 * classroom model, under a nickname, and in the turns the teacher paces (a simulated week each, by
 * default) chooses what that agent does, through the model's own {@link
 * org.lonelyloop.model.intervention.Choices}; agents nobody plays live as the model has them.
 *
 * <p>Knows nothing of HTTP or windows: {@link SessionServer} serves it to phones and the teacher's
 * page, the GUI paces it on the projector. The turn's days are stepped by whoever drives the model:
 * {@link #playTurn} steps them itself, the GUI plays them on MASON's Console between {@link
 * #beginTurn} and {@link #endTurn}, calling {@link #dayDone} after each. Thread-safe: phones,
 * teacher and driver call it from their own threads.
 *
 * <p>At the end each student gets a card: what happened to them, their loop gain then and now, and
 * what their own choices did, measured by playing the whole session again from its start with every
 * choice but theirs (the model is deterministic, so the replay with every choice is the session
 * itself, to the bit). Nothing is written to disk; nothing outlives the session but what the
 * teacher saves.
 */
public final class ClassSession {
    /** Before the first turn, between turns, or over. */
    public enum Stage {
        JOINING, PLAYING, ENDED
    }

    /**
     * The choices in the groups a phone shows them in (the day's phone, people, the night): at most
     * one of each group holds at once.
     */
    static final List<List<Choice>> GROUPS = List.of(List.of(Choice.SCROLL, Choice.POST, Choice.LESS_PHONE),
            List.of(Choice.MEET, Choice.REACH_OUT, Choice.CLUB), List.of(Choice.NIGHT_OFF));

    private final LonelyLoop model;
    private final LonelyLoop atStart;
    private final int turnDays;
    private final int turns;
    private final String code;
    private final String teacherKey;
    private final SecureRandom random;
    private final int[] agentOrder;
    private final List<Student> students = new ArrayList<>();
    private final Map<String, Student> byToken = new HashMap<>();
    /** The days played since the start and what each played agent chose in them: the session's whole input. */
    private final List<Segment> played = new ArrayList<>();
    private Stage stage = Stage.JOINING;
    private boolean turnRunning;
    private int turn;
    private ClassCard classCard;

    /**
     * @param model    the classroom model, started and standing between two days
     * @param turnDays simulated days per turn
     * @param turns    turns in the lesson
     * @param random   where join codes and tokens come from (a {@link SecureRandom})
     */
    public ClassSession(LonelyLoop model, int turnDays, int turns, SecureRandom random) {
        if (turnDays < 1 || turnDays > 365) {
            throw new IllegalArgumentException("a turn is 1 to 365 days, was " + turnDays);
        }
        if (turns < 1 || turns > 100) {
            throw new IllegalArgumentException("a lesson has 1 to 100 turns, was " + turns);
        }
        this.model = model;
        this.atStart = Checkpoint.copy(model);
        this.turnDays = turnDays;
        this.turns = turns;
        this.random = random;
        this.code = String.format("%06d", random.nextInt(1_000_000));
        this.teacherKey = HexFormat.of().formatHex(bytes(16));
        // Students get agents in an order drawn from the scenario's seed: the same class, the same order.
        agentOrder = new int[model.populationSize()];
        for (int i = 0; i < agentOrder.length; i++) {
            agentOrder[i] = i;
        }
        SplittableRandom order = new SplittableRandom(model.seed() ^ 0x5EA7C1A55L);
        for (int i = agentOrder.length - 1; i > 0; i--) {
            int j = order.nextInt(i + 1);
            int t = agentOrder[i];
            agentOrder[i] = agentOrder[j];
            agentOrder[j] = t;
        }
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    /** The six digits a student types to join. */
    public String code() {
        return code;
    }

    /** What the teacher's page sends with every request (never shown to the class). */
    public String teacherKey() {
        return teacherKey;
    }

    /** The model the class plays. */
    public LonelyLoop model() {
        return model;
    }

    public int turnDays() {
        return turnDays;
    }

    public int turns() {
        return turns;
    }

    /** How many students may join: one per agent of the class. */
    public int capacity() {
        return agentOrder.length;
    }

    public synchronized Stage stage() {
        return stage;
    }

    /** Turns played so far. */
    public synchronized int turn() {
        return turn;
    }

    /** Whether a turn's days are being played now. */
    public synchronized boolean turnRunning() {
        return turnRunning;
    }

    /** Whether the teacher key matches, compared in constant time. */
    public boolean isTeacher(String key) {
        return key != null && MessageDigest.isEqual(key.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                teacherKey.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * A student joins with the code on the projector and a nickname of their own choosing, and gets
     * their agent and a token for every later request.
     */
    public synchronized Student join(String typedCode, String nickname, String lang) {
        if (stage == Stage.ENDED) {
            throw new Refusal(409, "ended");
        }
        if (typedCode == null || !MessageDigest.isEqual(typedCode.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                code.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            throw new Refusal(403, "code");
        }
        Nickname name = new Nickname(nickname);
        for (Student s : students) {
            if (s.nickname.sameAs(name)) {
                throw new Refusal(409, "nickname.taken");
            }
        }
        if (students.size() >= capacity()) {
            throw new Refusal(409, "full");
        }
        Labels labels;
        try {
            labels = Labels.forLanguage(lang == null ? "en" : lang);
        } catch (IllegalArgumentException e) {
            labels = Labels.forLanguage("en");
        }
        Student s = new Student(name, HexFormat.of().formatHex(bytes(16)), agentOrder[students.size()], labels);
        s.observe(model, true);
        students.add(s);
        byToken.put(s.token, s);
        return s;
    }

    /** The student with this token. */
    public synchronized Student student(String token) {
        Student s = token == null ? null : byToken.get(token);
        if (s == null) {
            throw new Refusal(401, "token");
        }
        return s;
    }

    /** The students in the order they joined. */
    public synchronized List<Student> students() {
        return List.copyOf(students);
    }

    /**
     * What the student's agent does in the next turn (replacing what they chose before): at most one
     * way of using the phone in the day and one way of seeing people, and the phone away at night
     * or not.
     */
    public synchronized void choose(String token, Set<Choice> choices) {
        Student s = student(token);
        if (stage == Stage.ENDED) {
            throw new Refusal(409, "ended");
        }
        for (List<Choice> group : GROUPS) {
            if (choices.stream().filter(group::contains).count() > 1) {
                throw new Refusal(400, "choices");
            }
        }
        s.choices = choices.isEmpty() ? EnumSet.noneOf(Choice.class) : EnumSet.copyOf(choices);
    }

    /**
     * Starts a turn: each played agent does what its student chose (an agent whose student chose
     * nothing lives as the model has it). Returns the days to play.
     */
    public synchronized int beginTurn() {
        if (stage == Stage.ENDED) {
            throw new Refusal(409, "ended");
        }
        if (turnRunning) {
            throw new Refusal(409, "turn.running");
        }
        if (turn >= turns) {
            throw new Refusal(409, "turns.over");
        }
        catchUp();
        var choices = RuntimeChanges.of(model).choices();
        choices.clear();
        Map<Integer, Set<Choice>> now = new LinkedHashMap<>();
        for (Student s : students) {
            if (turn == 0) {
                s.observe(model, true);
            }
            choices.set(s.agent, s.choices);
            if (!s.choices.isEmpty()) {
                now.put(s.agent, EnumSet.copyOf(s.choices));
            }
            s.startTurn();
        }
        played.add(new Segment(turnDays, now));
        stage = Stage.PLAYING;
        turnRunning = true;
        return turnDays;
    }

    /** After each day of a turn: what the students' agents did today. */
    public synchronized void dayDone() {
        for (Student s : students) {
            s.observe(model, false);
        }
    }

    /** Ends the turn: each student's week goes into their history and their choices start afresh. */
    public synchronized void endTurn() {
        if (!turnRunning) {
            throw new IllegalStateException("no turn is running");
        }
        turn++;
        for (Student s : students) {
            s.endTurn(turn, model);
        }
        RuntimeChanges.of(model).choices().clear();
        turnRunning = false;
    }

    /** Plays a whole turn, stepping the model's days itself (the command line's session). */
    public synchronized void playTurn() {
        int days = beginTurn();
        new RunEngine(model).with(new RunEngine.Hook() {
            @Override
            public void after(RunEngine run, int day) {
                dayDone();
            }
        }).days(days);
        endTurn();
    }

    /**
     * Ends the lesson: every student's card and the class's, each with what the choices did, from
     * replays of the session without them.
     */
    public synchronized void end() {
        if (turnRunning) {
            throw new Refusal(409, "turn.running");
        }
        if (stage == Stage.ENDED) {
            return;
        }
        catchUp();
        stage = Stage.ENDED;
        LonelyLoop without = replay(Set.copyOf(played.stream().flatMap(m -> m.choices().keySet().stream()).toList()));
        int strongly = 0;
        int stronglyWithout = 0;
        double mean = 0;
        double meanWithout = 0;
        for (Student s : students) {
            AgentView a = model.agent(s.agent);
            AgentView b = without.agent(s.agent);
            strongly += DeJongGierveld.category(a.getLonelinessScore()) == DeJongGierveld.STRONGLY ? 1 : 0;
            stronglyWithout += DeJongGierveld.category(b.getLonelinessScore()) == DeJongGierveld.STRONGLY ? 1 : 0;
            mean += a.getLoneliness();
            meanWithout += b.getLoneliness();
            LonelyLoop withoutMe = s.choseAnything() ? replay(Set.of(s.agent)) : model;
            s.card = Card.of(s, model.agent(s.agent), withoutMe.agent(s.agent));
        }
        int n = Math.max(1, students.size());
        classCard = new ClassCard(students.size(), turn, turn * turnDays, strongly, stronglyWithout, mean / n,
                meanWithout / n);
    }

    /** The class's card, once the lesson has ended (else null). */
    public synchronized ClassCard classCard() {
        return classCard;
    }

    /**
     * Days the model ran outside the turns (the teacher pressed play between them) become a
     * stretch without choices, so a replay runs them too; a model started again from its first
     * day is no longer the session's.
     */
    private void catchUp() {
        int expected = atStart.day() + played.stream().mapToInt(Segment::days).sum();
        int gap = model.day() - expected;
        if (gap < 0) {
            throw new Refusal(409, "restarted");
        }
        if (gap > 0) {
            played.add(new Segment(gap, Map.of()));
        }
    }

    /** The session played again from its start with every choice but those of these agents. */
    LonelyLoop replay(Set<Integer> without) {
        LonelyLoop m = Checkpoint.copy(atStart);
        RunEngine days = new RunEngine(m);
        for (Segment segment : played) {
            var choices = RuntimeChanges.of(m).choices();
            choices.clear();
            for (Map.Entry<Integer, Set<Choice>> e : segment.choices().entrySet()) {
                if (!without.contains(e.getKey())) {
                    choices.set(e.getKey(), e.getValue());
                }
            }
            days.days(segment.days());
        }
        return m;
    }

    /**
     * A stretch of the session: its days, and what each played agent chose in them (agents that
     * chose nothing left out).
     */
    record Segment(int days, Map<Integer, Set<Choice>> choices) {
    }

    /**
     * The class's card.
     *
     * @param students         students who played
     * @param turns            turns played
     * @param days             simulated days
     * @param strongly         of them very lonely at the end
     * @param stronglyWithout  very lonely at the end had nobody chosen anything
     * @param meanLoneliness   their mean loneliness (0..1) at the end
     * @param meanWithout      the same had nobody chosen anything
     */
    public record ClassCard(int students, int turns, int days, int strongly, int stronglyWithout,
            double meanLoneliness, double meanWithout) {
    }

    /**
     * A student's card.
     *
     * @param scoreBefore    De Jong Gierveld score (0..6) when the session began for them
     * @param scoreAfter     the score at the end
     * @param scoreWithout   the score at the end had they chosen nothing
     * @param lonelinessAfter  latent loneliness (0..1) at the end
     * @param lonelinessWithout the same had they chosen nothing
     * @param tiesBefore     friends then
     * @param tiesAfter      friends now
     * @param minutesBefore  social-media minutes a day in the first turn
     * @param minutesAfter   in the last
     * @param gainBefore     loop gain at the start
     * @param gainAfter      loop gain at the end
     * @param chosen         how often each choice was made
     */
    public record Card(int scoreBefore, int scoreAfter, int scoreWithout, double lonelinessAfter,
            double lonelinessWithout, int tiesBefore, int tiesAfter, double minutesBefore, double minutesAfter,
            double gainBefore, double gainAfter, Map<Choice, Integer> chosen) {
        static Card of(Student s, AgentView now, AgentView without) {
            Map<Choice, Integer> counts = new java.util.EnumMap<>(Choice.class);
            for (Week w : s.history) {
                for (Choice c : w.choices()) {
                    counts.merge(c, 1, Integer::sum);
                }
            }
            double minutesBefore = s.history.isEmpty() ? s.start.useMinutes() : s.history.get(0).minutesPerDay();
            double minutesAfter = s.history.isEmpty() ? now.getUseMinutes()
                    : s.history.get(s.history.size() - 1).minutesPerDay();
            return new Card(s.start.score(), now.getLonelinessScore(), without.getLonelinessScore(), now.getLoneliness(),
                    without.getLoneliness(), s.start.ties().length, now.getOfflineTies(), minutesBefore, minutesAfter,
                    s.startGain, now.getLoopGain(), counts);
        }
    }

    /**
     * One turn of one student: what they chose and how their agent's week went.
     *
     * @param turn            the turn's number, from 1
     * @param choices         what they chose
     * @param score           De Jong Gierveld score at the end of the turn
     * @param loneliness      latent loneliness at the end (0..1)
     * @param ties            friends at the end
     * @param minutesPerDay   social-media minutes a day over the turn
     * @param nightPerDay     of which in bed at night
     * @param meetingsPerWeek face-to-face meetings over the turn, per week
     */
    public record Week(int turn, Set<Choice> choices, int score, double loneliness, int ties, double minutesPerDay,
            double nightPerDay, double meetingsPerWeek) {
    }

    /** A student in the session: their nickname, token and agent, what they chose and how it went. */
    public static final class Student {
        private final Nickname nickname;
        private final String token;
        private final int agent;
        private final Labels labels;
        private Set<Choice> choices = EnumSet.noneOf(Choice.class);
        private final List<Week> history = new ArrayList<>();
        private DiaryDay start;
        private double startGain;
        private DiaryDay yesterday;
        private DiaryDay today;
        private Set<Choice> turnChoices = EnumSet.noneOf(Choice.class);
        private int days;
        private double minutes;
        private double night;
        private int meetings;
        private Card card;

        Student(Nickname nickname, String token, int agent, Labels labels) {
            this.nickname = nickname;
            this.token = token;
            this.agent = agent;
            this.labels = labels;
        }

        /** Copies the agent's day; {@code fresh}: as they stand now, the start of their session. */
        void observe(LonelyLoop model, boolean fresh) {
            AgentView a = model.agent(agent);
            // Before the first recorded day the last day run is the burn-in's; the class calls it day 0.
            DiaryDay d = DiaryDay.of(a, Math.max(0, model.day() - 1));
            if (fresh) {
                start = d;
                startGain = a.getLoopGain();
                yesterday = null;
                today = d;
                return;
            }
            yesterday = today;
            today = d;
            days++;
            minutes += a.getUseMinutes();
            night += a.getNightMinutes();
            meetings += a.getContactsToday();
        }

        void startTurn() {
            turnChoices = EnumSet.copyOf(choices.isEmpty() ? EnumSet.noneOf(Choice.class) : choices);
            days = 0;
            minutes = 0;
            night = 0;
            meetings = 0;
        }

        void endTurn(int turn, LonelyLoop model) {
            AgentView a = model.agent(agent);
            int n = Math.max(1, days);
            history.add(new Week(turn, Collections.unmodifiableSet(turnChoices), a.getLonelinessScore(), a.getLoneliness(),
                    a.getOfflineTies(), minutes / n, night / n, 7.0 * meetings / n));
            choices = EnumSet.noneOf(Choice.class);
        }

        boolean choseAnything() {
            return history.stream().anyMatch(w -> !w.choices().isEmpty());
        }

        public Nickname nickname() {
            return nickname;
        }

        public String token() {
            return token;
        }

        /** The agent the student plays. */
        public int agent() {
            return agent;
        }

        public Labels labels() {
            return labels;
        }

        /** What they have chosen for the next turn. */
        public Set<Choice> choices() {
            return Collections.unmodifiableSet(choices);
        }

        public List<Week> history() {
            return Collections.unmodifiableList(history);
        }

        /** The agent's last day, as the diary tells it. */
        public String diary() {
            return new Diary(labels).entry(today, yesterday);
        }

        /** The agent's last day. */
        public DiaryDay today() {
            return today;
        }

        /** Their card, once the lesson has ended (else null). */
        public Card card() {
            return card;
        }
    }
}
