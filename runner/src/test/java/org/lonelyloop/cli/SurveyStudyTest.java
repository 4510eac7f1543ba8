package org.lonelyloop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lonelyloop.table.CsvTable;

/** The cross-sectional survey, from scenario section to survey.csv to 'analyze survey'. */
class SurveyStudyTest {
    @Test
    void theSampleAnswersOnItsDay(@TempDir Path tmp) throws IOException {
        Cli c = Cli.run("run", "quickstart", "--days", "20", "--set", "population.size=3000", "--set", "burnIn=30d",
                "--set", "survey.size=500", "--set", "survey.day=15d", "--set", "survey.minAge=19", "--set",
                "survey.maxAge=32", "--out", tmp.toString(), "-q", "--no-report");
        assertEquals(0, c.exitCode, c.toString());
        Path folder;
        try (Stream<Path> s = Files.list(tmp)) {
            folder = s.findFirst().orElseThrow();
        }
        CsvTable t = CsvTable.read(folder.resolve("survey.csv"));
        assertTrue(t.size() > 100 && t.size() <= 500, "the frame's respondents: " + t.size());
        for (int r = 0; r < t.size(); r++) {
            assertEquals(15, (int) t.number(r, "day"));
            assertTrue(t.number(r, "age") >= 19 && t.number(r, "age") <= 32);
            assertEquals(t.number(r, "lonelinessScore") >= 5 ? 1 : 0, (int) t.number(r, "stronglyLonely"));
        }
    }

    /** Exposure triples the odds of the outcome; age confounds both. */
    private static void synthetic(Path file) throws IOException {
        Random r = new Random(3);
        StringBuilder sb = new StringBuilder("id,age,platforms,outcome\n");
        for (int i = 0; i < 20_000; i++) {
            double age = 19 + 14 * r.nextDouble();
            int platforms = r.nextDouble() < (age < 25 ? 0.6 : 0.3) ? 7 + r.nextInt(3) : r.nextInt(3);
            double logit = -2 + Math.log(3) * (platforms >= 7 ? 1 : 0) - 0.08 * (age - 25);
            sb.append(i).append(',').append(age).append(',').append(platforms).append(',')
                    .append(r.nextDouble() < 1 / (1 + Math.exp(-logit)) ? 1 : 0).append('\n');
        }
        Files.writeString(file, sb.toString());
    }

    @Test
    void analyzeSurveyRecoversTheAdjustedOddsRatio(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("s.csv");
        synthetic(file);
        Cli c = Cli.run("analyze", "survey", file.toString(), "--outcome", "outcome", "--exposed", "platforms>=7",
                "--unexposed", "platforms<=2", "--adjust", "age");
        assertEquals(0, c.exitCode, c.toString());
        CsvTable t = CsvTable.read(tmp.resolve("survey-analysis.csv"));
        assertEquals(3.0, t.number(0, "oddsRatio"), 0.3, "the built-in odds ratio");
        assertTrue(t.number(0, "low") < 3 && t.number(0, "high") > 3);
        assertEquals("age", t.text(0, "adjusted"));
        Cli crude = Cli.run("analyze", "survey", file.toString(), "--outcome", "outcome", "--exposed", "platforms>=7",
                "--out", tmp.resolve("crude.csv").toString());
        assertEquals(0, crude.exitCode, crude.toString());
        assertTrue(CsvTable.read(tmp.resolve("crude.csv")).number(0, "oddsRatio") > 3.3,
                "unadjusted, age's confounding inflates it");
    }

    @Test
    void badConditionsAndColumnsAreNamed(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("s.csv");
        Files.writeString(file, "id,platforms,outcome\n1,3,1\n2,8,0\n");
        Cli cond = Cli.run("analyze", "survey", file.toString(), "--outcome", "outcome", "--exposed", "platforms>>7");
        assertEquals(2, cond.exitCode, cond.toString());
        assertTrue(cond.err.contains("'platforms>>7' is not a condition"), cond.err);
        Cli col = Cli.run("analyze", "survey", file.toString(), "--outcome", "depressed", "--exposed", "platforms>=7");
        assertEquals(2, col.exitCode);
        assertTrue(col.err.contains(file + ": no column 'depressed'; it has id, platforms, outcome"), col.err);
        Cli few = Cli.run("analyze", "survey", file.toString(), "--outcome", "outcome", "--exposed", "platforms>=7");
        assertEquals(2, few.exitCode);
        assertTrue(few.err.contains("needs more cases"), few.err);
        assertFalse(few.err.contains("\tat "), few.err);
    }
}
