package org.lonelyloop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lonelyloop.table.CsvTable;

/** The experience-sampling study, from scenario section to esm.csv to 'analyze esm'. */
class EsmStudyTest {
    @Test
    void theSampleReportsEveryDayOfTheStudy(@TempDir Path tmp) throws IOException {
        Cli c = Cli.run("run", "quickstart", "--days", "30", "--set", "population.size=3000", "--set", "burnIn=30d",
                "--set", "esm.size=100", "--set", "esm.first=10d", "--set", "esm.days=12", "--out", tmp.toString(), "-q",
                "--no-report");
        assertEquals(0, c.exitCode, c.toString());
        Path folder;
        try (Stream<Path> s = Files.list(tmp)) {
            folder = s.findFirst().orElseThrow();
        }
        CsvTable t = CsvTable.read(folder.resolve("esm.csv"));
        assertEquals(100 * 12, t.size());
        Set<String> ids = new HashSet<>();
        for (int r = 0; r < t.size(); r++) {
            assertEquals(10 + (int) t.number(r, "occasion"), (int) t.number(r, "day"));
            double age = t.number(r, "age");
            assertTrue(age >= 15 && age < 20, "adolescents by default: " + age);
            double mood = t.number(r, "mood");
            assertTrue(mood >= -1 && mood <= 1);
            ids.add(t.text(r, "id"));
        }
        assertEquals(100, ids.size(), "the same 100 people every day");
    }

    /** Persons whose mood moves with passive use by the given correlation, and noise. */
    private static void synthetic(Path file, double r) throws IOException {
        Random random = new Random(9);
        StringBuilder sb = new StringBuilder("id,mood,passiveMinutes\n");
        for (int p = 0; p < 300; p++) {
            for (int k = 0; k < 40; k++) {
                double z = random.nextGaussian();
                double mood = r * z + Math.sqrt(1 - r * r) * random.nextGaussian();
                sb.append(p).append(',').append(mood).append(',').append(60 + 20 * z).append('\n');
            }
        }
        Files.writeString(file, sb.toString());
    }

    private static CsvTable analyse(Path tmp, double r) throws IOException {
        Path file = tmp.resolve("esm-" + r + ".csv");
        synthetic(file, r);
        Path out = tmp.resolve("analysis-" + r + ".csv");
        Cli c = Cli.run("analyze", "esm", file.toString(), "--out", out.toString());
        assertEquals(0, c.exitCode, c.toString());
        assertTrue(c.out.contains("300 persons"), c.out);
        return CsvTable.read(out);
    }

    @Test
    void analyzeEsmClassifiesKnownEffects(@TempDir Path tmp) throws IOException {
        CsvTable hurt = analyse(tmp, -0.5);
        assertEquals("worse", hurt.text(0, "measure"));
        assertTrue(hurt.number(0, "value") > 0.95, "everyone's mood falls with use: " + hurt.number(0, "value"));
        assertEquals(-0.5, hurt.number(4, "value"), 0.05, "the mean standardised effect");
        CsvTable none = analyse(tmp, 0);
        assertTrue(none.number(1, "value") > 0.9, "nobody is affected: " + none.number(1, "value"));
        CsvTable helped = analyse(tmp, 0.3);
        assertTrue(helped.number(2, "value") > 0.9, "everyone feels better: " + helped.number(2, "value"));
    }

    @Test
    void aFileThatIsNotExperienceSamplingIsNamed(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("x.csv");
        Files.writeString(f, "id,mood\n1,0.2\n");
        Cli c = Cli.run("analyze", "esm", f.toString());
        assertEquals(2, c.exitCode, c.toString());
        assertTrue(c.err.contains(f + ": no column 'passiveMinutes'"), c.err);
        Files.writeString(f, "id,mood,passiveMinutes\n1,0.2,30\n1,0.3,40\n");
        Cli few = Cli.run("analyze", "esm", f.toString());
        assertEquals(2, few.exitCode, few.toString());
        assertTrue(few.err.contains("need at least 3 persons"), few.err);
        assertFalse(few.err.contains("\tat "), few.err);
    }
}
