package org.lonelyloop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lonelyloop.experiment.RunEngine;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.scenario.BundledScenarios;
import org.lonelyloop.scenario.Scenario;
import org.lonelyloop.scenario.ScenarioLoader;
import org.lonelyloop.scenario.ScenarioSource;

/** Every bundled scenario validates, explains into YAML that loads back equal, and runs. */
class BundledScenariosTest {
    static Stream<String> bundled() {
        return BundledScenarios.names().stream();
    }

    @Test
    void theLibraryHasWhatTheIssueAsksFor() {
        List<String> names = BundledScenarios.names();
        for (String n : List.of("quickstart", "nl-adults", "classroom", "town", "national", "hypotheses/compensation-only",
                "hypotheses/displacement-only", "hypotheses/rich-get-richer", "hypotheses/comparison-driven",
                "hypotheses/full-loop", "interventions/stepped-goal", "interventions/combination")) {
            assertTrue(names.contains(n), n + " is bundled");
        }
        for (String type : org.lonelyloop.model.intervention.InterventionTypes.all().keySet()) {
            assertTrue(names.contains("interventions/" + type), "a scenario for " + type);
        }
        assertFalse(names.stream().anyMatch(n -> n.startsWith("targets/")), "targets files are not scenarios");
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void explainsIntoYamlThatLoadsBackEqual(String name, @TempDir Path dir) throws Exception {
        Scenario s = ScenarioLoader.load(ScenarioSource.bundled(name)).scenario();
        Cli c = Cli.run("explain", name);
        assertEquals(0, c.exitCode, c.toString());
        assertFalse(c.out.contains("!<"), "no YAML tags in explain output");
        Path f = dir.resolve("explained.yaml");
        Files.writeString(f, c.out);
        assertEquals(s, ScenarioLoader.load(ScenarioSource.file(f)).scenario());
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void runsBriefly(String name) throws Exception {
        Scenario full = ScenarioLoader.load(ScenarioSource.bundled(name)).scenario();
        // Life events later than the shortened run would be refused (they could never happen);
        // LifeEventsTest and LifeEventOutputTest run them.
        boolean laterEvents = full.events().stream().anyMatch(e -> e.day().count() >= 21);
        List<String> shorter = new java.util.ArrayList<>(List.of("population.size=" + Math.min(400,
                full.population().size()), "burnIn=30d", "duration=21d"));
        if (laterEvents) {
            shorter.add("events=[]");
        }
        Scenario s = ScenarioLoader.override(full, shorter);
        LonelyLoop m = LonelyLoop.create(s.model(), 1, 2);
        new RunEngine(m).run();
        assertEquals(21, m.day());
        assertTrue(m.latest().get("meanLoneliness") > 0);
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void statesWhatItPredictsAndWhy(String name) throws Exception {
        Scenario s = ScenarioLoader.load(ScenarioSource.bundled(name)).scenario();
        assertTrue(!s.expect().isEmpty(), name + " states no predictions (expect:)");
        for (org.lonelyloop.scenario.Expectation e : s.expect()) {
            assertTrue(e.why().length() > 40, name + ": say why, with a source: " + e.why());
        }
    }

    @Test
    void validateReportsEveryBundledScenarioOk() {
        Cli c = Cli.run(Stream.concat(Stream.of("validate"), bundled()).toArray(String[]::new));
        assertEquals(0, c.exitCode, c.toString());
        assertEquals(BundledScenarios.names().size(), c.out.lines().filter(l -> l.startsWith("ok: ")).count());
    }

    @Test
    void listShowsEveryBundledScenarioWithItsQuestion() {
        Cli c = Cli.run("list");
        assertEquals(0, c.exitCode);
        assertTrue(c.out.contains("classroom") && c.out.contains("Can a class watch a vicious cycle form"), c.out);
    }
}
