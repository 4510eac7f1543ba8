package org.lonelyloop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.lonelyloop.scenario.BundledScenarios;
import org.lonelyloop.table.CsvTable;

/**
 * Every bundled scenario's stated predictions, checked at 1,000 agents on every build: a model
 * change that breaks a claim a scenario makes is seen at once. The table is kept in
 * target/bundled-predictions.csv.
 */
class BundledPredictionsIT {
    @Test
    void everyBundledPredictionIsBorneOutOrMarkedAsNot() throws Exception {
        Path csv = Path.of("target", "bundled-predictions.csv").toAbsolutePath();
        Files.createDirectories(csv.getParent());
        Cli c = Cli.run("test", "--all", "--max-agents", "1000", "--csv", csv.toString());
        System.out.println(c.out);
        assertEquals(Main.OK, c.exitCode, c.toString());
        CsvTable t = CsvTable.read(csv);
        int scenarios = (int) java.util.stream.IntStream.range(0, t.size()).mapToObj(r -> t.text(r, "scenario"))
                .distinct().count();
        assertEquals(BundledScenarios.names().size(), scenarios, "every bundled scenario states predictions");
        assertTrue(t.size() >= 2 * scenarios, "about two predictions or more per scenario, was " + t.size());
    }
}
