package org.lonelyloop.gui;

import java.awt.Color;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import org.lonelyloop.classroom.Diary;
import org.lonelyloop.classroom.DiaryDay;
import org.lonelyloop.classroom.Labels;
import org.lonelyloop.classroom.Names;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.observe.DayRecord;
import org.lonelyloop.model.state.UseSource;
import org.lonelyloop.scenario.Scenario;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;

/**
 * The classroom GUI on MASON's Console: the network view (Display2D), the live charts, the loop
 * diagram and the diary of one followed person, each in its own window registered with the
 * Console; the Model tab holds the sliders and intervention switches ({@link ClassroomControls});
 * a Presets tab opens another scenario. The model knows nothing of this class: it wraps a
 * {@link LonelyLoop} and reads it through its public observation API after every day.
 */
public final class LonelyLoopWithUI extends GUIState {
    /**
     * Milliseconds between simulated days when played: a week in about two seconds, eight weeks in
     * under 20, so a class can follow the network change; MASON's Delay slider (Console tab)
     * speeds it up. Without a delay a school year passed in about 20 seconds.
     */
    static final long CLASS_PACE_MS = 300;

    /** The most people the GUI draws (the layout is all-pairs); bigger scenarios are scaled down. */
    public static final int MAX_PEOPLE = 1500;
    private static final int WEEK = 7;

    private final Labels labels;
    private final ClassroomControls controls;
    private final Diary diary;
    private final LiveCharts charts;
    private final LoopDiagram loop;
    private final DiaryPanel diaryPanel;
    private final ContinuousPortrayal2D people = new ContinuousPortrayal2D();
    private final NetworkPortrayal2D offlineTies = new NetworkPortrayal2D();
    private final NetworkPortrayal2D onlineTies = new NetworkPortrayal2D();
    private final Legend legend;
    private volatile java.util.Map<Integer, String> nicknames = java.util.Map.of();
    private ClassTab classTab;
    private final java.util.List<Runnable> dayListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<String> messages = Collections.synchronizedList(new ArrayList<>());
    private final Deque<DayRecord> week = new ArrayDeque<>();
    private final Deque<double[]> weekPushes = new ArrayDeque<>();
    private final WeeklyGain followedGain = new WeeklyGain();
    private final ClassAnswers predictions = new ClassAnswers();
    private PredictionsPanel predictionsPanel;
    private final List<DayRecord> firstWeek = Collections.synchronizedList(new ArrayList<>());

    private Display2D display;
    private final List<JFrame> frames = new ArrayList<>();
    private SocialField field;
    private volatile int followed = -1;
    private volatile boolean followChanged;
    private volatile boolean showOnline;
    private volatile boolean started;
    private volatile DayRecord lastRecord;
    private volatile LoopReading lastReading;
    private DiaryDay yesterday;

    /**
     * The classroom preset in the system's language: what MASON's File > New Simulation opens
     * (sim/display/simulation.classes names this class).
     */
    public LonelyLoopWithUI() {
        this(classroom(), Labels.forLanguage(null));
    }

    private static Scenario classroom() {
        try {
            return org.lonelyloop.scenario.ScenarioLoader.load(org.lonelyloop.scenario.ScenarioLoader.locate("classroom"))
                    .scenario();
        } catch (org.lonelyloop.scenario.ScenarioException e) {
            throw new IllegalStateException("the bundled classroom scenario does not load: " + e.getMessage(), e);
        }
    }

    public LonelyLoopWithUI(Scenario scenario, Labels labels) {
        super(LonelyLoop.create(fit(scenario).model()));
        this.labels = labels;
        this.controls = new ClassroomControls(this, labels);
        this.diary = new Diary(labels);
        this.charts = new LiveCharts(labels);
        this.loop = new LoopDiagram(labels);
        this.diaryPanel = new DiaryPanel(labels, this::follow);
        this.legend = new Legend(labels);
        this.followed = storyPerson(fit(scenario));
    }

    /**
     * The person a story is about: the first life event that happens to one named agent (the
     * GUI follows them from the first day), or -1 when the scenario tells no one's story.
     */
    static int storyPerson(Scenario s) {
        return s.events().stream().mapToInt(e -> e.agent()).filter(a -> a >= 0).findFirst().orElse(-1);
    }

    /** The scenario, scaled down to {@link #MAX_PEOPLE} people if bigger. */
    public static Scenario fit(Scenario s) {
        if (s.population().size() <= MAX_PEOPLE) {
            return s;
        }
        // Life events of people who are not drawn any more are left out with them.
        return s.withPopulation(s.population().withSize(MAX_PEOPLE))
                .withEvents(s.events().stream().filter(e -> e.agent() < MAX_PEOPLE).toList());
    }

    public static String getName() {
        return "LonelyLoop";
    }

