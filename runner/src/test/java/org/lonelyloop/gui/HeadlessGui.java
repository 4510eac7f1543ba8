package org.lonelyloop.gui;

import java.lang.reflect.InvocationTargetException;
import javax.swing.SwingUtilities;
import org.lonelyloop.classroom.Labels;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.scenario.Scenario;
import org.lonelyloop.scenario.ScenarioException;
import org.lonelyloop.scenario.ScenarioLoader;
import org.lonelyloop.scenario.ScenarioSource;

/** The GUI's state driven without a screen or Console, as MASON's Console would drive it. */
final class HeadlessGui {
    private HeadlessGui() {
    }

    static Scenario classroom() {
        try {
            return ScenarioLoader.load(ScenarioSource.bundled("classroom")).scenario();
        } catch (ScenarioException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A started GUI on the classroom scenario after {@code days} days, the Swing thread caught up. */
    static LonelyLoopWithUI after(int days, Labels labels) {
        LonelyLoopWithUI gui = new LonelyLoopWithUI(classroom(), labels);
        gui.start();
        step(gui, days);
        return gui;
    }

    static void step(LonelyLoopWithUI gui, int days) {
        for (int d = 0; d < days; d++) {
            gui.step();
        }
        flush();
    }

    /** Waits until the Swing thread has run everything handed to it so far. */
    static void flush() {
        try {
            SwingUtilities.invokeAndWait(() -> { });
        } catch (InterruptedException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    static LonelyLoop model(LonelyLoopWithUI gui) {
        return (LonelyLoop) gui.state;
    }
}
