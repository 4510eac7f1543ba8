package org.lonelyloop.gui;

import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.params.Scenario;
import org.lonelyloop.scenario.ScenarioLoader;
import org.lonelyloop.scenario.ScenarioSource;
import sim.display.Console;
import sim.display.Display2D;

/**
 * Drives the real GUI on a (virtual) screen as a teacher would: opens the Console on a scenario,
 * follows a person, presses play, switches an intervention on part-way, pauses, and saves the
 * network snapshot, a screenshot of every window and what the windows showed. Run under xvfb-run
 * by {@link GuiSmokeTest}; also makes the screenshots in docs/teaching.md.
 *
 * <p>Arguments: output folder, scenario, language, days before the switch, days after it, switch
 * name (or "none").
 */
public final class GuiSmoke {
    private GuiSmoke() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        String scenarioName = args.length > 1 ? args[1] : "classroom";
        Labels labels = Labels.forLanguage(args.length > 2 ? args[2] : "en");
        int before = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        int after = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        String switchName = args.length > 5 ? args[5] : "none";
        Files.createDirectories(out);
        Scenario s = ScenarioLoader.load(ScenarioLoader.locate(scenarioName)).scenario();
        AtomicReference<Console> console = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> console.set(LonelyLoopWithUI.open(s, labels)));
        Console c = console.get();
        LonelyLoopWithUI gui = (LonelyLoopWithUI) c.getSimulation();
        c.pressPlay();
        runUntil(gui, 1);
        gui.follow(3);
        gui.showOnlineTies(false);
        runUntil(gui, before);
        if (!switchName.equals("none")) {
            synchronized (gui.state.schedule) {
                gui.controls().switchIntervention(switchName, true);
            }
            runUntil(gui, before + after);
        }
        c.pressPause();
        Thread.sleep(1500);
        SwingUtilities.invokeAndWait(() -> { });
        Display2D display = gui.display();
        display.takeSnapshot(out.resolve("network-snapshot.png").toFile(), Display2D.TYPE_PNG);
        Robot robot = new Robot();
        int k = 0;
        for (Window w : Window.getWindows()) {
            if (w.isShowing()) {
                Rectangle r = w.getBounds();
                BufferedImage img = robot.createScreenCapture(r);
                String name = w instanceof JFrame ? ((JFrame) w).getTitle().replaceAll("[^A-Za-z0-9]+", "-") : "window";
                ImageIO.write(img, "png", out.resolve(String.format("screen-%02d-%s.png", k++, name)).toFile());
            }
        }
        LonelyLoop m = (LonelyLoop) gui.state;
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("state.txt"), StandardCharsets.UTF_8))) {
            w.println("day=" + (m.day() - 1));
            w.println("steps=" + m.schedule.getSteps());
            w.println("seed=" + m.seed());
            w.println("meanLoneliness=" + m.latest().get("meanLoneliness"));
            w.println("chartItems=" + gui.charts().charts().get(0).getXYPlot().getDataset().getItemCount(0));
            w.println("loop=" + gui.loopDiagram().reading().verdict(labels)[0]);
            w.println("interventions=" + m.scenario().interventions().size());
            w.println("diary=" + gui.diaryPanel().text().replace('\n', ' '));
        }
        System.exit(0);
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

    static File file(Path p) {
        return p.toFile();
    }
}