    public static Object getInfo() {
        return "<html><body style='font-family:sans-serif'><h2>LonelyLoop</h2><p>How loneliness and "
                + "social-media use feed each other. Press play and watch the network: colour is loneliness, "
                + "size is time on social media, a dark ring is problematic use. The loop window shows which "
                + "arrows of the vicious cycle are strong now; switch an intervention on in the Model tab and "
                + "watch it break the loop.</p><p>Hoe eenzaamheid en sociale media elkaar versterken. Druk op "
                + "play en kijk naar het netwerk; zet in het tabblad Model een interventie aan.</p>"
                + "<p>docs/teaching.md has a 45-minute lesson plan.</p></body></html>";
    }

    public Labels labels() {
        return labels;
    }

    @Override
    public Object getSimulationInspectedObject() {
        return controls;
    }

    /**
     * The Model tab's inspector, refreshed after every day: MASON's default shows a model's values
     * as they were when the tab opened, and the live figures (the day, the share very lonely, the
     * loop's verdict) and the switches should follow the run.
     */
    @Override
    public sim.portrayal.Inspector getInspector() {
        sim.portrayal.Inspector i = super.getInspector();
        i.setVolatile(true);
        return i;
    }

    @Override
    public int getMaximumPropertiesForInspector() {
        return 200;
    }

    public ClassroomControls controls() {
        return controls;
    }

    public LiveCharts charts() {
        return charts;
    }

    public LoopDiagram loopDiagram() {
        return loop;
    }

    public DiaryPanel diaryPanel() {
        return diaryPanel;
    }

    public Display2D display() {
        return display;
    }

    SocialField field() {
        return field;
    }

    ContinuousPortrayal2D peoplePortrayal() {
        return people;
    }

    NetworkPortrayal2D offlinePortrayal() {
        return offlineTies;
    }

    NetworkPortrayal2D onlinePortrayal() {
        return onlineTies;
    }

    Legend legend() {
        return legend;
    }

    ClassAnswers predictions() {
        return predictions;
    }

    /** The run's first recorded week (empty before the first day), against which the card reads more or less. */
    List<DayRecord> firstWeek() {
        synchronized (firstWeek) {
            return List.copyOf(firstWeek);
        }
    }

    PredictionsPanel predictionsPanel() {
        return predictionsPanel;
    }

    /**
     * The comparison card for the run so far (null before the first day): each prediction beside
     * what happened and its chart.
     */
    ComparisonCard comparison() {
        List<DayRecord> first = firstWeek();
        List<DayRecord> last;
        synchronized (state.schedule) {
            last = List.copyOf(week);
        }
        if (first.isEmpty() || last.isEmpty()) {
            return null;
        }
        return new ComparisonCard(labels, predictions.compare(first, last, field.size(), labels), charts.charts(), loop,
                last.get(last.size() - 1).day());
    }

    /** Opens the comparison card in its own window, with a button that saves it as a picture and a table. */
    void showComparison() {
        onSwing(() -> {
            ComparisonCard card = comparison();
            if (card == null) {
                tell(labels.get("card.notYet"));
                return;
            }
            JFrame f = new JFrame(labels.get("card.title"));
            f.getContentPane().add(new JScrollPane(card));
            JButton save = new JButton(labels.get("card.save"));
            save.addActionListener(e -> {
                JFileChooser chooser = new JFileChooser();
                chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
                if (chooser.showSaveDialog(f) == JFileChooser.APPROVE_OPTION) {
                    try {
                        java.nio.file.Path png = card.save(chooser.getSelectedFile().toPath());
                        JOptionPane.showMessageDialog(f, labels.get("card.saved", png), "LonelyLoop",
                                JOptionPane.INFORMATION_MESSAGE);
                    } catch (java.io.IOException ex) {
                        JOptionPane.showMessageDialog(f, labels.get("card.saveFailed", ex.getMessage()), "LonelyLoop",
                                JOptionPane.WARNING_MESSAGE);
                    }
                }
            });
            f.getContentPane().add(save, java.awt.BorderLayout.SOUTH);
            java.awt.Rectangle screen = ScreenLayout.forThisScreen().network();
            f.setBounds(screen.x, screen.y, Math.min(ComparisonCard.WIDTH + 40, screen.width), screen.height);
            f.setVisible(true);
            frames.add(f);
        });
    }

    DayRecord lastRecord() {
        return lastRecord;
    }

    LoopReading lastReading() {
        return lastReading;
    }

    boolean started() {
        return started;
    }

    int followed() {
        return followed;
    }

    boolean showOnlineTies() {
        return showOnline;
    }

    void showOnlineTies(boolean on) {
        showOnline = on;
        if (display != null) {
            display.repaint();
        }
    }

