package org.lonelyloop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lonelyloop.gui.VirtualScreen;

/**
 * The packaged jar as a teacher gets it: one file, started with nothing else on the class path,
 * from a folder of its own. Runs after the package phase (failsafe). The GUI cases need xvfb-run;
 * .ci/run installs it and sets LONELYLOOP_GUI_TEST=required, so in CI they cannot be skipped.
 */
class PackagedJarIT {
    /** How long the GUI must stay up, silent, before the test closes it. */
    private static final int GUI_SECONDS = 15;

    private static Path jar() {
        Path jar = Path.of("target", SlurmOptions.jarName()).toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "the package phase made " + jar);
        return jar;
    }

    private static String java() {
        return VirtualScreen.java();
    }

    @Test
    void theJarRunsOnItsOwn(@TempDir Path tmp) throws Exception {
        Process p = new ProcessBuilder(java(), "-jar", jar().toString(), "--version").directory(tmp.toFile())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("out.txt").toFile()).start();
        assertTrue(p.waitFor(1, TimeUnit.MINUTES));
        String out = Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.startsWith("lonelyloop " + BuildInfo.version() + " (commit "), out);
    }

    @Test
    void openedWithoutArgumentsOrTerminalItShowsTheClassroomAndSaysNothing(@TempDir Path tmp) throws Exception {
        VirtualScreen.require();
        assertGuiStaysUpSilently(tmp, List.of());
    }

    @Test
    void theGuiCommandStartsWithoutWarnings(@TempDir Path tmp) throws Exception {
        VirtualScreen.require();
        assertGuiStaysUpSilently(tmp, List.of("gui", "classroom", "--lang", "nl"));
    }

    @Test
    void aStoryOpensEnlargedForTheBackOfTheRoomWithoutWarnings(@TempDir Path tmp) throws Exception {
        VirtualScreen.require();
        assertGuiStaysUpSilently(tmp, List.of("gui", "classroom/illness", "--scale", "1.5"));
    }

    /**
     * Starts the jar on a 1366x768 virtual screen, with no terminal (standard input and output are
     * not a console, as after a double click), and checks it is still running and has printed
     * nothing after {@link #GUI_SECONDS}: the Console is open and waiting for the teacher.
     */
    private static void assertGuiStaysUpSilently(Path tmp, List<String> args) throws Exception {
        List<String> java = new ArrayList<>(List.of(java(), "-jar", jar().toString()));
        java.addAll(args);
        List<String> cmd = VirtualScreen.run(1366, 768, java);
        Path out = tmp.resolve("out.txt");
        Process p = new ProcessBuilder(cmd).directory(tmp.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).redirectOutput(out.toFile()).start();
        try {
            boolean ended = p.waitFor(GUI_SECONDS, TimeUnit.SECONDS);
            String text = Files.readString(out, StandardCharsets.UTF_8);
            assertFalse(ended, "the GUI should still be open, but the program ended (exit " + (ended ? p.exitValue() : 0)
                    + "): " + text);
            assertEquals("", text, "nothing printed at start-up");
        } finally {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
        }
    }
}
