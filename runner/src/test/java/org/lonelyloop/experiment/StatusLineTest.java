package org.lonelyloop.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class StatusLineTest {
    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(5 * SECOND);
    private final ByteArrayOutputStream sink = new ByteArrayOutputStream();
    private final AtomicInteger worked = new AtomicInteger();

    private void at(StatusLine line, long seconds, String text) {
        now.set(5 * SECOND + seconds * SECOND);
        line.show(() -> {
            worked.incrementAndGet();
            return text;
        });
    }

    private String printed() {
        return sink.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aLogGetsAPlainLineAMinuteAndNothingForAShortJob() {
        StatusLine log = StatusLine.on(new PrintStream(sink, true, StandardCharsets.UTF_8), false, now::get);
        at(log, 0, "a");
        at(log, 59, "b");
        assertEquals("", printed(), "a job under a minute leaves no trace");
        at(log, 60, "c");
        at(log, 61, "d");
        at(log, 119, "e");
        at(log, 125, "f");
        log.clear();
        assertEquals("c" + System.lineSeparator() + "f" + System.lineSeparator(), printed());
        assertEquals(2, worked.get(), "the text is only worked out when it is shown");
    }

    @Test
    void aTerminalRedrawsAtOnceThenAFewTimesASecondAndClearsItsLine() {
        StatusLine terminal = StatusLine.on(new PrintStream(sink, true, StandardCharsets.UTF_8), true, now::get);
        at(terminal, 0, "long");
        now.addAndGet(SECOND / 10);
        terminal.show(() -> "b");
        now.addAndGet(SECOND / 10);
        terminal.show(() -> "ab");
        terminal.clear();
        terminal.clear();
        assertEquals("\rlong\rab  \r  \r", printed(), "a shorter line covers the longer one's end");
    }
}
