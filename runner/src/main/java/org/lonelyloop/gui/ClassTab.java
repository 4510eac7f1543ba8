package org.lonelyloop.gui;

import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.Image;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.DefaultListModel;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import org.lonelyloop.classroom.ClassSession;
import org.lonelyloop.classroom.Labels;
import org.lonelyloop.classroom.LocalNetwork;
import org.lonelyloop.classroom.Names;
import org.lonelyloop.classroom.QrCode;
import org.lonelyloop.classroom.Refusal;
import org.lonelyloop.classroom.SessionServer;
import org.lonelyloop.model.LonelyLoop;
import sim.display.Console;

/**
 * The Console's Class tab: starts a session in which the class joins from their phones (each
 * student one person of the class, {@link ClassSession}), shows the QR code and join code on the
 * projector, who has joined and chosen, and plays the weeks on the Console: a week is played, with
 * the network, charts and loop drawing it, and the Console pauses at its end for the class to choose
 * again. The network shows each played person under the student's nickname.
 */
final class ClassTab extends JPanel {
    private static final long serialVersionUID = 1L;
    /** Port tried first (easy to type); any free port when it is taken. */
    static final int PORT = 8080;
    static final int TURNS = 6;

    private final transient LonelyLoopWithUI gui;
    private final Console console;
    private final Labels labels;
    private final JButton start;
    private final JButton next;
    private final JButton end;
    private final JLabel qr = new JLabel();
    private final JTextArea join = new JTextArea();
    private final JLabel code = new JLabel();
    private final JLabel count = new JLabel();
    private final DefaultListModel<String> students = new DefaultListModel<>();
    private final JTextArea status = new JTextArea(3, 20);
    private transient ClassSession session;
    private transient SessionServer server;
    private transient javax.swing.JFrame card;
    /** Days of the running turn still to play; counted down in the model's thread. */
    private volatile int daysLeft;

    ClassTab(LonelyLoopWithUI gui, Console console) {
        super(new BorderLayout());
        this.gui = gui;
        this.console = console;
        this.labels = gui.labels();
        start = new JButton(labels.get("class.start"));
        next = new JButton(labels.get("teacher.next"));
        end = new JButton(labels.get("teacher.end"));
        JPanel top = new JPanel();
        top.setLayout(new BoxLayout(top, BoxLayout.Y_AXIS));
        JTextArea intro = new JTextArea(labels.get("class.intro"));
        intro.setLineWrap(true);
        intro.setWrapStyleWord(true);
        intro.setEditable(false);
        intro.setOpaque(false);
        top.add(intro);
        top.add(start);
        top.add(qr);
        top.add(join);
        code.setFont(code.getFont().deriveFont(Font.BOLD, code.getFont().getSize2D() * 2.5f));
        top.add(code);
        JPanel buttons = new JPanel();
        buttons.add(next);
        buttons.add(end);
        top.add(buttons);
        top.add(count);
        for (javax.swing.JComponent c : new javax.swing.JComponent[] {intro, start, qr, join, code, buttons, count}) {
            c.setAlignmentX(LEFT_ALIGNMENT);
        }
        top.add(Box.createVerticalStrut(4));
        add(top, BorderLayout.NORTH);
        add(new JScrollPane(new JList<>(students)), BorderLayout.CENTER);
        for (JTextArea t : new JTextArea[] {status, join}) {
            t.setLineWrap(true);
            t.setWrapStyleWord(true);
            t.setEditable(false);
            t.setOpaque(false);
            // New text must not scroll the tab away from the QR code.
            ((javax.swing.text.DefaultCaret) t.getCaret()).setUpdatePolicy(javax.swing.text.DefaultCaret.NEVER_UPDATE);
        }
        add(status, BorderLayout.SOUTH);
        setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        next.setEnabled(false);
        end.setEnabled(false);
        start.addActionListener(e -> startSession());
        next.addActionListener(e -> nextTurn());
        end.addActionListener(e -> tell(this::endLesson));
        gui.onDay(this::dayDone);
        new Timer(1000, e -> refresh()).start();
    }

