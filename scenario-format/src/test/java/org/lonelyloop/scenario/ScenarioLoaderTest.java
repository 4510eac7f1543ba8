package org.lonelyloop.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lonelyloop.model.params.Days;

class ScenarioLoaderTest {
    private static final Path INVALID = Path.of("src/test/resources/invalid");
    private static final Path VALID = Path.of("src/test/resources/valid");

    static Stream<String> invalidFiles() throws IOException {
        try (Stream<Path> files = Files.list(INVALID)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted()
                    .collect(Collectors.toList()).stream();
        }
    }

    /** Each invalid file has a golden .expected file holding the exact problems, one per line. */
    @ParameterizedTest
    @MethodSource("invalidFiles")
    void invalidScenarioGivesItsExactMessages(String file) throws IOException {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load(ScenarioSource.file(INVALID.resolve(file))));
        Path expected = INVALID.resolve(file.replace(".yaml", ".expected"));
        String actual = e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n")) + "\n";
        if (Boolean.getBoolean("lonelyloop.updateGolden")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual);
    }

    @Test
    void aScenarioStatesOnlyWhatDiffersFromTheDefaults() throws Exception {
        Scenario s = ScenarioLoader.load(ScenarioSource.file(VALID.resolve("base.yaml"))).scenario();
        Scenario d = Scenario.defaults();
        assertEquals(500, s.population().size());
        assertEquals(Days.weeks(8), s.duration());
        assertEquals(0.25, s.pathways().compensation().strength());
        assertEquals(d.pathways().compensation().anxietyWeight(), s.pathways().compensation().anxietyWeight());
        assertEquals(d.contact(), s.contact());
    }

    @Test
    void extendsInheritsAndTheChildWins() throws Exception {
        LoadedScenario l = ScenarioLoader.load(ScenarioSource.file(VALID.resolve("child.yaml")));
        Scenario s = l.scenario();
        assertEquals("child", s.name());
        assertEquals(800, s.population().size());
        assertEquals(20, s.population().minAge());
        assertEquals(0.25, s.pathways().compensation().strength());
        assertEquals(2, l.sources().size());
    }

    @Test
    void setOverridesAnyFieldAndIsRecorded() throws Exception {
        LoadedScenario l = ScenarioLoader.load(ScenarioSource.file(VALID.resolve("child.yaml")),
                List.of("pathways.compensation.strength=-0.5", "duration=3y", "population.dispositions.socialSd=0.2"));
        assertEquals(-0.5, l.scenario().pathways().compensation().strength());
        assertEquals(Days.years(3), l.scenario().duration());
        assertEquals(0.2, l.scenario().population().dispositions().socialSd().get(6));
        assertEquals(3, l.overrides().size());
    }

    @Test
    void aMapSetOverASectionChangesOnlyTheKeysItNames() throws Exception {
        LoadedScenario plain = ScenarioLoader.load(ScenarioSource.file(VALID.resolve("child.yaml")));
        LoadedScenario l = ScenarioLoader.load(ScenarioSource.file(VALID.resolve("child.yaml")),
                List.of("pathways.compensation={strength: -0.5}", "population={}"));
        assertEquals(-0.5, l.scenario().pathways().compensation().strength());
        assertEquals(plain.scenario().pathways().compensation().enabled(), l.scenario().pathways().compensation().enabled());
        assertEquals(plain.scenario().population(), l.scenario().population());
    }

    @Test
    void aSetWhoseKeyPathIsMalformedIsRefusedWithTheForm() {
        for (String bad : List.of("population.=5", "population.size[=5", "[0]=1", "a..b=1", "seed[x]=1", "p q=1")) {
            ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(
                    ScenarioSource.file(VALID.resolve("base.yaml")), List.of(bad)), bad);
            assertEquals("--set " + bad + ": '" + bad.substring(0, bad.indexOf('=')) + "' is not a key path: write "
                    + "names joined by dots, list items as [n], e.g. interventions[0].coverage",
                    e.problems().get(0).toString());
        }
    }

    @Test
    void setWithAnUnknownKeyIsReportedAgainstTheOverride() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(
                ScenarioSource.file(VALID.resolve("base.yaml")), List.of("pathways.compensaton.strength=1")));
        assertEquals("--set pathways.compensaton.strength=1: pathways.compensaton: unknown key 'compensaton'; "
                + "did you mean 'compensation'?", e.problems().get(0).toString());
    }

    @Test
    void writtenScenarioLoadsBackEqual(@TempDir Path dir) throws Exception {
        Scenario s = ScenarioLoader.load(ScenarioSource.file(VALID.resolve("child.yaml"))).scenario();
        Path out = dir.resolve("explained.yaml");
        Files.writeString(out, ScenarioYaml.write(s));
        assertEquals(s, ScenarioLoader.load(ScenarioSource.file(out)).scenario());
    }

    @Test
    void theDefaultsThemselvesLoadBackEqual(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("defaults.yaml");
        Files.writeString(out, ScenarioYaml.write(Scenario.defaults()));
        assertEquals(Scenario.defaults(), ScenarioLoader.load(ScenarioSource.file(out)).scenario());
    }

    @Test
    void aFileThisUserMayNotReadSaysPermissionDenied() {
        // Built by hand: tests may run as root, for whom no mode bits deny a read.
        ScenarioSource locked = new ScenarioSource() {
            @Override
            public String displayName() {
                return "shared/locked.yaml";
            }

            @Override
            public String identity() {
                return displayName();
            }

            @Override
            public String read() throws IOException {
                throw new java.nio.file.AccessDeniedException(displayName());
            }

            @Override
            public ScenarioSource resolve(String relative) {
                throw new IllegalArgumentException("not used");
            }

            @Override
            public String baseName() {
                return "locked";
            }
        };
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(locked, List.of()));
        assertEquals("shared/locked.yaml: permission denied: this user may not read the file (see its owner and mode "
                + "with ls -l)", e.problems().get(0).toString());
    }

    @Test
    void aMissingFileIsNamed() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load(ScenarioSource.file(Path.of("no/such/scenario.yaml"))));
        assertEquals("no/such/scenario.yaml: no such file", e.problems().get(0).toString());
    }

    @org.junit.jupiter.api.Test
    void filesThatAreNoScenarioTextAreRefusedBeforeTheyAreRead(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws IOException {
        Path big = tmp.resolve("big.yaml");
        Files.writeString(big, "description: " + "a".repeat((int) ScenarioSource.MAX_BYTES) + "\n");
        Path latin1 = tmp.resolve("latin1.yaml");
        Files.write(latin1, new byte[] {'n', 'a', 'm', 'e', ':', ' ', 'c', 'a', 'f', (byte) 0xE9, '\n'});
        for (Object[] c : new Object[][] {{big, "a scenario file is at most 1024 KB"},
            {latin1, "not UTF-8 text; save the file as UTF-8"}, {tmp, "not a regular file"},
            {Path.of("/dev/zero"), "not a regular file"}}) {
            Path file = (Path) c[0];
            if (!Files.exists(file)) {
                continue;
            }
            ScenarioException e = assertThrows(ScenarioException.class,
                    () -> ScenarioLoader.load(ScenarioSource.file(file)));
            String message = e.problems().get(0).toString();
            org.junit.jupiter.api.Assertions.assertTrue(message.contains((String) c[1]), message);
        }
    }
}
