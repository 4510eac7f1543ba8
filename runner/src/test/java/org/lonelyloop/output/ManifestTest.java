package org.lonelyloop.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lonelyloop.scenario.BundledScenarios;
import org.lonelyloop.scenario.LoadedScenario;
import org.lonelyloop.scenario.ScenarioException;
import org.lonelyloop.scenario.ScenarioLoader;
import org.lonelyloop.scenario.ScenarioSource;

/** A manifest gives back the typed scenario it was written with, and says so when it cannot. */
class ManifestTest {
    @TempDir
    Path tmp;

    static Stream<String> bundled() {
        return BundledScenarios.names().stream();
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void everyBundledScenarioReadsBackAsTheRecordThatRan(String name) throws Exception {
        LoadedScenario loaded = ScenarioLoader.load(ScenarioSource.bundled(name));
        Manifest.write(tmp, loaded, 7, 2, "test", "abc", Instant.EPOCH, Instant.EPOCH, List.of(),
                Map.of("trialTreated", "12"));
        Manifest.Contents back = Manifest.read(tmp);
        assertEquals(loaded.scenario(), back.scenario());
        assertEquals(7, back.seed());
        assertEquals("abc", back.commit());
        assertEquals("12", back.extra("trialTreated", "none"));
        assertEquals("none", back.extra("comparedWith", "none"));
    }

    @Test
    void aScenarioThatNoLongerBindsNamesTheManifest() throws Exception {
        Manifest.write(tmp, ScenarioLoader.load(ScenarioSource.bundled("quickstart")), 1, 1, "test", "abc",
                Instant.EPOCH, Instant.EPOCH, List.of());
        Path file = tmp.resolve(Manifest.FILE);
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8)
                .replace("\"population\" : {", "\"population\" : {\n    \"retiredKey\" : 1,"), StandardCharsets.UTF_8);
        ScenarioException e = assertThrows(ScenarioException.class, () -> Manifest.read(tmp));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("retiredKey"), e.getMessage());
    }
}
