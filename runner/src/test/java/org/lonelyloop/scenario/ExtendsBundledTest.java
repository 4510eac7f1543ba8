package org.lonelyloop.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lonelyloop.model.params.Days;

/** A researcher's own scenario file builds on the bundled library (the bundled files are on this class path). */
class ExtendsBundledTest {
    @Test
    void aUserFileExtendsABundledScenarioByNameUnlessAFileOfThatNameLiesBesideIt(@TempDir Path tmp) throws Exception {
        for (String ext : new String[] {"nl-adults", "nl-adults.yaml", "bundled:nl-adults"}) {
            Path mine = Files.writeString(tmp.resolve("mine.yaml"), "extends: " + ext + "\nname: mine\npopulation:\n"
                    + "  size: 500\n");
            LoadedScenario loaded = ScenarioLoader.load(ScenarioSource.file(mine));
            assertEquals(500, loaded.scenario().population().size(), ext);
            assertEquals(Days.years(9).count(), loaded.scenario().duration().count(), ext + ": nl-adults' nine years");
            assertEquals(List.of(mine.toString(), "bundled:nl-adults.yaml"), loaded.sources(), ext);
        }
        Path local = Files.writeString(tmp.resolve("nl-adults.yaml"), "name: local\nduration: 3y\n");
        Path mine = Files.writeString(tmp.resolve("mine.yaml"), "extends: nl-adults.yaml\nname: mine\n");
        assertEquals(Days.years(3).count(), ScenarioLoader.load(ScenarioSource.file(mine)).scenario().duration().count(),
                "a file beside it comes first: " + local);
    }
}
