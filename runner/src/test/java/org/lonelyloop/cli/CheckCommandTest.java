package org.lonelyloop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    private static Path targets(Path dir, String tolerance) throws IOException {
        Path f = dir.resolve("t.yaml");
        Files.writeString(f, "name: tiny\ndescription: test\nscenario: quickstart\nagents: 1000\nyears: 1\n"
                + "replications: 1\ntargets:\n  - measure: shareStronglyLonely\n    value: 0.107\n    tolerance: "
                + tolerance + "\n    source: CBS 2022\n    why: test\n");
        return f;
    }

    @Test
    void aTargetWithinTolerancePassesAndExitsZero(@TempDir Path dir) throws IOException {
        Cli c = Cli.run("check", targets(dir, "{absolute: 0.05}").toString());
        assertEquals(0, c.exitCode, c.toString());
        assertTrue(c.out.contains("shareStronglyLonely") && c.out.contains("pass"), c.out);
        assertTrue(c.out.contains("1 of 1 targets pass"), c.out);
    }

    @Test
    void aTargetOutsideToleranceFailsAndExitsOne(@TempDir Path dir) throws IOException {
        Cli c = Cli.run("check", targets(dir, "{min: 0.5, max: 0.6}").toString());
        assertEquals(1, c.exitCode, c.toString());
        assertTrue(c.out.contains("FAIL") && c.out.contains("0 of 1 targets pass"), c.out);
    }

    @Test
    void anUnknownMeasureOrBadToleranceIsABadInput(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "name: bad\ndescription: test\nscenario: quickstart\nagents: 1000\nyears: 1\n"
                + "replications: 1\ntargets:\n  - measure: shareStronglyLoneley\n    value: 0.1\n"
                + "    tolerance: {absolute: 0.1, factor: 2}\n    source: x\n    why: y\n");
        Cli c = Cli.run("check", f.toString());
        assertEquals(2, c.exitCode, c.toString());
        assertTrue(c.err.contains("targets[0].measure: unknown measure 'shareStronglyLoneley'"), c.err);
        assertTrue(c.err.contains("targets[0].tolerance: give exactly one of absolute, factor, or min/max"), c.err);
    }

    @Test
    void aMissingOrEmptyOrMistypedTargetsFileIsABadInputNamedInItsOwnWords(@TempDir Path dir) throws IOException {
        Cli missing = Cli.run("check", dir.resolve("nothere.yaml").toString());
        assertEquals(2, missing.exitCode, missing.toString());
        assertTrue(missing.err.contains("no such targets file: " + dir.resolve("nothere.yaml")), missing.err);
        String head = "name: x\ndescription: test\nscenario: quickstart\nagents: 1000\nyears: 1\nreplications: 1\n";
        Path empty = Files.writeString(dir.resolve("empty.yaml"), head + "targets: []\n");
        Cli none = Cli.run("check", empty.toString());
        assertEquals(2, none.exitCode, none.toString());
        assertTrue(none.err.contains("targets: lists no target"), none.err);
        Path typo = Files.writeString(dir.resolve("typo.yaml"), head + "targets:\n  - measure: shareNotLonely\n"
                + "    valeu: 0.6\n");
        Cli t = Cli.run("check", typo.toString());
        assertEquals(2, t.exitCode, t.toString());
        assertTrue(t.err.contains("targets[0].value: is missing (a number)")
                || t.err.contains("unknown key 'valeu'; did you mean 'value'?"), t.err);
        assertFalse(t.err.contains("Targets$") || t.err.contains("DeserializationFeature"), t.err);
    }

    @Test
    void tooFewAgentsInTheTargetsFileIsNamedAsTheFilesNotAsAnOption(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("few.yaml"), "name: x\ndescription: test\nscenario: quickstart\n"
                + "agents: 100\nyears: 1\nreplications: 1\ntargets:\n  - measure: shareNotLonely\n    value: 0.6\n"
                + "    tolerance: {absolute: 0.1}\n    source: s\n    why: w\n");
        Cli c = Cli.run("check", f.toString());
        assertEquals(2, c.exitCode, c.toString());
        assertTrue(c.err.contains("the targets file's agents: must be at least 500"), c.err);
        Cli option = Cli.run("check", f.toString(), "--agents", "50");
        assertTrue(option.err.contains("--agents must be at least 500"), option.err);
    }

    @Test
    void benchTakesDaysAsRunDoes() {
        Cli c = Cli.run("bench", "--agents", "300", "--days", "2w", "--repeat", "1", "--burn-in", "10d");
        assertEquals(0, c.exitCode, c.toString());
        assertTrue(c.out.contains("300 agents, 14 days after a 10d burn-in"), c.out);
        assertTrue(c.out.matches("(?s).*median: [0-9.]+ million agent-days/s \\(min [0-9.]+, max [0-9.]+ over 1 run\\).*"),
                c.out);
        assertTrue(c.out.contains("warm-up (untimed): 300 agents"), "the JIT warms up on a short run first: " + c.out);
        java.util.regex.Matcher total = java.util.regex.Pattern.compile("model state (\\d+) bytes per agent").matcher(c.out);
        java.util.regex.Matcher parts = java.util.regex.Pattern.compile(
                "model state per agent: agents (\\d+), offline ties (\\d+), online ties (\\d+), ledger (\\d+), ring (\\d+)")
                .matcher(c.out);
        assertTrue(total.find() && parts.find(), c.out);
        int sum = 0;
        for (int g = 1; g <= 5; g++) {
            sum += Integer.parseInt(parts.group(g));
        }
        assertEquals(Integer.parseInt(total.group(1)), sum, 3.0, "the parts add up to the whole, give or take rounding: " + c.out);
        assertEquals(8, Integer.parseInt(parts.group(5)), "300 agents are not numbered along the ring, which keeps its two arrays");
        Cli cold = Cli.run("bench", "--agents", "300", "--days", "2", "--repeat", "1", "--burn-in", "0d", "--no-warmup");
        assertEquals(0, cold.exitCode, cold.toString());
        assertTrue(!cold.out.contains("warm-up"), cold.out);
        assertTrue(!cold.out.contains("where the recorded days' time went"), "only when asked: " + cold.out);
    }

    @Test
    void benchSaysWhereTheDaysTimeWentWhenAsked() {
        Cli c = Cli.run("bench", "--agents", "300", "--days", "20", "--repeat", "2", "--burn-in", "5d", "--no-warmup",
                "--processes");
        assertEquals(0, c.exitCode, c.toString());
        String table = c.out.substring(c.out.indexOf("where the recorded days' time went"));
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("\\n  (\\S+) \\((\\w+)\\) +([0-9.]+) ms +([0-9.]+) %")
                .matcher(table);
        double shares = 0;
        double last = Double.MAX_VALUE;
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (row.find()) {
            seen.add(row.group(1) + " " + row.group(2));
            double ms = Double.parseDouble(row.group(3));
            assertTrue(ms <= last, "largest first: " + table);
            last = ms;
            shares += Double.parseDouble(row.group(4));
        }
        assertTrue(seen.contains("Meetings meet") && seen.contains("LonelinessDynamics loneliness")
                && seen.contains("observe observe") && seen.contains("Reinforcement online"), table);
        assertEquals(100, shares, 0.5, "the shares add up to the whole: " + table);
    }
}
