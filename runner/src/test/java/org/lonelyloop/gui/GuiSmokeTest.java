package org.lonelyloop.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lonelyloop.report.Look;

/**
 * The real GUI on a virtual screen: MASON's Console opened on the classroom, played for 30 days,
 * a daily time limit switched on, played on, paused, a snapshot saved. Needs xvfb-run (Debian's
 * xvfb package); .ci/run installs it and sets LONELYLOOP_GUI_TEST=required, so in CI the test
 * cannot be skipped.
 */
class GuiSmokeTest {
    /**
     * Runs GuiSmoke in a fresh JVM on a virtual screen of this size and returns what it saw
     * (state.txt), once it has finished cleanly without an exception.
     */
    private static Properties smoke(Path tmp, int width, int height, String... args) throws Exception {
        return smoke(GuiSmoke.class, tmp, width, height, args);
    }

    private static Properties smoke(Class<?> driver, Path tmp, int width, int height, String... args) throws Exception {
        VirtualScreen.require();
        List<String> java = new ArrayList<>(List.of(VirtualScreen.java(), "-Djava.awt.headless=false", "-cp",
                System.getProperty("java.class.path"), driver.getName(), tmp.toString()));
        java.addAll(List.of(args));
        Process p = new ProcessBuilder(VirtualScreen.run(width, height, java)).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("log.txt").toFile()).start();
        assertTrue(p.waitFor(4, TimeUnit.MINUTES), "the GUI run finished");
        String log = Files.readString(tmp.resolve("log.txt"), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), log);
        assertTrue(!log.contains("Exception"), log);
        Properties state = new Properties();
        try (var in = Files.newBufferedReader(tmp.resolve("state.txt"), StandardCharsets.UTF_8)) {
            state.load(in);
        }
        return state;
    }

    @Test
    void theConsoleOpensPlaysSwitchesAnInterventionAndSavesASnapshot(@TempDir Path tmp) throws Exception {
        Properties state = smoke(tmp, 2400, 1500, "classroom", "en", "30", "10", "UsageCap");
        assertTrue(Integer.parseInt(state.getProperty("day")) >= 39, state.toString());
        assertEquals("20260901", state.getProperty("seed"), "the Console keeps the scenario's seed");
        assertEquals("1", state.getProperty("interventions"), "the switch started the time limit");
        assertTrue(Integer.parseInt(state.getProperty("chartItems")) >= 40, state.toString());
        assertTrue(state.getProperty("diary").startsWith("Day "), state.toString());
        assertEquals("10", state.getProperty("followed"), "a click on person 10 in the network follows them");

        BufferedImage snap = ImageIO.read(tmp.resolve("network-snapshot.png").toFile());
        assertTrue(snap.getWidth() >= 900, "the network view's snapshot");
        assertTrue(green(snap) > 500, "people who are not lonely are drawn green: " + green(snap));
        BufferedImage day0 = ImageIO.read(tmp.resolve("day0-network-snapshot.png").toFile());
        assertTrue(green(day0) > 500, "before play the class is drawn as it is on day 0: " + green(day0));
        try (var shots = Files.list(tmp)) {
            assertTrue(shots.filter(f -> f.getFileName().toString().startsWith("screen-")).count() >= 5,
                    "the Console and four windows were on screen");
        }
        try (var saved = Files.list(tmp)) {
            assertEquals(1, saved.filter(f -> f.getFileName().toString().matches("predictions-day\\d+\\.png")).count(),
                    "the predictions typed before play came back on the comparison card");
        }
        assertTrue(Look.NOT_LONELY.getGreen() > 120);
    }

    private static int green(BufferedImage snap) {
        int green = 0;
        for (int y = 0; y < snap.getHeight(); y++) {
            for (int x = 0; x < snap.getWidth(); x++) {
                int rgb = snap.getRGB(x, y);
                int g = (rgb >> 8) & 0xFF;
                int r = (rgb >> 16) & 0xFF;
                green += g > 120 && r < 80 ? 1 : 0;
            }
        }
        return green;
    }

    /**
     * On a 1366x768 screen (a common projector and school-laptop size) the Console and the four
     * windows open side by side, each whole on the screen: nothing needs moving before a lesson.
     */
    @Test
    void onAProjectorEveryWindowIsInSight(@TempDir Path tmp) throws Exception {
        Properties state = smoke(tmp, 1366, 768, "classroom", "nl", "5", "0", "none");
        String[] sc = state.getProperty("screen").split(" ");
        java.awt.Rectangle screen = new java.awt.Rectangle(Integer.parseInt(sc[0]), Integer.parseInt(sc[1]),
                Integer.parseInt(sc[2]), Integer.parseInt(sc[3]));
        assertEquals(1366, screen.width, state.toString());
        assertEquals(String.valueOf(LonelyLoopWithUI.CLASS_PACE_MS), state.getProperty("pace"),
                "the GUI opens at a pace a class can follow");
        String[] windows = state.getProperty("windows").split(";");
        assertTrue(windows.length >= 5, "the Console and four windows: " + state.getProperty("windows"));
        for (String w : windows) {
            String[] v = w.split(" ");
            java.awt.Rectangle r = new java.awt.Rectangle(Integer.parseInt(v[0]), Integer.parseInt(v[1]),
                    Integer.parseInt(v[2]), Integer.parseInt(v[3]));
            assertTrue(screen.contains(r), r + " lies within the screen " + screen);
        }
    }

    /**
     * On a projector at 1366x768 and 1280x720, also at {@code --scale} 1.5 and 2: each chart's plot
     * (JFreeChart's rendering info in the real panels) keeps at least half its panel; the network
     * shows every person whole, none under the key, which sits below the view at a hundredth's scale.
     */
    @ParameterizedTest(name = "{0}x{1} at scale {2}")
    @CsvSource({"1366, 768, 1", "1280, 720, 1", "1366, 768, 1.5", "1280, 720, 2"})
    void onAProjectorEveryChartShowsItsLinesAndNoPersonIsUnderTheKey(int width, int height, String scale,
            @TempDir Path tmp) throws Exception {
        Properties state = smoke(tmp, width, height, "classroom/illness", "en", "60", "0", "none", "3", "-", scale);
        String[] shares = state.getProperty("chartShares").split(" ");
        assertEquals(4, shares.length, state.toString());
        for (String share : shares) {
            assertTrue(Double.parseDouble(share) >= ChartFit.PLOT_SHARE,
                    "plot shares " + state.getProperty("chartShares") + " in " + state.getProperty("chartPanels"));
        }
        assertEquals("0", state.getProperty("peopleUnderKey"), state.toString());
        assertEquals("0", state.getProperty("peopleOutOfView"), state.toString());
        java.awt.Rectangle key = rectangle(state.getProperty("key"));
        java.awt.Rectangle view = rectangle(state.getProperty("view"));
        assertFalse(key.intersects(view), "the key " + key + " lies outside the view " + view);
        double s = Double.parseDouble(state.getProperty("networkScale"));
        assertEquals(s, Math.round(s * 100) / 100.0, 1e-12, "the toolbar shows the scale in hundredths");
        assertTrue(s >= 0.4, "the class is not drawn needlessly small: " + s);
    }

    private static java.awt.Rectangle rectangle(String xywh) {
        String[] v = xywh.split(" ");
        return new java.awt.Rectangle(Integer.parseInt(v[0]), Integer.parseInt(v[1]), Integer.parseInt(v[2]),
                Integer.parseInt(v[3]));
    }

    /**
     * The Class tab on a projector: the session starts from it, two phones join and choose, a week
     * is played on the Console, which pauses at its end, the network shows the nickname, and the
     * lesson ends with every card.
     */
    @Test
    void theClassJoinsFromPhonesAndTheConsolePlaysTheirWeek(@TempDir Path tmp) throws Exception {
        Properties state = smoke(ClassGuiSmoke.class, tmp, 1366, 768, "en");
        assertEquals("2", state.getProperty("students"), state.toString());
        assertEquals("1", state.getProperty("turn"), state.toString());
        assertEquals("7", state.getProperty("days"), "one week, and the Console paused at its end: " + state);
        assertEquals("true", state.getProperty("paused"), state.toString());
        assertEquals("[SCROLL, NIGHT_OFF]", state.getProperty("annaChose"), state.toString());
        assertEquals(0, Double.parseDouble(state.getProperty("annaNight")), 1e-9, "her phone away at night");
        assertEquals("Anna", state.getProperty("shownName"), "the network shows her nickname");
        assertEquals("true", state.getProperty("card"), state.toString());
        assertEquals("true", state.getProperty("classCard"), state.toString());
        assertEquals("true", state.getProperty("startAgain"),
                "a second lesson starts after the first, and Stop ends it with Start offered again: " + state);
    }
}
