package org.lonelyloop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run too big for Java's heap ends with what to do about it, and keeps what can be resumed. */
class OutOfMemoryTest {
    private static final long MB = 1L << 20;
    private static final long GB = 1L << 30;

    @Test
    void theMessageSaysHowMuchJavaHadAndASettingThatGivesItMore() {
        String s = OutOfMemory.explain(256 * MB, 24 * GB);
        assertTrue(s.startsWith("out of memory: Java may use at most 256 MB here"), s);
        assertTrue(s.contains("LONELYLOOP_JAVA_OPTS=-Xmx18g ./lonelyloop"), s);
        assertTrue(s.contains("java -Xmx18g -jar"), s);
        assertTrue(s.contains("24.0 GB"), s);
    }

    @Test
    void whereJavaHasMostOfTheMachineAlreadyOnlyFewerAgentsHelp() {
        String s = OutOfMemory.explain(20 * GB, 24 * GB);
        assertTrue(s.contains("at most 20.0 GB"), s);
        assertTrue(s.endsWith("This machine has 24.0 GB: run fewer agents, or on a larger machine"), s);
        assertFalse(s.contains("-Xmx"), s);
    }

    @Test
    void anOutOfMemoryErrorIsFoundUnderTheExceptionsThatCarryIt() {
        assertTrue(OutOfMemory.in(new IllegalStateException(new OutOfMemoryError("Java heap space"))));
        assertFalse(OutOfMemory.in(new IllegalStateException(new IllegalArgumentException())));
    }

    @Test
    void aRunWithACheckpointKeepsItsFolderAndSaysHowToResume(@TempDir Path tmp) throws Exception {
        Path work = Files.createDirectories(tmp.resolve("netherlands.unfinished"));
        Files.createDirectories(work.resolve("checkpoints"));
        Files.writeString(work.resolve("checkpoints").resolve("burn-in-182.ckpt"), "stands in for a checkpoint");
        UserError e = (UserError) Interruption.failed(work, true, new OutOfMemoryError("Java heap space"));
        assertEquals(Main.FAILED, e.exitCode());
        assertTrue(e.getMessage().startsWith("out of memory: Java may use at most"), e.getMessage());
        assertTrue(e.getMessage().endsWith("; then finish the run from its last checkpoint with: lonelyloop resume "
                + work), e.getMessage());
        assertTrue(Files.exists(work.resolve("checkpoints").resolve("burn-in-182.ckpt")), "nothing is lost");

        Path none = Files.createDirectories(tmp.resolve("small.unfinished"));
        Interruption.failed(none, false, new OutOfMemoryError("Java heap space"));
        assertFalse(Files.exists(none), "a run without checkpoints leaves no half-written folder");
    }

    @Test
    void aRealRunTooBigForItsHeapEndsWithTheMessageAndNoTrace(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run", "nl-adults",
                "--set", "population.size=2000000", "--threads", "1", "--no-report", "--out", out.toString());
        Path stderr = tmp.resolve("stderr.txt");
        // The estimate refuses it before anything is built...
        Process refused = new ProcessBuilder(command).redirectError(stderr.toFile())
                .redirectOutput(tmp.resolve("stdout.txt").toFile()).start();
        assertTrue(refused.waitFor(1, TimeUnit.MINUTES), "refused at once");
        String told = Files.readString(stderr, StandardCharsets.UTF_8);
        assertEquals(Main.BAD_INPUT, refused.exitValue(), told);
        assertTrue(told.contains("with 2,000,000 agents needs about 1.") && told.contains("-Xmx2g"), told);
        assertFalse(Files.exists(out), "nothing was made");
        // ...and without the estimate, the run itself ends with the message and leaves nothing.
        ProcessBuilder unchecked = new ProcessBuilder(command).redirectError(stderr.toFile())
                .redirectOutput(tmp.resolve("stdout.txt").toFile());
        unchecked.environment().put("LONELYLOOP_MEMORY_CHECK", "off");
        Process p = unchecked.start();
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), "the run should fail fast");
        String said = Files.readString(stderr, StandardCharsets.UTF_8);
        assertEquals(Main.FAILED, p.exitValue(), said);
        assertTrue(said.contains("error: out of memory: Java may use at most"), said);
        assertFalse(said.contains("\tat "), "no stack trace without --debug: " + said);
        try (var left = Files.list(out)) {
            assertEquals(0, left.count(), "no half-written run is left behind");
        }
    }
}
