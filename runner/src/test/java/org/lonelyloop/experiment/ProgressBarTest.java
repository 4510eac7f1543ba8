package org.lonelyloop.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    @Test
    void theLineGivesDaySpeedAndTimeLeft() {
        ProgressBar bar = new ProgressBar(null, "town", 1_000_000, 1000);
        bar.update(1);
        // 250 of 1000 days after 100 s, all run by this process, a million agents each.
        String line = bar.line(250, 100, true);
        assertTrue(line.startsWith("town [######                  ]  25% day 250/1000"), line);
        assertTrue(line.contains("2.50M agent-days/s"), line);
        assertTrue(line.endsWith("5:00 left"), line);
    }

    @Test
    void aLoggedLineHasNoBar() {
        ProgressBar bar = new ProgressBar(null, "country", 15_000_000, 1095);
        bar.update(1);
        assertEquals("country:  50% day 548/1095  15.00M agent-days/s  9:07 left", bar.line(548, 548, false));
    }

    @Test
    void aResumedRunCountsOnlyItsOwnDaysForSpeed() {
        ProgressBar bar = new ProgressBar(null, "r", 1000, 1000);
        bar.update(501);
        assertTrue(bar.line(600, 10, true).contains("0.01M agent-days/s"), bar.line(600, 10, true));
    }

    @Test
    void durationsReadAsClockTimes() {
        assertEquals("0:07", ProgressBar.duration(7.2));
        assertEquals("12:00", ProgressBar.duration(720));
        assertEquals("2:03:04", ProgressBar.duration(7384));
        assertEquals("--:--", ProgressBar.duration(Double.NaN));
    }

    @Test
    void aBarWithoutAStatusLinePrintsNothingAndAQuietOneHasNone() {
        ProgressBar bar = new ProgressBar(null, "q", 10, 10);
        for (int d = 1; d <= 10; d++) {
            bar.update(d);
        }
        bar.finish();
        assertEquals(null, StatusLine.onStandardError(true));
    }

    @Test
    void aRedrawnBarShowsItsFirstDayAndClearsAtTheEnd() {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(StatusLine.terminal(new PrintStream(sink, true, StandardCharsets.UTF_8)),
                "t", 10, 10);
        bar.update(1);
        bar.finish();
        String out = sink.toString(StandardCharsets.UTF_8);
        assertTrue(out.startsWith("\rt [##"), out);
        int drawn = out.indexOf('\r', 1) - 1;
        assertEquals("\r" + " ".repeat(drawn) + "\r", out.substring(drawn + 1), out);
    }
}