    /** Messages shown to the user (refused settings), for tests and the log. */
    public List<String> messages() {
        return messages;
    }

    void tell(String message) {
        messages.add(message);
        if (display != null) {
            SwingUtilities.invokeLater(() -> JOptionPane.showMessageDialog(display, message, "LonelyLoop",
                    JOptionPane.WARNING_MESSAGE));
        }
    }

    /** Follows person {@code id} (-1: nobody) from now on; the diary starts afresh with today. */
    public void follow(int id) {
        followed = id;
        followChanged = true;
        synchronized (followedGain) {
            followedGain.clear();
        }
        String first = null;
        if (started && id >= 0 && lastRecord != null) {
            synchronized (state.schedule) {
                DiaryDay today = DiaryDay.of(field.agent(id), lastRecord.day());
                first = diary.entry(today, null);
                yesterday = today;
                followChanged = false;
            }
        }
        String entry = first;
        onSwing(() -> {
            diaryPanel.following(id);
            if (entry != null) {
                diaryPanel.add(entry);
            }
        });
        if (display != null) {
            display.repaint();
        }
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        display = new Display2D(1000, 700, this);
        display.setBackdrop(Color.WHITE);
        display.setScale(1.0);
        display.attach(onlineTies, labels.get("layer.online"));
        display.attach(offlineTies, labels.get("layer.offline"));
        display.attach(people, labels.get("layer.people"));
        JFrame network = display.createFrame();
        network.setTitle(labels.get("window.network"));
        // The key under the people, not over them (Legend says why).
        network.getContentPane().add(legend, java.awt.BorderLayout.SOUTH);
        ScreenLayout layout = ScreenLayout.forThisScreen();
        window(c, network, layout.network());
        fitNetwork(network);
        window(c, new JFrame(labels.get("window.charts")), charts, layout.charts());
        window(c, new JFrame(labels.get("window.loop")), loop, layout.loop());
        window(c, new JFrame(labels.get("window.diary")), diaryPanel, layout.diary());
        if (c instanceof Console console) {
            predictionsPanel = new PredictionsPanel(this);
            console.getTabPane().addTab(labels.get("predict.tab"), predictionsPanel);
            console.getTabPane().addTab(labels.get("presets.tab"), new PresetsPanel(this, console));
            classTab = new ClassTab(this, console);
            console.getTabPane().addTab(labels.get("class.tab"), new javax.swing.JScrollPane(classTab));
            console.setIncrementSeedOnStop(false);
        }
        preview();
    }

    /**
     * Scales the network so the whole class shows in the display's visible area, once the window
     * and the key under it are laid out (MASON's display always shows its scroll bars, so that
     * area does not change with the scale).
     */
    private void fitNetwork(JFrame network) {
        network.validate();
        display.setScale(ScreenLayout.networkScale(display.display.getViewport().getExtentSize(), 1000, 700));
    }

    /**
     * Shows the class as it is on day 0 before play, so a class can look at it and make its
     * predictions: the model is started (its burn-in run) and drawn, but the GUI is not started,
     * so switches set now still wait for play. Play starts the model again from the same scenario
     * and seed, which gives the same day 0.
     */
    private void preview() {
        state.start();
        setup();
        // No day runs in the preview: drop the after-day reader it registered, or play would add a second.
        resetQueues();
    }

    private void window(Controller c, JFrame f, java.awt.Component content, java.awt.Rectangle bounds) {
        f.getContentPane().add(content);
        window(c, f, bounds);
    }

    private void window(Controller c, JFrame f, java.awt.Rectangle bounds) {
        f.setBounds(bounds);
        f.setDefaultCloseOperation(JFrame.HIDE_ON_CLOSE);
        c.registerFrame(f);
        f.setVisible(true);
        frames.add(f);
    }

    @Override
    public void start() {
        super.start();
        setup();
        started = true;
        controls.started();
    }

    @Override
    public void load(SimState s) {
        super.load(s);
        setup();
        started = true;
    }

    @Override
    public void finish() {
        super.finish();
        started = false;
        // The end of the lesson's run: put the class's predictions beside what happened.
        if (display != null && predictionsPanel != null && predictionsPanel.record() && predictions.any()) {
            showComparison();
        }
    }

    @Override
    public void quit() {
        super.quit();
        if (classTab != null) {
            classTab.close();
        }
        for (JFrame f : frames) {
            f.dispose();
        }
        frames.clear();
        display = null;
    }

    private LonelyLoop model() {
        return (LonelyLoop) state;
    }

