package org.lonelyloop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lonelyloop.table.CsvTable;

/**
 * A researcher's own groups: followed through a run, measured apart in every command's tables, and
 * contrasted in predictions (the group against its others, and that difference between arms).
 */
class GroupPredictionTest {
    /** A cap from day 30 for people of 40 and over only; the group 'older' is exactly those people. */
    private static final String CAPPED_OLDER = String.join("\n",
            "extends: quickstart",
            "name: capped-older",
            "population: {size: 600}",
            "burnIn: 60d",
            "duration: 120d",
            "outputs: {every: 1d, snapshots: [100d]}",
            "interventions:",
            "  - {type: usage-cap, limits: [20m], start: 30d, adherence: 1, target: {minAge: 40}}",
            "groups:",
            "  - {name: older, who: {minAge: 40}}",
            "expect:",
            "  - {measure: meanUseMinutes, group: older, versus: others, at: 60d..120d,",
            "     compare: without-interventions, direction: lower, why: only the older are capped}",
            "  - {measure: meanUseMinutes, group: older, versus: others, at: 0d..30d,",
            "     compare: without-interventions, direction: within, within: [-0.000001, 0.000001],",
            "     why: nothing differs before the cap}",
            "  - {measure: meanUseMinutes, group: older, versus: others, at: 60d..120d, compare: 0,",
            "     direction: higher, why: 'the capped use less than others; stated the wrong way to see it fail'}");

    private static Path scenario(Path dir) throws IOException {
        Path f = dir.resolve("capped-older.yaml");
        Files.writeString(f, CAPPED_OLDER + "\n", StandardCharsets.UTF_8);
        return f;
    }

    private static Path only(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.findFirst().orElseThrow();
        }
    }

    @Test
    void aContrastIsJudgedAsADifferenceOfDifferencesAndCompareWritesItsParts(@TempDir Path tmp) throws IOException {
        Path f = scenario(tmp);
        Path csv = tmp.resolve("t.csv");
        Cli test = Cli.run("test", f.toString(), "--replications", "2", "--csv", csv.toString());
        assertEquals(Main.FAILED, test.exitCode, test.toString());
        assertTrue(test.out.contains("pass     meanUseMinutes of older - others at 60d..120d lower than "
                + "without-interventions"), test.out);
        assertTrue(test.out.contains("fail     meanUseMinutes of older - others at 60d..120d higher than 0"), test.out);
        CsvTable t = CsvTable.read(csv);
        assertEquals("pass", t.text(1, "verdict"));
        assertEquals(0.0, t.number(1, "difference"), "the contrast is the same in both arms before the cap");
        double did = t.number(0, "difference");
        assertTrue(did < -5, "the cap cuts the older's use by minutes against the others': " + did);

        Cli compare = Cli.run("compare", f.toString(), "--replications", "2", "--no-report", "--out",
                tmp.resolve("out").toString());
        assertEquals(Main.OK, compare.exitCode, compare.toString());
        assertTrue(compare.out.contains("group older: "), compare.out);
        assertTrue(compare.out.contains("members: social media (min/day)"), compare.out);
        Path folder = only(tmp.resolve("out"));
        CsvTable c = CsvTable.read(folder.resolve("compare.csv"));
        // The same difference of differences from compare.csv's rows: the groups' arm differences, day by day.
        double sum = 0;
        int days = 0;
        for (int r = 0; r < c.size(); r++) {
            int day = (int) c.number(r, "day");
            if (day < 60 || day >= 120) {
                continue;
            }
            if (c.text(r, "measure").equals("older.meanUseMinutes")) {
                sum += c.number(r, "difference");
                days++;
            } else if (c.text(r, "measure").equals("older.others.meanUseMinutes")) {
                sum -= c.number(r, "difference");
            }
        }
        assertEquals(60, days);
        assertEquals(did, sum / days, 1e-3 * Math.abs(did));
        for (String arm : new String[] {"scenario", "comparison"}) {
            Path dir = folder.resolve("arms").resolve(arm);
            CsvTable agents = CsvTable.read(dir.resolve("agents.csv"));
            assertEquals(600, agents.size(), arm);
            int older = 0;
            for (int r = 0; r < agents.size(); r++) {
                boolean member = agents.number(r, "group.older") == 1;
                double age = agents.number(r, "age");
                // Chosen at 40 or over on day 0, snapshot on day 100: others may have turned 40 since.
                assertTrue(member ? age >= 40 : age < 40 + 100 / 365.25 + 1e-6, arm + " agent " + r + " aged " + age);
                older += member ? 1 : 0;
            }
            assertTrue(older > 100, arm + ": " + older + " older");
            CsvTable groups = CsvTable.read(dir.resolve("groups-r01.csv"));
            assertEquals(2 * 120, groups.size(), arm + ": members and others on each recorded day");
            assertEquals(older, groups.number(0, "agents"), arm);
        }
    }

    @Test
    void sweepsAndSensitivityNameAGroupsMeasures(@TempDir Path tmp) throws IOException {
        Path f = scenario(tmp);
        Path out = tmp.resolve("sweep");
        Cli sweep = Cli.run("sweep", f.toString(), "--vary", "interventions[0].adherence=0,1", "--replications", "1",
                "--common-seeds",
                "--no-report", "--out", out.toString());
        assertEquals(Main.OK, sweep.exitCode, sweep.toString());
        Path folder = out;
        CsvTable summary = CsvTable.read(folder.resolve("summary.csv"));
        double older = summary.number(1, "older.meanUseMinutes") - summary.number(0, "older.meanUseMinutes");
        double others = summary.number(1, "older.others.meanUseMinutes") - summary.number(0, "older.others.meanUseMinutes");
        assertTrue(older < -5, "kept to, the cap cuts the older's use: " + older);
        assertTrue(Math.abs(others) < Math.abs(older) / 2, "and the others' much less: " + others);
        CsvTable aggregate = CsvTable.read(folder.resolve("aggregate.csv"));
        assertTrue(aggregate.has("older.meanUseMinutesMean") && aggregate.has("older.others.shareStronglyLonelyHigh"));

        Cli badOutput = Cli.run("sensitivity", f.toString(), "--param", "pathways.compensation.strength=0..1",
                "--outputs", "older.meanUseMinute", "--out", tmp.resolve("s").toString());
        assertEquals(Main.BAD_INPUT, badOutput.exitCode, badOutput.toString());
        assertTrue(badOutput.err.contains("did you mean 'older.meanUseMinutes'?"), badOutput.err);
    }
}
