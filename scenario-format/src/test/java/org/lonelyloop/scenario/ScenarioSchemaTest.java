package org.lonelyloop.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The published schema is current, and an independent validator (networknt) agrees with the
 * loader: every bundled scenario and every explained scenario passes it, mistyped keys and
 * out-of-range values fail it.
 */
class ScenarioSchemaTest {
    private static final Path PUBLISHED = Path.of("..", "docs", "scenario.schema.json");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static JsonSchema schema() {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(ScenarioSchema.generate());
    }

    private static Set<ValidationMessage> validate(String yaml) throws IOException {
        JsonNode tree = YAML.readTree(yaml);
        return schema().validate(tree);
    }

    @Test
    void thePublishedSchemaIsTheGeneratedOne() throws IOException {
        if (Boolean.getBoolean("lonelyloop.updateGolden")) {
            Files.writeString(PUBLISHED, ScenarioSchema.json(), StandardCharsets.UTF_8);
        }
        assertEquals(ScenarioSchema.json(), Files.readString(PUBLISHED, StandardCharsets.UTF_8),
                "docs/scenario.schema.json is stale: run 'lonelyloop schema --out docs/scenario.schema.json'");
    }

    @Test
    void everyBundledScenarioFileValidates() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("..", "scenarios"))) {
            List<Path> yaml = files.filter(p -> p.toString().endsWith(".yaml") && !p.toString().contains("targets")
                    && !p.toString().contains("target" + java.io.File.separator)).collect(Collectors.toList());
            assertTrue(yaml.size() > 20);
            for (Path f : yaml) {
                assertEquals(Set.of(), validate(Files.readString(f)), f.toString());
            }
        }
    }

    @Test
    void theExplainedDefaultsValidate() throws IOException {
        assertEquals(Set.of(), validate(ScenarioYaml.write(Scenario.defaults())));
    }

    @Test
    void mistakesTheLoaderRejectsTheSchemaRejectsToo() throws IOException {
        assertFalse(validate("name: x\npopualtion: {size: 10}\n").isEmpty(), "unknown key");
        assertFalse(validate("name: x\npopulation: {size: 0}\n").isEmpty(), "out of range");
        assertFalse(validate("name: x\nduration: 2 months\n").isEmpty(), "malformed duration");
        assertFalse(validate("name: x\ninterventions: [{type: usage-capp}]\n").isEmpty(), "unknown intervention type");
        assertTrue(validate("name: x\ninterventions: [{type: usage-cap, limits: [2h, 90m]}]\n").isEmpty());
    }
}
