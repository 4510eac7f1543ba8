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

/** 'lonelyloop test' judges stated predictions; 'lonelyloop compare' writes both arms and their difference. */
class PredictionTest {
    /** A small world with a strict cap from day 30 for everyone. */
    private static final String CAPPED = String.join("\n",
            "extends: quickstart",
            "name: capped",
            "population: {size: 600}",
            "burnIn: 60d",
            "duration: 120d",
            "outputs: {every: 1d}",
            "interventions:",
            "  - {type: usage-cap, limits: [20m], start: 30d, adherence: 1}");

    private static Path scenario(Path dir, String... predictions) throws IOException {
        Path f = dir.resolve("capped.yaml");
        Files.writeString(f, CAPPED + "\n" + (predictions.length == 0 ? "" : "expect:\n")
                + String.join("\n", predictions) + "\n", StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void aPredictionTheModelBearsOutPassesAndOneItContradictsFails(@TempDir Path tmp) throws IOException {
        Path f = scenario(tmp,
                "  - {measure: meanUseMinutes, at: 60d..120d, compare: without-interventions, direction: lower,",
                "     why: a cap cuts use}",
                "  - {measure: meanUseMinutes, at: 60d..120d, compare: without-interventions, direction: higher,",
                "     why: 'the opposite, to see it fail'}",
                "  - {measure: meanUseMinutes, at: 0d..30d, compare: without-interventions, direction: within,",
                "     within: [-0.000001, 0.000001], why: nothing differs before the cap starts}");
        Path csv = tmp.resolve("t.csv");
        Cli c = Cli.run("test", f.toString(), "--replications", "2", "--csv", csv.toString());
        assertEquals(Main.FAILED, c.exitCode, c.toString());
        assertTrue(c.out.contains("pass     meanUseMinutes at 60d..120d lower than without-interventions"), c.out);
        assertTrue(c.out.contains("fail     meanUseMinutes at 60d..120d higher"), c.out);
        assertTrue(c.out.contains("2 of 3 predictions pass; 1 not borne out"), c.out);
        CsvTable t = CsvTable.read(csv);
        assertEquals(3, t.size());
        assertEquals("pass", t.text(0, "verdict"));
        assertTrue(t.number(0, "high") < -5, "the cap cuts use by minutes, not fractions: " + t.number(0, "high"));
        assertEquals(0.0, t.number(2, "difference"));
        assertEquals("pass", t.text(2, "verdict"));
    }

    @Test
    void aPredictionMarkedNotBorneOutIsReportedWithoutFailing(@TempDir Path tmp) throws IOException {
        Path f = scenario(tmp,
                "  - {measure: meanUseMinutes, at: end, compare: without-interventions, direction: higher,",
                "     bornOut: false, why: stated by a source the model does not follow}");
        Cli c = Cli.run("test", f.toString(), "--replications", "2");
        assertEquals(Main.OK, c.exitCode, c.toString());
        assertTrue(c.out.contains("fail (known: bornOut: false)"), c.out);
    }

    @Test
    void theTestCommandRefusesWhatItCannotDo(@TempDir Path tmp) throws IOException {
        Cli none = Cli.run("test");
        assertEquals(Main.BAD_INPUT, none.exitCode);
        assertTrue(none.err.contains("--all"), none.err);
        Cli csv = Cli.run("test", "quickstart", "--csv", tmp.resolve("no/such/folder/t.csv").toString());
        assertEquals(Main.BAD_INPUT, csv.exitCode);
        assertTrue(csv.err.contains("does not exist"), csv.err);
        Cli scale = Cli.run("test", "quickstart", "--scale", "0");
        assertEquals(Main.BAD_INPUT, scale.exitCode);
        assertTrue(scale.err.contains("--scale"), scale.err);
        Path f = scenario(tmp, "  - {measure: shareLonely, compare: start, direction: lower, why: typo}");
        Cli typo = Cli.run("test", f.toString());
        assertEquals(Main.BAD_INPUT, typo.exitCode);
        assertTrue(typo.err.contains("expect[0].measure: 'shareLonely' is not a recorded measure"), typo.err);
        assertTrue(!typo.err.contains("Exception"), typo.err);
    }

    @Test
    void predictionsAboutDaysAfterAShortenedRunAreNotJudgedAndTheSetValuesAreShown(@TempDir Path tmp)
            throws IOException {
        Path f = scenario(tmp,
                "  - {measure: meanUseMinutes, at: 60d..120d, compare: 1000, direction: lower, why: nobody uses 16 hours}",
                "  - {measure: meanUseMinutes, at: 0d..20d, compare: 1000, direction: lower, why: nobody uses 16 hours}",
                "  - {measure: meanUseMinutes, at: 10d, compare: 50d..60d, direction: within, within: [-1000, 1000],",
                "     why: a window of the run that the shortened run does not reach}");
        Path csv = tmp.resolve("t.csv");
        Cli c = Cli.run("test", f.toString(), "--replications", "2", "--set", "duration=40d", "--csv", csv.toString());
        assertEquals(Main.OK, c.exitCode, c.toString());
        assertTrue(c.out.contains("capped.yaml (600 agents, 2 replications; --set duration=40d)"), c.out);
        assertTrue(c.out.contains("not judged meanUseMinutes at 60d..120d lower than 1000"), c.out);
        assertTrue(c.out.contains("the run ends on day 40"), c.out);
        assertTrue(c.out.contains("1 of 1 predictions pass; 2 not judged (about days after the run ends)"), c.out);
        CsvTable t = CsvTable.read(csv);
        assertEquals(1, t.size(), "only the judged prediction is a row");
        assertEquals("0d..20d", t.text(0, "at"));
        assertEquals("duration=40d", t.text(0, "set"));

        Cli run = Cli.run("run", f.toString(), "--set", "duration=40d", "--out", tmp.resolve("r").toString(), "--no-report");
        assertEquals(Main.OK, run.exitCode, run.toString());
        assertTrue(run.out.contains("not judged meanUseMinutes at 60d..120d lower than 1000"), run.out);
        assertTrue(run.out.contains("pass     meanUseMinutes at 0d..20d lower than 1000"), run.out);
        assertTrue(!run.out.contains("no value"), run.out);
    }

    @Test
    void aRunJudgesThePredictionsItCanAndNamesTheOthers(@TempDir Path tmp) throws IOException {
        Path f = scenario(tmp,
                "  - {measure: meanUseMinutes, at: 60d..120d, compare: 1000, direction: lower, why: nobody uses 16 hours}",
                "  - {measure: meanUseMinutes, at: 60d..120d, compare: without-interventions, direction: lower,",
                "     why: a cap cuts use}");
        Cli c = Cli.run("run", f.toString(), "--out", tmp.resolve("r").toString(), "--no-report");
        assertEquals(Main.OK, c.exitCode, c.toString());
        assertTrue(c.out.contains("pass     meanUseMinutes at 60d..120d lower than 1000"), c.out);
        assertTrue(c.out.contains("1 more compare with other arms"), c.out);
    }

    @Test
    void compareWritesBothArmsTheirDifferenceAndAReport(@TempDir Path tmp) throws IOException {
        Path f = scenario(tmp);
        // Three pairs: with two, a day's t interval is 12.7 times the spread of the pair and a single noisy
        // day can reach across zero, however large the effect.
        Cli c = Cli.run("compare", f.toString(), "--replications", "3", "--out", tmp.resolve("out").toString());
        assertEquals(Main.OK, c.exitCode, c.toString());
        assertTrue(c.out.contains("capped against without-interventions: 3 paired replications"), c.out);
        // Everyone is offered the cap: the participants' rows are shown, the others' (nobody) are not.
        assertTrue(c.out.contains("social media, participants (min)"), c.out);
        assertTrue(!c.out.contains("others (min)"), c.out);
        Path folder;
        try (Stream<Path> s = Files.list(tmp.resolve("out"))) {
            folder = s.findFirst().orElseThrow();
        }
        CsvTable t = CsvTable.read(folder.resolve("compare.csv"));
        boolean sawBefore = false;
        boolean sawAfter = false;
        for (int r = 0; r < t.size(); r++) {
            if (!t.text(r, "measure").equals("meanUseMinutes")) {
                continue;
            }
            double day = t.number(r, "day");
            if (day < 30) {
                sawBefore = true;
                assertEquals(0.0, t.number(r, "difference"), "day " + day);
            } else if (day >= 40) {
                sawAfter = true;
                assertTrue(t.number(r, "high") < 0, "day " + day + ": " + t.number(r, "high"));
            }
        }
        assertTrue(sawBefore && sawAfter);
        assertTrue(Files.exists(folder.resolve("arms/scenario/timeseries-r03.csv")));
        assertTrue(Files.exists(folder.resolve("arms/comparison/timeseries-r01.csv")));
        String report = Files.readString(folder.resolve("report.html"));
        assertTrue(report.contains("capped against without-interventions"), report.substring(0, 400));
        assertTrue(report.contains("both branched from the same world"));
        assertTrue(Files.exists(folder.resolve("charts/compare-meanUseMinutes.svg")));
    }

    @Test
    void aScenarioComparedWithItselfDiffersByExactlyZero(@TempDir Path tmp) throws IOException {
        Path f = scenario(tmp);
        Cli c = Cli.run("compare", f.toString(), "--against", f.toString(), "--replications", "2", "-q", "--no-report",
                "--out", tmp.resolve("out").toString());
        assertEquals(Main.OK, c.exitCode, c.toString());
        Path folder;
        try (Stream<Path> s = Files.list(tmp.resolve("out"))) {
            folder = s.findFirst().orElseThrow();
        }
        CsvTable t = CsvTable.read(folder.resolve("compare.csv"));
        for (int r = 0; r < t.size(); r++) {
            String what = t.text(r, "measure") + " on day " + t.text(r, "day");
            if (Double.isNaN(t.number(r, "scenario"))) {
                // Undefined in both (a mean over no participants before an intervention starts).
                assertTrue(Double.isNaN(t.number(r, "comparison")), what);
            } else {
                assertEquals(0.0, t.number(r, "difference"), what);
            }
        }
    }

    @Test
    void compareSaysWhenThereIsNothingToLeaveOut() {
        Cli c = Cli.run("compare", "quickstart", "--against", "without-events");
        assertEquals(Main.BAD_INPUT, c.exitCode, c.toString());
        assertTrue(c.err.contains("quickstart has no life events to leave out"), c.err);
    }
}
