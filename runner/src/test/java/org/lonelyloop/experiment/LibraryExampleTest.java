package org.lonelyloop.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lonelyloop.model.Checkpoint;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.RuntimeChanges;
import org.lonelyloop.model.params.KeyPaths;
import org.lonelyloop.scenario.Scenario;
import org.lonelyloop.scenario.ScenarioLoader;

/**
 * The example of docs/research.md ("From Java: the model as a library"), run as it is printed
 * there: if this test has to change, so does the page.
 */
class LibraryExampleTest {
    @Test
    void theDocumentedExampleRunsAsDescribed() throws Exception {
        // --- as in docs/research.md ---
        Scenario s = ScenarioLoader.load(ScenarioLoader.locate("quickstart")).scenario();
        s = KeyPaths.with(s, "population.size", 1000);
        LonelyLoop model = LonelyLoop.create(s.model(), 7, 2);
        List<double[]> lonely = new ArrayList<>();
        LonelyLoop[] nudged = new LonelyLoop[1];
        int[] half = java.util.stream.IntStream.range(0, 500).toArray();
        model.addObserver(r -> lonely.add(new double[] {r.day(), r.get("meanLoneliness")}));
        new RunEngine(model).with(new RunEngine.Hook() {
            @Override
            public void before(RunEngine run, int day) {
                if (day == 100) {
                    // A copy of the world, the same until now, with half the people a little lonelier.
                    nudged[0] = Checkpoint.copy(run.model());
                    RuntimeChanges.of(nudged[0]).nudgeLoneliness(half, 0.5);
                    run.alongside(nudged[0]);
                }
            }
        }).run();
        double difference = nudged[0].agent(0).getLoneliness() - model.agent(0).getLoneliness();
        // --- end of the example ---
        assertEquals(s.duration().count(), model.day());
        assertEquals(model.day(), nudged[0].day(), "the copy ran day for day beside the model");
        assertEquals(s.duration().count(), lonely.size(), "quickstart records every day");
        assertTrue(difference != 0, "the nudged person is another person by the end: " + difference);
    }

    /** The page prints exactly the lines between the markers above. */
    @Test
    void thePageShowsTheExampleThisTestRuns() throws Exception {
        String page = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "research.md"));
        int from = page.indexOf("```java\nScenario s = ScenarioLoader");
        assertTrue(from >= 0, "docs/research.md shows the example");
        String shown = page.substring(from + "```java\n".length(), page.indexOf("```", from + 8)).stripTrailing();
        String source = java.nio.file.Files.readString(
                java.nio.file.Path.of("src/test/java/org/lonelyloop/experiment/LibraryExampleTest.java"));
        String begin = "// --- as in docs/research.md ---\n";
        String run = source.substring(source.indexOf(begin) + begin.length(),
                source.indexOf("        // --- end of the example ---"));
        String unindented = run.lines().map(l -> l.length() >= 8 ? l.substring(8) : l.strip())
                .collect(java.util.stream.Collectors.joining("\n")).stripTrailing();
        assertEquals(unindented, shown);
    }
}
