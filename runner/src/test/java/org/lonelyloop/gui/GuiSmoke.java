package org.lonelyloop.gui;

import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.lonelyloop.classroom.Labels;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.scenario.Scenario;
import org.lonelyloop.scenario.ScenarioLoader;
import sim.display.Console;
import sim.display.Display2D;

/**
 * Drives the real GUI on a (virtual) screen as a teacher would: opens the Console on a scenario,
 * follows a person, presses play, switches an intervention on part-way, pauses, and saves the
 * network snapshot, a screenshot of every window and what the windows showed. Run under xvfb-run
 * by {@link GuiSmokeTest}; also makes the screenshots in docs/teaching.md.
 *
 * <p>Arguments: output folder, scenario, language, days before the switch, days after it, switch
 * name (or "none"), whom to follow (an id, or "loneliest"), the Console tab to show (or "-"), the
 * GUI's scale ({@code gui --scale}).
 */
public final class GuiSmoke {
    private GuiSmoke() {
    }

    public static void main(String[] args) {
        try {
            drive(args);
            System.exit(0);
        } catch (Exception | Error e) {
            e.printStackTrace();
            // Swing's threads would keep a failed run alive forever.
            System.exit(1);
        }
    }

    private static void drive(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        String scenarioName = args.length > 1 ? args[1] : "classroom";
        Labels labels = Labels.forLanguage(args.length > 2 ? args[2] : "en");
        int before = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        int after = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        String switchName = args.length > 5 ? args[5] : "none";
        String whom = args.length > 6 ? args[6] : "3";
        String tab = args.length > 7 && !args[7].equals("-") ? args[7] : null;
        if (args.length > 8) {
            double zoom = Double.parseDouble(args[8]);
            SwingUtilities.invokeAndWait(() -> LonelyLoopWithUI.scale(zoom));
        }
        Files.createDirectories(out);
        Scenario s = ScenarioLoader.load(ScenarioLoader.locate(scenarioName)).scenario();
        AtomicReference<Console> console = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> console.set(LonelyLoopWithUI.open(s, labels)));
        Console c = console.get();
        long pace = c.getPlaySleep();
        // The smoke test plays at full speed; a class gets the pace the GUI opens with.
        c.setPlaySleep(0);
        LonelyLoopWithUI gui = (LonelyLoopWithUI) c.getSimulation();
        // Before play the network view already shows the class on day 0.
        Thread.sleep(1000);
        SwingUtilities.invokeAndWait(() -> { });
        gui.display().takeSnapshot(out.resolve("day0-network-snapshot.png").toFile(), Display2D.TYPE_PNG);
        ImageIO.write(new Robot().createScreenCapture(java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getMaximumWindowBounds()), "png", out.resolve("day0-screen.png").toFile());
        // The class's predictions, typed in the Predictions tab before play.
        SwingUtilities.invokeAndWait(() -> {
            gui.predictionsPanel().type(Question.STRONGLY_LONELY, "20");
            gui.predictionsPanel().type(Question.USE, labels.get("predict.less"));
            gui.predictionsPanel().type(Question.MEETINGS, labels.get("predict.less"));
            gui.predictionsPanel().type(Question.REINFORCING, "3");
            gui.predictionsPanel().record();
        });
        c.pressPlay();
        if (tab != null) {
            SwingUtilities.invokeAndWait(() -> c.getTabPane().setSelectedIndex(c.getTabPane().indexOfTab(tab)));
        }
        runUntil(gui, 1);
        // "story": the person the scenario's life event happens to, whom the GUI follows by itself.
        if (!whom.equals("story")) {
            gui.follow(whom.equals("loneliest") ? loneliest((LonelyLoop) gui.state) : Integer.parseInt(whom));
        }
        gui.showOnlineTies(false);
        runUntil(gui, before);
        if (!whom.equals("loneliest") && !whom.equals("story")) {
            // Click (as MASON's display selects on a click) on another person: the diary follows them.
            int other = (Integer.parseInt(whom) + 7) % ((LonelyLoop) gui.state).populationSize();
            sim.util.Double2D at = gui.field().position(other);
            // Where the display draws the field (its scale and any room around it), as MASON computes it.
            java.awt.geom.Rectangle2D.Double field = gui.display().getDrawInfo2D(gui.peoplePortrayal(),
                    new java.awt.geom.Point2D.Double(0, 0)).draw;
            SwingUtilities.invokeAndWait(() -> gui.display().performSelection(new java.awt.geom.Point2D.Double(
                    field.x + at.x * field.width / SocialField.WIDTH, field.y + at.y * field.height / SocialField.HEIGHT)));
        }
        if (!switchName.equals("none")) {
            c.pressPause();
            capture(gui, out, "before-");
            synchronized (gui.state.schedule) {
                gui.controls().switchIntervention(switchName, true);
            }
            c.pressPause(); // a second press resumes; play while paused would only step
            runUntil(gui, before + after);
        }
        c.pressPause();
        capture(gui, out, "");
        gui.comparison().save(out);
        LonelyLoop m = (LonelyLoop) gui.state;
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("state.txt"), StandardCharsets.UTF_8))) {
            w.println("day=" + (m.day() - 1));
            w.println("pace=" + pace);
            w.println("steps=" + m.schedule.getSteps());
            w.println("seed=" + m.seed());
            w.println("meanLoneliness=" + m.latest().get("meanLoneliness"));
            w.println("chartItems=" + gui.charts().charts().get(0).getXYPlot().getDataset().getItemCount(0));
            w.println("loop=" + gui.loopDiagram().reading().verdict(labels)[0]);
            w.println("interventions=" + m.params().interventions().size());
            w.println("followed=" + gui.followed());
            w.println("diary=" + gui.diaryPanel().text().replace('\n', ' '));
            Rectangle screen = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
            w.println("screen=" + screen.x + " " + screen.y + " " + screen.width + " " + screen.height);
            StringBuilder windows = new StringBuilder();
            for (Window win : Window.getWindows()) {
                if (win.isShowing()) {
                    Rectangle r = win.getBounds();
                    windows.append(windows.length() == 0 ? "" : ";").append(r.x).append(' ').append(r.y).append(' ')
                            .append(r.width).append(' ').append(r.height);
                }
            }
            w.println("windows=" + windows);
            StringBuilder shares = new StringBuilder();
            for (FittedChartPanel p : gui.charts().panels()) {
                shares.append(shares.length() == 0 ? "" : " ").append(p.plotShare());
            }
            w.println("chartShares=" + shares);
            w.println("chartPanels=" + gui.charts().panels().stream()
                    .map(p -> p.getWidth() + "x" + p.getHeight()).collect(java.util.stream.Collectors.joining(" ")));
            w.println("networkScale=" + gui.display().getScale());
            people(gui, w);
        }
    }

    /**
     * Where the key and every person are on the screen: the people that lie under the key and the
     * people outside the network view's visible area (both should be none).
     */
    private static void people(LonelyLoopWithUI gui, PrintWriter w) throws Exception {
        AtomicReference<String> seen = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            Rectangle key = new Rectangle(gui.legend().getLocationOnScreen(), gui.legend().getSize());
            javax.swing.JViewport port = gui.display().display.getViewport();
            Rectangle view = new Rectangle(port.getLocationOnScreen(), port.getExtentSize());
            java.awt.geom.Rectangle2D.Double field = gui.display().getDrawInfo2D(gui.peoplePortrayal(),
                    new java.awt.geom.Point2D.Double(0, 0)).draw;
            double px = field.width / SocialField.WIDTH;
            AgentPortrayal circles = new AgentPortrayal(gui.field().size(), () -> -1, null);
            int under = 0;
            int hidden = 0;
            for (int i = 0; i < gui.field().size(); i++) {
                sim.util.Double2D at = gui.field().position(i);
                java.awt.Point p = new java.awt.Point((int) Math.round(field.x + at.x * px),
                        (int) Math.round(field.y + at.y * px));
                SwingUtilities.convertPointToScreen(p, gui.display().insideDisplay);
                int r = (int) Math.ceil(circles.diameter(gui.field().agent(i).getUseMinutes()) * px / 2);
                Rectangle circle = new Rectangle(p.x - r, p.y - r, 2 * r, 2 * r);
                under += circle.intersects(key) ? 1 : 0;
                hidden += view.contains(circle) ? 0 : 1;
            }
            seen.set("key=" + key.x + " " + key.y + " " + key.width + " " + key.height + "\nview=" + view.x + " "
                    + view.y + " " + view.width + " " + view.height + "\npeopleUnderKey=" + under
                    + "\npeopleOutOfView=" + hidden);
        });
        w.println(seen.get());
    }

    private static int loneliest(LonelyLoop m) {
        int best = 0;
        for (int i = 1; i < m.populationSize(); i++) {
            if (m.agent(i).getLoneliness() > m.agent(best).getLoneliness()) {
                best = i;
            }
        }
        return best;
    }

    /** Saves the network snapshot and a screenshot of every window, once the screen has caught up. */
    private static void capture(LonelyLoopWithUI gui, Path out, String prefix) throws Exception {
        Thread.sleep(1500);
        SwingUtilities.invokeAndWait(() -> { });
        gui.display().takeSnapshot(out.resolve(prefix + "network-snapshot.png").toFile(), Display2D.TYPE_PNG);
        Robot robot = new Robot();
        Rectangle all = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        // What the class sees: every window at once (also the screenshots in docs/teaching.md).
        ImageIO.write(robot.createScreenCapture(all), "png", out.resolve(prefix + "screen.png").toFile());
        int k = 0;
        for (Window w : Window.getWindows()) {
            if (w.isShowing()) {
                Rectangle r = w.getBounds();
                BufferedImage img = robot.createScreenCapture(r);
                String name = w instanceof JFrame ? ((JFrame) w).getTitle().replaceAll("[^A-Za-z0-9]+", "-") : "window";
                ImageIO.write(img, "png", out.resolve(String.format("%sscreen-%02d-%s.png", prefix, k++, name)).toFile());
            }
        }
    }

    /** Lets the Console's play thread run until the model has done {@code days} recorded days. */
    private static void runUntil(LonelyLoopWithUI gui, int days) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (((LonelyLoop) gui.state).day() < days) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the GUI did not reach day " + days);
            }
            Thread.sleep(5);
        }
    }
}