    /** The running session, or null. */
    ClassSession session() {
        return session;
    }

    /** The running server, or null. */
    SessionServer server() {
        return server;
    }

    /**
     * Starts the session on the model as it stands: a Console that has not played yet plays and
     * pauses first, so the class plays the model the Console shows.
     */
    void startSession() {
        if (session != null && session.stage() != ClassSession.Stage.ENDED) {
            return;
        }
        if (server != null) {
            // The last lesson's phones keep their cards until a new one starts.
            server.close();
        }
        try {
            if (console.getPlayState() == Console.PS_STOPPED) {
                console.pressPlay();
            }
            if (console.getPlayState() == Console.PS_PLAYING) {
                console.pressPause();
            }
            LonelyLoop model = (LonelyLoop) gui.state;
            synchronized (gui.state.schedule) {
                session = new ClassSession(model, 7, TURNS, new SecureRandom());
            }
            InetAddress address = LocalNetwork.choose(null);
            try {
                server = new SessionServer(session, address, PORT, () -> SwingUtilities.invokeLater(this::nextTurn));
            } catch (BindException taken) {
                server = new SessionServer(session, address, 0, () -> SwingUtilities.invokeLater(this::nextTurn));
            }
            String joinAt = server.joinAddress();
            Image img = new QrCode(joinAt + "?code=" + session.code()).image(6);
            qr.setIcon(new ImageIcon(img.getScaledInstance(Math.min(300, img.getWidth(null)), -1, Image.SCALE_FAST)));
            join.setText(labels.get("teacher.join", joinAt));
            code.setText(session.code());
            start.setEnabled(false);
            status.setText(labels.get("class.teacherPage", server.teacherAddress()));
            refresh();
        } catch (IOException | RuntimeException e) {
            session = null;
            status.setText(labels.get("class.failed", e.getMessage()));
        }
    }

    /** The next week, as the tab's button and the teacher's page ask for it: a refusal is said, not thrown. */
    void nextTurn() {
        tell(this::playTurn);
    }

    /** Plays the next week on the Console: the class's choices from the next day, a pause at its end. */
    void playTurn() {
        if (session == null) {
            return;
        }
        int days;
        synchronized (gui.state.schedule) {
            days = session.beginTurn();
            daysLeft = days;
            console.setWhenShouldPause(gui.state.schedule.getSteps() + days);
        }
        if (console.getPlayState() == Console.PS_PAUSED) {
            // A second press resumes; play while paused would only step.
            console.pressPause();
        } else if (console.getPlayState() == Console.PS_STOPPED) {
            throw new Refusal(409, "restarted");
        }
        refresh();
    }

    /** In the model's thread after each day: the turn's days are counted and the turn closed after the last. */
    private void dayDone() {
        ClassSession s = session;
        if (s == null || daysLeft <= 0) {
            return;
        }
        s.dayDone();
        if (--daysLeft == 0) {
            s.endTurn();
            SwingUtilities.invokeLater(this::refresh);
        }
    }

    void endLesson() {
        if (session != null && session.stage() != ClassSession.Stage.ENDED) {
            session.end();
            console.setWhenShouldPause(Long.MAX_VALUE);
            refresh();
            showCard();
        }
    }

