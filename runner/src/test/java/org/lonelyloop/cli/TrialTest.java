package org.lonelyloop.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lonelyloop.table.CsvTable;

/** Simulated randomised trials: arms, follow-ups, estimates, and the common random numbers. */
class TrialTest {
    private static final String[] SMALL = {"--set", "population.size=2500", "--set", "burnIn=60d",
        "--set", "experiment.trial.size=1200", "--set", "experiment.trial.day=2w", "--set",
        "experiment.trial.duration=4w", "--set", "experiment.trial.followUps=[2w, 6w]", "-q"};

    private static Path trial(Path out, String intervention, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("trial", "quickstart", "--out", out.toString(), "--set",
                "interventions=[" + intervention + "]"));
        args.addAll(List.of(SMALL));
        args.addAll(List.of(more));
        Cli c = Cli.run(args.toArray(new String[0]));
        assertEquals(0, c.exitCode, c.toString());
        try (Stream<Path> s = Files.list(out)) {
            return s.findFirst().orElseThrow();
        }
    }

    private static int row(CsvTable t, String outcome, int wave, String subgroup, String estimator) {
        for (int r = 0; r < t.size(); r++) {
            if (t.text(r, "outcome").equals(outcome) && (int) t.number(r, "wave") == wave
                    && t.text(r, "subgroup").equals(subgroup) && t.text(r, "estimator").equals(estimator)) {
                return r;
            }
        }
        throw new AssertionError("no row " + outcome + " " + wave + " " + subgroup + " " + estimator);
    }

    @Test
    void aStrictLimitCutsUseInTheTreatmentArmAndTheWorldsAgreeOnIt(@TempDir Path tmp) throws IOException {
        Path folder = trial(tmp.resolve("t"), "{type: usage-cap, limits: [30m], adherence: 1}",
                "--set", "experiment.trial.treatedShare=0.3");
        CsvTable e = CsvTable.read(folder.resolve("trial-effects.csv"));
        int during = row(e, "useMinutes", 1, "all", "itt");
        assertEquals(360, (int) e.number(during, "treated"), "exactly 30 % of 1,200 randomised to treatment");
        assertEquals(840, (int) e.number(during, "control"));
        assertTrue(e.number(during, "high") < -20, "use falls during the limit: " + e.number(during, "effect"));
        assertTrue(e.number(during, "p") < 0.001);
        assertTrue(e.number(during, "d") < -0.5);
        int cf = row(e, "useMinutes", 1, "all", "counterfactual");
        double ittWidth = e.number(during, "high") - e.number(during, "low");
        double cfWidth = e.number(cf, "high") - e.number(cf, "low");
        assertTrue(e.number(cf, "effect") < -20, "the counterfactual agrees on the direction");
        assertTrue(cfWidth < ittWidth, "common random numbers narrow the interval: " + cfWidth + " vs " + ittWidth);
        int third = row(e, "useMinutes", 1, "upperThird", "itt");
        assertTrue(e.number(third, "treated") + e.number(third, "control") >= 399
                && e.number(third, "treated") + e.number(third, "control") <= 401, "terciles split the sample");

        CsvTable m = CsvTable.read(folder.resolve("trial.csv"));
        assertEquals(1200 * 3 * 2, m.size(), "every participant, baseline and two follow-ups, in both worlds");
        assertEquals(List.of("id", "arm", "wave", "day", "world", "lonelinessScore", "trueLoneliness", "useMinutes",
                "depression"), m.header());
        assertEquals("13", m.text(0, "day"), "baseline is the day before randomisation");

        String report = Files.readString(folder.resolve("report.html"));
        assertTrue(report.contains("Effects on the change from baseline"), "the trial's report");
        assertTrue(report.contains("below zero means the treated became less lonely"), "which sign is beneficial");
        for (String chart : List.of("trial-lonelinessScore", "trial-useMinutes", "trial-depression", "trial-subgroups")) {
            assertTrue(Files.size(folder.resolve("charts/" + chart + ".png")) > 5000, chart);
            assertTrue(report.contains("id=\"" + chart + "\""), chart + " is in the report");
        }
    }

    @Test
    void aTreatmentThatDoesNothingHasNoCounterfactualEffectAtAll(@TempDir Path tmp) throws IOException {
        // A limit of a whole day never binds: the two worlds stay identical, draw for draw.
        CsvTable e = CsvTable.read(trial(tmp.resolve("p"), "{type: usage-cap, limits: [24h], adherence: 1}")
                .resolve("trial-effects.csv"));
        int tests = 0;
        double smallest = 1;
        for (int r = 0; r < e.size(); r++) {
            if (e.text(r, "estimator").equals("counterfactual")) {
                assertEquals(0.0, e.number(r, "effect"), 0.0, "row " + r);
            } else {
                tests++;
                smallest = Math.min(smallest, e.number(r, "p"));
            }
        }
        // The arm differences are chance: the outcomes, waves and terciles overlap, so a few of them
        // may pass 0.05 together; none survives a Bonferroni correction over all of them.
        assertEquals(24, tests);
        assertTrue(smallest >= 0.05 / tests, "an arm difference is chance: smallest p " + smallest);
    }

    @Test
    void theResultsDoNotDependOnTheThreadCount(@TempDir Path tmp) throws IOException {
        String cap = "{type: usage-cap, limits: [1h], adherence: 0.8}";
        Path one = trial(tmp.resolve("one"), cap, "--threads", "1");
        Path two = trial(tmp.resolve("two"), cap, "--threads", "2");
        for (String f : List.of("trial.csv", "trial-effects.csv")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f);
        }
    }

    @Test
    void aScenarioWithoutATrialOrWithAWrongInterventionIsNamed() {
        Cli none = Cli.run("trial", "quickstart");
        assertEquals(2, none.exitCode, none.toString());
        assertTrue(none.err.contains("quickstart has no trial"), none.err);
        Cli wrong = Cli.run("trial", "quickstart", "--set", "experiment.trial.size=100");
        assertEquals(2, wrong.exitCode, wrong.toString());
        assertTrue(wrong.err.contains("experiment.trial.intervention: 0 names no intervention; the scenario lists 0"),
                wrong.err);
        Cli follow = Cli.run("trial", "quickstart", "--set", "experiment.trial.followUps=[]");
        assertEquals(2, follow.exitCode, follow.toString());
        assertTrue(follow.err.contains("experiment.trial.followUps: needs at least one follow-up"), follow.err);
    }
}
