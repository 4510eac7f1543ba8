package org.lonelyloop.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lonelyloop.table.CsvTable;

/** The virtual panel study, from scenario section to panel.csv to 'analyze panel'. */
class PanelStudyTest {
    private static Path run(Path out, String... sets) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("run", "quickstart", "--days", "60", "--set",
                "population.size=1500", "--set", "burnIn=30d", "--out", out.toString(), "-q", "--no-report"));
        for (String s : sets) {
            args.add("--set");
            args.add(s);
        }
        Cli c = Cli.run(args.toArray(new String[0]));
        assertEquals(0, c.exitCode, c.toString());
        try (Stream<Path> s = Files.list(out)) {
            return s.findFirst().orElseThrow();
        }
    }

    @Test
    void thePanelSamplesTheFrameMeasuresAtWavesAndLosesPeopleForGood(@TempDir Path tmp) throws IOException {
        Path folder = run(tmp.resolve("p"), "panel.size=400", "panel.first=3d", "panel.every=14d",
                "panel.minAge=25", "panel.maxAge=54", "panel.attrition=0.2");
        CsvTable t = CsvTable.read(folder.resolve("panel.csv"));
        Map<Integer, Set<Integer>> byWave = new HashMap<>();
        for (int r = 0; r < t.size(); r++) {
            int wave = (int) t.number(r, "wave");
            assertEquals(3 + 14 * wave, (int) t.number(r, "day"), "waves fall on day 3, 17, 31, 45, 59");
            double age = t.number(r, "age");
            assertTrue(age >= 25 && age <= 54, "in the age frame: " + age);
            int score = (int) t.number(r, "lonelinessScore");
            assertTrue(score >= 0 && score <= 6);
            byWave.computeIfAbsent(wave, w -> new HashSet<>()).add((int) t.number(r, "id"));
        }
        assertEquals(5, byWave.size());
        assertEquals(400, byWave.get(0).size());
        for (int w = 1; w < 5; w++) {
            assertTrue(byWave.get(w - 1).containsAll(byWave.get(w)), "nobody comes back after dropping out");
            double kept = (double) byWave.get(w).size() / byWave.get(w - 1).size();
            assertEquals(0.8, kept, 0.08, "wave " + w + " keeps about 80 %");
        }
    }

    @Test
    void measuringDoesNotChangeTheRun(@TempDir Path tmp) throws IOException {
        Path with = run(tmp.resolve("with"), "panel.size=300", "panel.every=7d");
        Path without = run(tmp.resolve("without"));
        assertArrayEquals(Files.readAllBytes(without.resolve("timeseries.csv")),
                Files.readAllBytes(with.resolve("timeseries.csv")));
        assertFalse(Files.exists(without.resolve("panel.csv")), "no panel asked for, no panel.csv");
        CsvTable t = CsvTable.read(with.resolve("panel.csv"));
        double reportGap = 0;
        for (int r = 0; r < t.size(); r++) {
            reportGap += Math.abs(Math.log((t.number(r, "passiveHours") + 1e-9) / (t.number(r, "truePassiveHours") + 1e-9)));
        }
        assertEquals(0.24, reportGap / t.size(), 0.05, "self-reports miss by the reporting error (mean |log| 0.3 * 0.8)");
    }

    @Test
    void anImpossibleFrameIsNamed() {
        Cli c = Cli.run("run", "quickstart", "--days", "5", "--set", "panel.minAge=60", "--set", "panel.maxAge=20");
        assertEquals(2, c.exitCode, c.toString());
        assertTrue(c.err.contains("panel.minAge: must not exceed maxAge (20.0), was 60.0"), c.err);
    }

    /** A synthetic panel where use drives later loneliness and not the other way round. */
    private static void synthetic(Path file, double useToLoneliness) throws IOException {
        Random r = new Random(4);
        StringBuilder sb = new StringBuilder("id,wave,lonelinessScore,activeHours,passiveHours\n");
        for (int p = 0; p < 1500; p++) {
            double common = r.nextGaussian();
            double mx = 0.7 * common + 0.7 * r.nextGaussian();
            double my = 0.7 * common + 0.7 * r.nextGaussian();
            double wx = r.nextGaussian();
            double wy = r.nextGaussian();
            for (int t = 0; t < 7; t++) {
                sb.append(1000 + 3 * p).append(',').append(t).append(',').append(3 * my + wy).append(',')
                        .append(5 * mx + wx).append(',').append(5 + r.nextGaussian()).append('\n');
                double nx = 0.4 * wx + r.nextGaussian();
                double ny = 0.4 * wy + useToLoneliness * wx + r.nextGaussian();
                wx = nx;
                wy = ny;
            }
        }
        Files.writeString(file, sb.toString());
    }

    @Test
    void analyzePanelFindsTheDirectionBuiltIn(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("study.csv");
        synthetic(file, 0.3);
        Cli c = Cli.run("analyze", "panel", file.toString(), "--bootstrap", "100");
        assertEquals(0, c.exitCode, c.toString());
        assertTrue(c.out.contains("1,500 persons, 7 waves (1,500 answered the last)"), c.out);
        CsvTable t = CsvTable.read(tmp.resolve("panel-analysis.csv"));
        assertEquals(List.of("estimator", "use", "effect", "estimate", "low", "high", "persons"), t.header());
        assertEquals(org.lonelyloop.output.OutputColumnsTest.documented("## panel-analysis.csv"), t.header(),
                "the columns docs/outputs.md lists");
        assertEquals(14, t.size(), "RI-CLPM and CLPM: 2 x 2 rows; fixed effects: 2 x 3");
        // Fixed effects, as before the likelihood models were added.
        int fe = 8;
        assertEquals("fixed-effects", t.text(fe, "estimator"));
        assertEquals("active", t.text(fe, "use"));
        assertEquals("useToLoneliness", t.text(fe, "effect"));
        assertTrue(t.number(fe, "low") > 0.1, "active use -> later loneliness is found: " + t.number(fe, "estimate"));
        assertTrue(Math.abs(t.number(fe + 1, "estimate")) < 0.1, "and not the reverse: " + t.number(fe + 1, "estimate"));
        assertTrue(t.number(fe + 2, "estimate") > 0.3, "the between-person correlation: " + t.number(fe + 2, "estimate"));
        assertTrue(t.number(fe + 3, "low") < 0 && t.number(fe + 3, "high") > 0, "passive use, pure noise, has no effect");
        // The RI-CLPM finds the built-in effect and, unlike fixed effects, no spurious reverse one.
        assertEquals("RI-CLPM", t.text(0, "estimator"));
        assertEquals("useToLoneliness", t.text(0, "effect"));
        assertTrue(t.number(0, "low") > 0.1, "RI-CLPM: active use -> later loneliness: " + t.number(0, "estimate"));
        assertTrue(t.number(1, "low") < 0 && t.number(1, "high") > 0, "RI-CLPM: no reverse effect: "
                + t.number(1, "estimate"));
        assertTrue(t.number(2, "low") < 0 && t.number(2, "high") > 0, "RI-CLPM: passive use has no effect");
        assertEquals("CLPM", t.text(4, "estimator"));
        // The full output: every parameter, the fit, and the models as lavaan syntax.
        CsvTable parameters = CsvTable.read(tmp.resolve("panel-analysis-parameters.csv"));
        assertEquals(org.lonelyloop.output.OutputColumnsTest.documented("## panel-analysis-parameters.csv"),
                parameters.header());
        assertEquals(2 * (3 + 3 + 4 + 3 * 6) + 2 * (3 + 4 + 3 * 6), parameters.size(),
                "RI-CLPM: intercepts, wave 1, lags, six waves' residuals; CLPM without intercepts; both uses");
        CsvTable fit = CsvTable.read(tmp.resolve("panel-analysis-fit.csv"));
        assertEquals(org.lonelyloop.output.OutputColumnsTest.documented("## panel-analysis-fit.csv"), fit.header());
        assertEquals(4, fit.size());
        assertEquals("complete", fit.text(0, "missing"), "nobody missed a wave");
        assertEquals(1500, fit.number(0, "persons"));
        assertTrue(fit.number(0, "cfi") > 0.95 && fit.number(2, "cfi") < fit.number(0, "cfi"),
                "stable differences fit by the RI-CLPM, not the CLPM");
        assertTrue(Files.readString(tmp.resolve("panel-analysis-models.R")).contains("wy2 ~ bYX*wx1 + aY*wy1"));
        // Both read back by a reader of another hand, every figure a number.
        for (java.util.Map<String, String> row : org.lonelyloop.table.OtherReader.rows(
                tmp.resolve("panel-analysis-parameters.csv"))) {
            double z = org.lonelyloop.table.OtherReader.number(row, "estimate") / org.lonelyloop.table.OtherReader.number(row, "se");
            assertEquals(z, org.lonelyloop.table.OtherReader.number(row, "z"), 1e-4 * Math.max(1, Math.abs(z)), row.toString());
        }
        assertEquals(4, org.lonelyloop.table.OtherReader.rows(tmp.resolve("panel-analysis-fit.csv")).size());
        assertTrue(c.out.contains("RI-CLPM, active use (1,500 persons, complete): chi2(77) = "), c.out);
        Cli free = Cli.run("analyze", "panel", file.toString(), "--bootstrap", "20", "--free-lags");
        assertEquals(0, free.exitCode, free.toString());
        CsvTable f = CsvTable.read(tmp.resolve("panel-analysis.csv"));
        assertEquals(2 * 2 * 2 * 6 + 6, f.size(), "two models x two uses x two directions x six lags, and fixed effects");
        assertEquals("useToLoneliness.2", f.text(0, "effect"));
        assertTrue(free.out.contains("active use -> later loneliness (within person, into wave 7)"), free.out);
    }

    @Test
    void aPanelWithAttritionIsFittedByFullInformationOrOnItsCompleteCases(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("study.csv");
        synthetic(file, 0.3);
        // A fifth of the persons leave after wave 3: their later rows are gone.
        List<String> lines = Files.readAllLines(file);
        List<String> kept = new java.util.ArrayList<>(lines.subList(0, 1));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            boolean leaver = Long.parseLong(cells[0]) % 5 == 0;
            if (!leaver || Integer.parseInt(cells[1]) <= 3) {
                kept.add(line);
            }
        }
        Files.write(file, kept);
        Cli full = Cli.run("analyze", "panel", file.toString(), "--bootstrap", "10");
        assertEquals(0, full.exitCode, full.toString());
        CsvTable fit = CsvTable.read(tmp.resolve("panel-analysis-fit.csv"));
        assertEquals("fiml", fit.text(0, "missing"));
        assertEquals(1500, fit.number(0, "persons"), "everyone, leavers included");
        double fullSe = CsvTable.read(tmp.resolve("panel-analysis-parameters.csv")).number(5, "se");
        assertTrue(Files.readString(tmp.resolve("panel-analysis-models.R")).contains("missing = \"ml\""));
        Cli complete = Cli.run("analyze", "panel", file.toString(), "--bootstrap", "10", "--complete-cases");
        assertEquals(0, complete.exitCode, complete.toString());
        CsvTable cc = CsvTable.read(tmp.resolve("panel-analysis-fit.csv"));
        assertEquals("complete-cases", cc.text(0, "missing"));
        assertEquals(1200, cc.number(0, "persons"), "those seen at every wave");
        CsvTable ccParameters = CsvTable.read(tmp.resolve("panel-analysis-parameters.csv"));
        assertEquals("aX", ccParameters.text(6, "parameter"));
        assertTrue(ccParameters.number(5, "se") > fullSe, "fewer persons, wider: " + ccParameters.number(5, "se")
                + " against " + fullSe);
        assertTrue(Files.readString(tmp.resolve("panel-analysis-models.R")).contains("missing = \"listwise\""));
        // A file of someone else's where a table beside the panel would go is left alone.
        Files.writeString(tmp.resolve("panel-analysis-fit.csv"), "my notes\n");
        Cli refused = Cli.run("analyze", "panel", file.toString(), "--bootstrap", "10");
        assertEquals(Main.BAD_INPUT, refused.exitCode, refused.toString());
        assertTrue(refused.err.contains("panel-analysis-fit.csv exists and is not a table this command wrote"),
                refused.err);
        assertEquals("my notes\n", Files.readString(tmp.resolve("panel-analysis-fit.csv")));
    }

    @Test
    void aPanelFileThatIsNotOneIsNamed(@TempDir Path tmp) throws IOException {
        Cli missing = Cli.run("analyze", "panel", tmp.resolve("nope.csv").toString());
        assertEquals(2, missing.exitCode);
        assertTrue(missing.err.contains("no such panel file: " + tmp.resolve("nope.csv")), missing.err);
        Path noColumn = tmp.resolve("a.csv");
        Files.writeString(noColumn, "id,wave,activeHours,passiveHours\n1,0,2,3\n");
        Cli c = Cli.run("analyze", "panel", noColumn.toString());
        assertEquals(2, c.exitCode);
        assertTrue(c.err.contains(noColumn + ": no column 'lonelinessScore'"), c.err);
        Path badId = tmp.resolve("b.csv");
        Files.writeString(badId, "id,wave,lonelinessScore,activeHours,passiveHours\nx7,0,2,3,4\n");
        Cli b = Cli.run("analyze", "panel", badId.toString());
        assertEquals(2, b.exitCode);
        assertTrue(b.err.contains(badId + ", line 2: id must be a whole number, was 'x7'"), b.err);
        assertFalse(b.err.contains("\tat "), b.err);
    }

    @Test
    void aPanelThatCannotBeAnalysedIsNamedWithItsLineAndColumn(@TempDir Path tmp) throws IOException {
        String head = "id,wave,lonelinessScore,activeHours,passiveHours\n";
        String[][] cases = {
            {head, "holds a header and no rows"},
            {head + "1,0,2,3,4\n2,0,1,1,2\n", "every row is wave 0; cross-lagged effects need at least two waves"},
            {head + "1,0,2,3,4\n1,1,,3,4\n", "line 3, column 3 (lonelinessScore): is empty"},
            {head + "1,0,2,3,4\n1,1,2,abc,4\n", "line 3, column 4 (activeHours): 'abc' is not a number"},
            {head + "1,0,2,3,Infinity\n1,1,2,3,4\n", "line 2, column 5 (passiveHours): 'Infinity' is not a finite"},
            {head + "1,0,2,3,NaN\n1,1,2,3,4\n", "line 2, column 5 (passiveHours): 'NaN' is not a finite"},
            {head + "1,0,2,3,4\n1,0,1,3,4\n", "line 3: person 1 at wave 0 appears a second time (first on line 2)"},
            {head + "1,0,2,3,4\n1,1,1,3,5\n2,0,2,3,4\n", "column activeHours is 3.0 in every row"}};
        for (String[] c : cases) {
            Path f = Files.writeString(tmp.resolve("p.csv"), c[0]);
            Cli r = Cli.run("analyze", "panel", f.toString());
            assertEquals(2, r.exitCode, c[1] + ": " + r);
            assertTrue(r.err.contains(c[1]), r.err);
            assertFalse(r.err.contains("NaN ") || r.err.contains("\tat "), r.err);
            assertFalse(Files.exists(tmp.resolve("panel-analysis.csv")), "no table for " + c[1]);
        }
    }

    @Test
    void withItsScenarioAnalyzePanelReportsTheTrueLagsBesideTheEstimates(@TempDir Path tmp) throws IOException {
        String[] sets = {"--set", "population.size=2000", "--set", "panel.size=1000", "--set", "panel.every=60d",
            "--set", "panel.waves=5", "--set", "duration=300d"};
        List<String> run = new java.util.ArrayList<>(List.of("run", "quickstart", "--folder", tmp.resolve("r").toString(),
                "-q", "--no-report"));
        run.addAll(List.of(sets));
        assertEquals(0, Cli.run(run.toArray(new String[0])).exitCode);
        List<String> analyze = new java.util.ArrayList<>(List.of("analyze", "panel", tmp.resolve("r/panel.csv").toString(),
                "--bootstrap", "20", "--scenario", "quickstart"));
        analyze.addAll(List.of(sets));
        Cli c = Cli.run(analyze.toArray(new String[0]));
        assertEquals(0, c.exitCode, c.toString());
        CsvTable t = CsvTable.read(tmp.resolve("r/panel-analysis.csv"));
        assertEquals("truth", t.text(0, "estimator"));
        assertEquals("truth", t.text(3, "estimator"));
        assertEquals("RI-CLPM", t.text(4, "estimator"));
        assertEquals("passive", t.text(2, "use"));
        assertTrue(t.number(2, "estimate") > 0, "a lasting rise in use makes people lonelier: " + t.number(2, "estimate"));
        assertTrue(Double.isNaN(t.number(2, "low")), "the truth has no interval");
        assertTrue(c.out.contains("(by intervention in the simulation)"), c.out);
        Cli noPanel = Cli.run("analyze", "panel", tmp.resolve("r/panel.csv").toString(), "--scenario", "quickstart");
        assertEquals(2, noPanel.exitCode, noPanel.toString());
        assertTrue(noPanel.err.contains("has no panel section"), noPanel.err);
    }

    @Test
    void aTwoWavePanelSaysWhichEstimatorsNeedMoreWavesInsteadOfPrintingZeros(@TempDir Path tmp) throws IOException {
        StringBuilder sb = new StringBuilder("id,wave,lonelinessScore,activeHours,passiveHours\n");
        java.util.Random r = new java.util.Random(3);
        for (int p = 0; p < 300; p++) {
            for (int w = 0; w < 2; w++) {
                sb.append(p).append(',').append(w).append(',').append(r.nextInt(7)).append(',')
                        .append(r.nextDouble() * 5).append(',').append(r.nextDouble() * 9).append('\n');
            }
        }
        Path f = Files.writeString(tmp.resolve("two.csv"), sb.toString());
        Cli c = Cli.run("analyze", "panel", f.toString(), "--bootstrap", "10");
        assertEquals(0, c.exitCode, c.toString());
        assertTrue(c.out.contains("person-mean centring needs at least 3 waves, the panel has 2"), c.out);
        assertTrue(c.out.contains("needs at least 3 waves, the panel has 2"), c.out);
        assertFalse(c.out.contains("0.000   [-0.000, 0.000]"), c.out);
    }

    @Test
    void theRunReportSaysWhatPanelCsvHoldsAndHowToAnalyseIt(@TempDir Path tmp) throws IOException {
        Path folder = tmp.resolve("r");
        assertEquals(0, Cli.run("run", "quickstart", "--folder", folder.toString(), "-q", "--days", "30", "--set",
                "population.size=400", "--set", "panel.size=100", "--set", "panel.every=10d").exitCode);
        String report = Files.readString(folder.resolve("report.html"));
        assertTrue(report.contains("panel.csv holds the virtual panel study: 'lonelyloop analyze panel panel.csv'"),
                "the report points to the panel and its analysis");
        assertFalse(report.contains("esm.csv holds"), "and names no study the run did not make");
    }

    /**
     * A household panel where widowhood at wave 2 (one person in ten) raises the score by 1.5 points for good and a move
     * at wave 3 changes nothing; partner status and age differ between people as they do in life.
     */
    private static Path eventPanel(Path file) throws IOException {
        Random r = new Random(11);
        StringBuilder sb = new StringBuilder("id,wave,day,age,partnered,events,lonelinessScore\n");
        for (int p = 0; p < 2000; p++) {
            double level = 2 + r.nextGaussian();
            double age = 20 + 60 * r.nextDouble();
            boolean partnered = p % 2 == 0;
            boolean widowed = partnered && p % 10 == 0;
            boolean moves = p % 10 == 5;
            for (int w = 0; w < 5; w++) {
                String events = widowed && w == 2 ? "widowhood" : moves && w == 3 ? "move" : "";
                double score = level + 0.7 * r.nextGaussian() + (widowed && w >= 2 ? 1.5 : 0);
                sb.append(p).append(',').append(w).append(',').append(365 * w).append(',').append(age + w).append(',')
                        .append(partnered && !(widowed && w >= 2) ? 1 : 0).append(',').append(events).append(',')
                        .append(score).append('\n');
            }
        }
        return Files.writeString(file, sb.toString());
    }

    @Test
    void analyzeEventsFindsTheEffectBuiltInAndNoneBeforeIt(@TempDir Path tmp) throws IOException {
        Path file = eventPanel(tmp.resolve("liss.csv"));
        Cli c = Cli.run("analyze", "events", file.toString());
        assertEquals(0, c.exitCode, c.toString());
        assertTrue(c.out.contains("2,000 persons"), c.out);
        CsvTable t = CsvTable.read(tmp.resolve("event-analysis.csv"));
        assertEquals(org.lonelyloop.output.OutputColumnsTest.documented("## event-analysis.csv"), t.header(),
                "the columns docs/outputs.md lists");
        double sd = Math.sqrt(1 + 0.49);
        for (int r = 0; r < t.size(); r++) {
            String event = t.text(r, "event");
            int wave = (int) t.number(r, "wave");
            double effect = t.number(r, "effect");
            String row = event + " at wave " + wave + ": " + effect + " [" + t.number(r, "low") + ", "
                    + t.number(r, "high") + "]";
            if (event.equals("widowhood") && wave >= 0) {
                assertEquals(1.5 / sd, effect, 0.15, row);
                assertEquals(365.0 * (wave + 1), t.number(r, "meanDays"), 1e-9, "days from the baseline wave");
                assertEquals(200, (int) t.number(r, "events"), "every widow answered every wave: " + row);
            } else if (t.number(r, "events") > 0) {
                assertTrue(t.number(r, "low") < 0 && t.number(r, "high") > 0, "no effect where none was built in: " + row);
            }
        }
        assertEquals(8, t.size(), "two events at waves -2, 0, +1 and +2");
    }

    @Test
    void analyzeEventsFollowsWhatARunRecorded(@TempDir Path tmp) throws IOException {
        Path folder = tmp.resolve("r");
        assertEquals(0, Cli.run("run", "quickstart", "--folder", folder.toString(), "-q", "--no-report", "--days",
                "130", "--set", "population.size=2000", "--set", "burnIn=60d", "--set", "panel.size=2000", "--set",
                "panel.every=30d", "--set", "events=[{type: widowhood, day: 40d, share: 0.4}]").exitCode);
        Cli c = Cli.run("analyze", "events", folder.toString(), "--kinds", "widowhood", "--after", "1");
        assertEquals(0, c.exitCode, c.toString());
        CsvTable t = CsvTable.read(folder.resolve("event-analysis.csv"));
        assertEquals(3, t.size(), "waves -2, 0 and +1: " + c.out);
        assertEquals(-2, (int) t.number(0, "wave"));
        assertTrue(t.number(1, "events") > 100 && t.number(1, "low") > 0, "widows are lonelier than their matches: " + c.out);

        Path empty = tmp.resolve("none");
        assertEquals(0, Cli.run("run", "quickstart", "--folder", empty.toString(), "-q", "--no-report", "--days", "5",
                "--set", "population.size=300").exitCode);
        Cli none = Cli.run("analyze", "events", empty.toString());
        assertEquals(2, none.exitCode, none.toString());
        assertTrue(none.err.contains("holds no panel.csv: the run's scenario had no panel: section"), none.err);
        assertFalse(none.err.contains("\tat "), none.err);
    }

    @Test
    void analyzeEventsNamesWhatIsWrongWithAPanel(@TempDir Path tmp) throws IOException {
        Path file = eventPanel(tmp.resolve("liss.csv"));
        Cli unknown = Cli.run("analyze", "events", file.toString(), "--kinds", "divorce");
        assertEquals(2, unknown.exitCode, unknown.toString());
        assertTrue(unknown.err.contains("the panel records no event 'divorce'; it records widowhood, move"), unknown.err);

        Path bad = Files.writeString(tmp.resolve("bad.csv"), "id,wave,lonelinessScore,partnered,events\n"
                + "1,0,2,1,\n1,1,3,yes,move\n");
        Cli status = Cli.run("analyze", "events", bad.toString());
        assertEquals(2, status.exitCode, status.toString());
        assertTrue(status.err.contains("bad.csv, line 3: partnered must be 0 or 1, was 'yes'"), status.err);

        Path noColumn = Files.writeString(tmp.resolve("old.csv"), "id,wave,lonelinessScore\n1,0,2\n");
        Cli old = Cli.run("analyze", "events", noColumn.toString());
        assertEquals(2, old.exitCode, old.toString());
        assertTrue(old.err.contains("no column 'partnered'"), old.err);

        Cli controls = Cli.run("analyze", "events", file.toString(), "--controls", "0");
        assertEquals(2, controls.exitCode, controls.toString());
        assertTrue(controls.err.contains("--controls must be 1 to 100, was 0"), controls.err);
    }
}
