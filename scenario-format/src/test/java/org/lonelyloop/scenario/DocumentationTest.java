package org.lonelyloop.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lonelyloop.model.observe.Column;
import org.lonelyloop.model.observe.DailyMetrics;
import org.lonelyloop.model.params.Catalog;

/** The documentation names every parameter and every output column the code has. */
class DocumentationTest {
    private static String read(String doc) throws IOException {
        return Files.readString(Path.of("..", "docs", doc));
    }

    @Test
    void oddListsEveryParameterInATableRow() throws IOException {
        String odd = read("ODD.md");
        List<String> missing = new ArrayList<>();
        for (Catalog.Entry e : Catalog.of(Scenario.defaults())) {
            if (!e.path().equals("name") && !e.path().equals("description") && !odd.contains("| `" + e.path() + "` |")) {
                missing.add(e.path());
            }
        }
        assertEquals(List.of(), missing, "parameters missing from docs/ODD.md section 8");
    }

    @Test
    void scenariosDocumentsEveryInterventionTypeAndItsKeys() throws IOException {
        String doc = read("scenarios.md");
        List<String> missing = new ArrayList<>();
        for (var e : org.lonelyloop.model.intervention.InterventionTypes.all().entrySet()) {
            if (!doc.contains("### `" + e.getKey() + "`")) {
                missing.add(e.getKey());
            }
            for (var c : e.getValue().getRecordComponents()) {
                if (!doc.contains("`" + c.getName() + "`")) {
                    missing.add(e.getKey() + "." + c.getName());
                }
            }
        }
        for (var c : org.lonelyloop.model.state.TargetGroup.class.getRecordComponents()) {
            if (!doc.contains("| `" + c.getName() + "` |")) {
                missing.add("target." + c.getName());
            }
        }
        assertEquals(List.of(), missing, "missing from docs/scenarios.md");
    }

    @Test
    void outputsDocumentsEveryTimeSeriesColumn() throws IOException {
        String outputs = read("outputs.md");
        List<String> missing = new ArrayList<>();
        for (Column c : DailyMetrics.columns()) {
            if (!outputs.contains("| `" + c.name() + "` |")) {
                missing.add(c.name());
            }
        }
        assertEquals(List.of(), missing, "columns missing from docs/outputs.md");
    }
}
