package org.lonelyloop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario's life events, as a run reports them in events.csv and the ledger. */
class LifeEventOutputTest {
    @Test
    void eventsCsvSaysWhatHappenedToWhomAndTheLedgerBooksTheLockdown(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        Cli c = Cli.run("run", "quickstart", "--days", "30", "--set", "population.size=400", "--set",
                "events=[{type: move, day: 3d, agent: 9}, {type: loss, day: 5d, share: 0.5}, "
                        + "{type: lockdown, day: 10d, end: 20d}]",
                "--folder", out.toString(), "-q", "--no-report");
        assertEquals(0, c.exitCode, c.toString());
        List<String> rows = Files.readAllLines(out.resolve("events.csv"));
        List<String> life = rows.stream().filter(r -> r.contains(",lifeEvent")).toList();
        assertEquals(6, life.size(), life.toString());
        assertTrue(life.get(0).equals("3,lifeEvent,1,move #0 agent 9"), life.get(0));
        assertTrue(life.get(1).matches("3,lifeEventTiesEnded,[1-9][0-9]*,move #0 agent 9"), life.get(1));
        assertTrue(life.get(2).matches("5,lifeEvent,(1[5-9][0-9]|2[0-4][0-9]),loss #1"), "about half of 400: " + life.get(2));
        assertTrue(life.get(3).matches("5,lifeEventTiesEnded,[1-9][0-9]*,loss #1"), life.get(3));
        assertEquals("10,lifeEvent,400,lockdown #2", life.get(4));
        assertEquals("20,lifeEventEnded,0,lockdown #2", life.get(5));

        List<String> series = Files.readAllLines(out.resolve("timeseries.csv"));
        int col = List.of(series.get(0).split(",")).indexOf("lonelinessFromEvents");
        assertTrue(col >= 0, "the ledger has an events term");
        for (int day = 0; day < 30; day++) {
            double v = Double.parseDouble(series.get(day + 1).split(",")[col]);
            assertTrue(day >= 10 && day < 20 ? v > 0 : v == 0, "day " + day + ": " + v);
        }
    }
}