    private void setup() {
        LonelyLoop m = model();
        field = new SocialField(m);
        int n = field.size();
        people.setField(field.people);
        people.setPortrayalForAll(new AgentPortrayal(n, () -> followed, this::follow, this::nameOf));
        offlineTies.setField(new SpatialNetwork2D(field.people, field.offline));
        offlineTies.setPortrayalForAll(TiePortrayal.offline(() -> true));
        onlineTies.setField(new SpatialNetwork2D(field.people, field.online));
        onlineTies.setPortrayalForAll(TiePortrayal.online(() -> showOnline));
        week.clear();
        weekPushes.clear();
        synchronized (followedGain) {
            followedGain.clear();
        }
        lastRecord = null;
        firstWeek.clear();
        lastReading = null;
        yesterday = null;
        if (followed >= n) {
            followed = -1;
        }
        int keep = followed;
        onSwing(() -> {
            charts.clear();
            loop.show(null);
            diaryPanel.people(n);
            diaryPanel.following(keep);
        });
        if (display != null) {
            display.reset();
            display.repaint();
        }
        scheduleRepeatingImmediatelyAfter(this::afterDay);
    }

    /**
     * The name under a person in the network: the nickname of the student who plays them in a class
     * session, else the class's own name for them.
     */
    String nameOf(int id) {
        String nickname = nicknames.get(id);
        return nickname != null ? nickname : Names.of(id);
    }

    /** Shows these nicknames (agent to nickname) under the people the class plays. */
    void nicknames(java.util.Map<Integer, String> byAgent) {
        nicknames = java.util.Map.copyOf(byAgent);
        if (display != null) {
            display.repaint();
        }
    }

    /** The Console's Class tab (null before the Console opens). */
    ClassTab classTab() {
        return classTab;
    }

    /** Runs {@code listener} after each day, in the model's thread (a class session counts its turn's days). */
    void onDay(Runnable listener) {
        dayListeners.add(listener);
    }

    /** After each day, in the model's thread: read the day, then hand it to the Swing thread. */
    private void afterDay(SimState s) {
        LonelyLoop m = model();
        DayRecord r = m.latest();
        if (r == null) {
            return;
        }
        dayListeners.forEach(Runnable::run);
        lastRecord = r;
        if (firstWeek.size() < WEEK) {
            firstWeek.add(r);
        }
        week.addLast(r);
        if (week.size() > WEEK) {
            week.removeFirst();
        }
        weekPushes.addLast(pushes());
        if (weekPushes.size() > WEEK) {
            weekPushes.removeFirst();
        }
        field.update();
        LoopReading group = LoopReading.of(week, weekPushes, field.size());
        String entry = null;
        int id = followed;
        LoopReading reading = group;
        if (id >= 0) {
            synchronized (followedGain) {
                followedGain.add(field.agent(id).getLoopGain());
                reading = group.following(id, followedGain.median());
            }
            DiaryDay today = DiaryDay.of(field.agent(id), r.day());
            entry = diary.entry(today, followChanged ? null : yesterday);
            yesterday = today;
            followChanged = false;
        }
        lastReading = reading;
        String diaryEntry = entry;
        LoopReading shown = reading;
        String note = LessonNote.of(m.params(), labels);
        onSwing(() -> {
            charts.record(r);
            loop.lessonNote(note);
            loop.show(shown);
            if (diaryEntry != null) {
                diaryPanel.add(diaryEntry);
            }
        });
    }

    /** Today's mean minutes compensation and habit add, over the people each pushes to use more. */
    private double[] pushes() {
        double[] sum = new double[2];
        int[] count = new int[2];
        UseSource[] sources = {UseSource.COMPENSATION, UseSource.REINFORCEMENT};
        for (int i = 0; i < field.size(); i++) {
            for (int k = 0; k < 2; k++) {
                double m = field.agent(i).minutesFrom(sources[k]);
                if (m > 0) {
                    sum[k] += m;
                    count[k]++;
                }
            }
        }
        return new double[] {count[0] == 0 ? 0 : sum[0] / count[0], count[1] == 0 ? 0 : sum[1] / count[1]};
    }

    /** Runs on the Swing thread, now if this is it. */
    private static void onSwing(Runnable r) {
        if (SwingUtilities.isEventDispatchThread()) {
            r.run();
        } else {
            SwingUtilities.invokeLater(r);
        }
    }

    /**
     * Draws every window this much larger from now on (1 to 3): fonts, circles, lines; call before
     * {@link #open} on the Swing thread.
     */
    public static void scale(double factor) {
        Zoom.set(factor);
    }

    /** Opens the GUI on a scenario in a new Console (call on the Swing thread). */
    public static Console open(Scenario scenario, Labels labels) {
        LonelyLoopWithUI gui = new LonelyLoopWithUI(scenario, labels);
        Console c = new Console(gui);
        c.setIncrementSeedOnStop(false);
        c.setBounds(ScreenLayout.forThisScreen().console());
        c.setPlaySleep(CLASS_PACE_MS);
        c.setVisible(true);
        return c;
    }
}
