package org.lonelyloop.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.params.KeyPaths;
import org.lonelyloop.model.params.Records;

/**
 * The typed key-path setter over every bundled scenario: each key set to the value it has gives
 * the same record; a value set typed gives what the same value set as text ({@code --set}) gives;
 * a value out of range, of another kind or at a path that does not exist is refused by name; and the
 * model's part of a scenario takes a value at the same path as the scenario does.
 */
class KeyPathsTest {
    @Test
    void settingEveryKeyOfEveryBundledScenarioToItsValueChangesNothing() throws Exception {
        int checked = 0;
        for (String name : BundledScenarios.names()) {
            Scenario s = ScenarioLoader.load(ScenarioSource.bundled(name)).scenario();
            List<String> paths = KeyPaths.leafPaths(s);
            assertTrue(paths.size() > 100, name + ": " + paths.size() + " keys");
            for (String path : paths) {
                assertEquals(s, KeyPaths.with(s, path, Records.get(s, path)), name + ": " + path);
                checked++;
            }
        }
        assertTrue(checked > 1000, "keys checked: " + checked);
    }

    @Test
    void aTypedValueGivesWhatTheSameValueTypedByAPersonGives() throws Exception {
        Scenario s = ScenarioLoader.load(ScenarioSource.bundled("quickstart")).scenario();
        Map<String, Object> typed = new LinkedHashMap<>();
        typed.put("pathways.compensation.strength", 0.37);
        typed.put("population.size", 1234);
        typed.put("duration", Days.years(3));
        typed.put("contact.acceptProbability", 0.61);
        Scenario byText = ScenarioLoader.override(s, List.of("pathways.compensation.strength=0.37", "population.size=1234",
                "duration=3y", "contact.acceptProbability=0.61"));
        assertEquals(byText, KeyPaths.with(s, typed));
        assertEquals(1234, KeyPaths.with(s, "population.size", 1234.0).population().size(), "a whole double is a count");
    }

    @Test
    void aWrongPathKindOrRangeIsRefusedByName() throws Exception {
        Scenario s = ScenarioLoader.load(ScenarioSource.bundled("quickstart")).scenario();
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> KeyPaths.with(s, "pathways.compensaton.strength", 0.3)).getMessage()
                .startsWith("pathways.compensaton: no such key"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> KeyPaths.with(s, "population.size", 10.5)).getMessage().contains("population.size: expects int"));
        String range = assertThrows(IllegalArgumentException.class, () -> KeyPaths.with(s, "population.size", -5))
                .getMessage();
        assertTrue(range.contains("population.size") && range.contains("-5"), range);
    }

    @Test
    void theModelsPartTakesAValueAtTheSamePathAsTheScenario() throws Exception {
        Scenario s = ScenarioLoader.load(ScenarioSource.bundled("nl-adults")).scenario();
        int checked = 0;
        for (String path : KeyPaths.leafPaths(s.model())) {
            if (path.equals("recordEvery")) {
                continue;
            }
            Object v = Records.get(s, path);
            Object changed = v instanceof Boolean b ? !b : v;
            assertEquals(KeyPaths.with(s, path, changed).model(), KeyPaths.with(s.model(), path, changed), path);
            checked++;
        }
        assertTrue(checked > 100, "keys checked: " + checked);
        assertEquals(s.outputs().every(), s.model().recordEvery());
        assertEquals(org.lonelyloop.model.ModelParams.defaults(), Scenario.defaults().model(),
                "the model's defaults are said once");
    }

    @Test
    void everyKeyTypedByAPersonAsTheValueItHasChangesNothing() throws Exception {
        int checked = 0;
        for (String name : BundledScenarios.names()) {
            Scenario s = ScenarioLoader.load(ScenarioSource.bundled(name)).scenario();
            List<String> paths = new java.util.ArrayList<>(KeyPaths.leafPaths(s));
            List<String> items = new java.util.ArrayList<>();
            for (String list : List.of("interventions", "events", "groups", "expect")) {
                List<?> values = (List<?>) Records.get(s, list);
                for (int i = 0; i < values.size(); i++) {
                    items.add(list + "[" + i + "]");
                    for (String leaf : KeyPaths.leafPaths((Record) values.get(i))) {
                        paths.add(list + "[" + i + "]." + leaf);
                    }
                }
            }
            List<String> sets = new java.util.ArrayList<>();
            for (String path : paths) {
                sets.add(path + "=" + ScenarioYaml.writeValue(KeyPaths.get(s, path)).strip());
            }
            for (String set : sets) {
                assertEquals(s, ScenarioLoader.override(s, List.of(set)), name + ": --set " + set);
            }
            for (String item : items) {
                String flow = ScenarioYaml.writeValue(KeyPaths.get(s, item)).strip().replace("\n", "\n  ");
                String set = item + "=" + toFlow(KeyPaths.get(s, item));
                assertEquals(s, ScenarioLoader.override(s, List.of(set)), name + ": --set " + set + "\n" + flow);
            }
            assertEquals(s, ScenarioLoader.override(s, sets), name + ": all at once");
            checked += sets.size() + items.size();
        }
        assertTrue(checked > 1500, "keys checked: " + checked);
    }

    /** A list item written as a person writes it after --set: one line, in YAML's flow style. */
    private static String toFlow(Object item) {
        return com.fasterxml.jackson.databind.json.JsonMapper.builder().build()
                .valueToTree(ScenarioYaml.toTree(item)).toString();
    }

    @Test
    void aListItemSetByTextIsTheItemSetTyped() throws Exception {
        Scenario s = ScenarioLoader.load(ScenarioSource.bundled("interventions/usage-cap")).scenario();
        Scenario byText = ScenarioLoader.override(s, List.of("interventions[0].coverage=0.35",
                "interventions[0].start=20d"));
        assertEquals(KeyPaths.with(s, Map.of("interventions[0].coverage", 0.35, "interventions[0].start", Days.of(20))),
                byText);
    }
}
