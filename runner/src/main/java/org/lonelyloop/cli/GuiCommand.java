package org.lonelyloop.cli;

import java.awt.GraphicsEnvironment;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.lonelyloop.classroom.Labels;
import org.lonelyloop.gui.LonelyLoopWithUI;
import org.lonelyloop.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lonelyloop gui}: the classroom GUI on MASON's Console. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Open the classroom GUI: the network, live charts, the loop diagram and a diary, with sliders "
            + "and intervention switches in the Console's Model tab.",
            "docs/teaching.md has a 45-minute lesson built on it."})
final class GuiCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", defaultValue = "classroom", paramLabel = "SCENARIO",
            description = "A bundled scenario or a scenario file. Default: ${DEFAULT-VALUE}.")
    String scenario;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override one scenario value (repeatable), e.g.%n  --set pathways.compensation.strength=0.5")
    java.util.List<String> overrides = new java.util.ArrayList<>();

    @Option(names = "--lang", paramLabel = "en|nl",
            description = "Language of the GUI's labels and diary: en or nl (default: the system's).")
    String lang;

    @Option(names = "--seed", description = "Seed (default: the scenario's).")
    Long seed;

    @Option(names = "--scale", paramLabel = "FACTOR", defaultValue = "1",
            description = "Draw everything this much larger (fonts, circles, lines), 1 to 3, for the back of a "
                    + "classroom. Default: ${DEFAULT-VALUE}.")
    double scale;

    @Override
    public Integer call() throws Exception {
        Labels labels;
        try {
            labels = Labels.forLanguage(lang);
        } catch (IllegalArgumentException e) {
            throw new UserError("--lang: " + e.getMessage(), Main.BAD_INPUT);
        }
        if (!(scale >= 1 && scale <= 3)) {
            throw new UserError("--scale must be between 1 and 3 (times the usual size), was " + scale, Main.BAD_INPUT);
        }
        ScenarioOptions options = new ScenarioOptions();
        options.scenario = scenario;
        options.overrides = overrides;
        Scenario s = options.load().scenario();
        if (seed != null) {
            s = s.withSeed(seed);
        }
        if (GraphicsEnvironment.isHeadless()) {
            throw new UserError("no screen to open the GUI on (no display; DISPLAY is not set or java.awt.headless is "
                    + "on). On a server, run it under xvfb-run; for results without a screen use 'lonelyloop run'",
                    Main.FAILED);
        }
        if (s.population().size() > LonelyLoopWithUI.MAX_PEOPLE) {
            System.err.printf("note: the GUI draws at most %,d people; %s has %,d, so it opens with %,d%n",
                    LonelyLoopWithUI.MAX_PEOPLE, s.name(), s.population().size(), LonelyLoopWithUI.MAX_PEOPLE);
            long dropped = s.events().size() - LonelyLoopWithUI.fit(s).events().size();
            if (dropped > 0) {
                System.err.printf("note: %d life event(s) of people beyond the first %,d are left out%n", dropped,
                        LonelyLoopWithUI.MAX_PEOPLE);
            }
        }
        Scenario chosen = s;
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                LonelyLoopWithUI.scale(scale);
                LonelyLoopWithUI.open(chosen, labels);
            } catch (RuntimeException e) {
                failure.set(e);
                closed.countDown();
            }
        });
        if (failure.get() != null) {
            throw new UserError("the GUI could not open: " + failure.get().getMessage(), Main.FAILED, failure.get());
        }
        // MASON's Console ends the program itself when its last window closes.
        closed.await();
        return Main.OK;
    }
}
