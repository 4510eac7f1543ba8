package org.lonelyloop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code calibrate --joint} from the command line, on a scorecard small enough to search in seconds. */
class CalibrateCommandTest {
    private static final String TARGETS = """
            name: tiny
            description: two levels of quickstart, cheap to measure
            scenario: quickstart
            agents: 500
            years: 1
            replications: 1
            targets:
              - measure: shareNotLonely
                value: 0.6
                tolerance: {absolute: 0.05}
                source: test
                why: test
              - measure: meanUseMinutes
                value: 120
                tolerance: {factor: 1.2}
                source: test
                why: test
            """;

    private static Cli search(Path dir, String log, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("calibrate", "--joint", "--targets",
                dir.resolve("t.yaml").toString(), "--agents", "500", "--param", "loneliness.driftSd",
                "--set", "loneliness.driftSd=0.9", "--max-evaluations", "9", "--log", dir.resolve(log).toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(new String[0]));
    }

    @Test
    void theSearchStartsWhereSetSaysOnAnyNumberOfWorkersAndGoesOnFromItsLog(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("t.yaml"), TARGETS);
        Cli one = search(dir, "one.csv", "--parallel", "1", "--threads", "1");
        assertEquals(0, one.exitCode, one.toString());
        List<String> rows = Files.readAllLines(dir.resolve("one.csv"));
        assertEquals("evaluation,loneliness.driftSd,objective,shareNotLonely,meanUseMinutes", rows.get(0));
        assertTrue(rows.get(1).startsWith("1,0.899999"), "the search starts at the --set value: " + rows.get(1));

        Cli two = search(dir, "two.csv", "--parallel", "2", "--threads", "2");
        assertEquals(0, two.exitCode, two.toString());
        assertEquals(one.out.lines().filter(l -> l.startsWith("--set")).toList(),
                two.out.lines().filter(l -> l.startsWith("--set")).toList(), "workers change no result");
        assertEquals(Files.readString(dir.resolve("one.csv")), Files.readString(dir.resolve("two.csv")));

        Cli again = search(dir, "one.csv", "--parallel", "1", "--threads", "1");
        assertEquals(0, again.exitCode, again.toString());
        assertTrue(again.out.contains("9 evaluations (9 from " + dir.resolve("one.csv") + ")"), again.out);
    }
}
