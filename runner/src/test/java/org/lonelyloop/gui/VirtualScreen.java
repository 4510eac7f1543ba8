package org.lonelyloop.gui;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A virtual screen for tests that open real windows: xvfb-run (Debian's xvfb package). .ci/run
 * installs it and sets LONELYLOOP_GUI_TEST=required, so in CI such tests fail rather than skip when
 * it is missing; elsewhere they are skipped.
 */
public final class VirtualScreen {
    private VirtualScreen() {
    }

    static boolean available() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "xvfb-run"))) {
                return true;
            }
        }
        return false;
    }

    /** Fails (in CI) or skips the calling test when there is no virtual screen. */
    public static void require() {
        if ("required".equals(System.getenv("LONELYLOOP_GUI_TEST"))) {
            assertTrue(available(), "LONELYLOOP_GUI_TEST=required but xvfb-run is not on the PATH");
        } else {
            assumeTrue(available(), "xvfb-run is not installed (apt-get install xvfb); .ci/run installs it");
        }
    }

    /** The command that runs {@code command} on a virtual screen of {@code width} x {@code height}. */
    public static List<String> run(int width, int height, List<String> command) {
        List<String> out = new ArrayList<>(List.of("xvfb-run", "-a", "-s", "-screen 0 " + width + "x" + height + "x24"));
        out.addAll(command);
        return out;
    }

    /** This JVM's java executable. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
