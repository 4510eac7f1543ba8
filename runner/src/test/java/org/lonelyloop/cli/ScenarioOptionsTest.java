package org.lonelyloop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioOptionsTest {
    @Test
    void aFolderNameCarriesTheSetValuesShortly() {
        assertEquals("nl-adults", ScenarioOptions.folderName("nl-adults", List.of()));
        assertEquals("nl-adults-size3000-strength0.2", ScenarioOptions.folderName("nl-adults",
                List.of("population.size=3000", "pathways.compensation.strength=0.2")));
        String many = ScenarioOptions.folderName("q", List.of("a.b=111111111111111111111", "c.d=222222222222222222222",
                "e.f=333333333333333333333"));
        assertEquals(1 + 48, many.length(), many);
        assertTrue(many.startsWith("q-b111"), many);
    }

    @Test
    void aRunsFolderIsNamedAfterItsSetValues(@TempDir Path tmp) throws Exception {
        Cli c = Cli.run("run", "quickstart", "--set", "population.size=100", "--set", "duration=3d", "--set", "burnIn=2d",
                "--no-report", "-q", "--out", tmp.toString());
        assertEquals(Main.OK, c.exitCode, c.toString());
        try (Stream<Path> s = Files.list(tmp)) {
            String name = s.findFirst().orElseThrow().getFileName().toString();
            assertTrue(name.startsWith("quickstart-size100-duration3d-burnIn2d-2"), name);
        }
    }
}