    /**
     * The class's card on the projector: how many are very lonely now and would have been had
     * nobody chosen anything, and each student's person from the start to the end and without
     * their own choices.
     */
    private void showCard() {
        ClassSession.ClassCard c = session.classCard();
        javax.swing.JFrame f = new javax.swing.JFrame(labels.get("teacher.card.heading"));
        StringBuilder text = new StringBuilder();
        text.append(labels.get("teacher.card.students", c.students(), c.turns(), c.days())).append('\n')
                .append(labels.get("teacher.card.strongly", c.strongly(), c.stronglyWithout())).append('\n')
                .append(labels.get("teacher.card.mean", Math.round(100 * c.meanLoneliness()), Math.round(100 * c.meanWithout())))
                .append("\n\n");
        for (ClassSession.Student st : session.students()) {
            ClassSession.Card card = st.card();
            text.append(st.nickname().text()).append(" (").append(Names.of(st.agent())).append("): ")
                    .append(labels.get("teacher.card.row", card.scoreBefore(), card.scoreAfter(),
                            Math.round(100 * card.lonelinessAfter()), Math.round(100 * card.lonelinessWithout())))
                    .append('\n');
        }
        JLabel heading = new JLabel(labels.get("teacher.card.heading"));
        heading.setFont(Zoom.font(Font.BOLD, 24));
        heading.setBorder(BorderFactory.createEmptyBorder(12, 16, 4, 16));
        JTextArea body = new JTextArea(text.toString());
        body.setFont(Zoom.font(Font.PLAIN, 17));
        body.setLineWrap(true);
        body.setWrapStyleWord(true);
        body.setEditable(false);
        body.setBorder(BorderFactory.createEmptyBorder(4, 16, 12, 16));
        f.getContentPane().add(heading, BorderLayout.NORTH);
        f.getContentPane().add(new JScrollPane(body, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                JScrollPane.HORIZONTAL_SCROLLBAR_NEVER), BorderLayout.CENTER);
        java.awt.Rectangle screen = ScreenLayout.forThisScreen().network();
        f.setBounds(screen.x, screen.y, Math.max(screen.width, 640), screen.height);
        f.setVisible(true);
        card = f;
    }

    /** The class's card window, once the lesson has ended (else null). */
    javax.swing.JFrame card() {
        return card;
    }

    /**
     * Runs a teacher's action; a refusal is said in the status line and the session goes on, but for
     * a simulation started again (Stop, then play): its session is over, and Start offers a new one.
     */
    private void tell(Runnable action) {
        try {
            action.run();
        } catch (Refusal r) {
            status.setText(labels.get("refusal." + r.reason()));
            if (r.reason().equals("restarted")) {
                close();
                server = null;
                session = null;
                daysLeft = 0;
                gui.nicknames(java.util.Map.of());
                qr.setIcon(null);
                join.setText("");
                code.setText("");
                start.setEnabled(true);
                next.setEnabled(false);
                end.setEnabled(false);
            }
        }
    }

    private void refresh() {
        ClassSession s = session;
        if (s == null) {
            return;
        }
        Map<Integer, String> nicknames = new LinkedHashMap<>();
        students.clear();
        for (ClassSession.Student st : s.students()) {
            nicknames.put(st.agent(), st.nickname().text());
            students.addElement(st.nickname().text() + " (" + Names.of(st.agent()) + "): "
                    + labels.get(st.choices().isEmpty() ? "teacher.choosing" : "teacher.chose"));
        }
        gui.nicknames(nicknames);
        count.setText(labels.get("teacher.students", s.students().size(), s.capacity()) + "   "
                + labels.get("teacher.turn", Math.min(s.turn() + 1, s.turns()), s.turns()));
        boolean over = s.stage() == ClassSession.Stage.ENDED;
        start.setEnabled(over);
        next.setEnabled(!over && !s.turnRunning() && s.turn() < s.turns());
        end.setEnabled(!over && !s.turnRunning());
        ClassSession.ClassCard card = s.classCard();
        if (card != null) {
            status.setText(labels.get("teacher.card.students", card.students(), card.turns(), card.days()) + " "
                    + labels.get("teacher.card.strongly", card.strongly(), card.stronglyWithout()));
        }
    }

    /** Stops serving (the GUI closes). */
    void close() {
        if (server != null) {
            server.close();
        }
        if (card != null) {
            card.dispose();
        }
    }
}
