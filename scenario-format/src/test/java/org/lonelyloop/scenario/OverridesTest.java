package org.lonelyloop.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lonelyloop.model.event.LifeEventSpec;
import org.lonelyloop.model.intervention.InterventionTypes;
import org.lonelyloop.model.intervention.PhoneOff;
import org.lonelyloop.model.intervention.UsageCap;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.params.KeyPaths;

/**
 * {@code --set} text applied to a scenario record: list items by index, whole lists and items laid
 * over their type's defaults as in a file, a map over a section, an open end, and every problem
 * named at the override that caused it, with the checks that span sections run on the result.
 */
class OverridesTest {
    private static final Scenario WITH_CAP = Scenario.defaults()
            .withInterventions(List.of(InterventionTypes.defaults("usage-cap")));

    private static String problems(List<String> sets) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.override(WITH_CAP, sets));
        return e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void aWholeListIsLaidOverEachTypesDefaults() throws Exception {
        Scenario s = ScenarioLoader.override(WITH_CAP, List.of(
                "interventions=[{type: phone-off, start: 30d}, {type: usage-cap, coverage: 0.5}]"));
        PhoneOff.Params off = (PhoneOff.Params) s.interventions().get(0);
        assertEquals(Days.of(30), off.start());
        assertEquals(((PhoneOff.Params) InterventionTypes.defaults("phone-off")).adherence(), off.adherence());
        UsageCap.Params cap = (UsageCap.Params) s.interventions().get(1);
        assertEquals(0.5, cap.coverage());
        assertEquals(((UsageCap.Params) InterventionTypes.defaults("usage-cap")).limits(), cap.limits());
    }

    @Test
    void anItemIsReplacedWholeAndAMapOverASectionInsideItChangesOnlyWhatItNames() throws Exception {
        Scenario s = ScenarioLoader.override(WITH_CAP, List.of("interventions[0]={type: hobby}"));
        assertEquals(InterventionTypes.defaults("hobby"), s.interventions().get(0));
        UsageCap.Params before = (UsageCap.Params) WITH_CAP.interventions().get(0);
        Scenario t = ScenarioLoader.override(WITH_CAP, List.of("interventions[0].target={minAge: 30}"));
        UsageCap.Params after = (UsageCap.Params) t.interventions().get(0);
        assertEquals(30, after.target().minAge());
        assertEquals(before.target().maxAge(), after.target().maxAge());
        assertEquals(before.coverage(), after.coverage());
    }

    @Test
    void lifeEventsAndAnOpenEndAreSetAsAFileWritesThem() throws Exception {
        Scenario s = ScenarioLoader.override(Scenario.defaults(), List.of("events=[{type: lockdown, day: 10d, end: 40d}]",
                "events[0].day=12d", "events[0].share=0.4"));
        LifeEventSpec e = s.events().get(0);
        assertEquals(LifeEventSpec.Kind.lockdown, e.type());
        assertEquals(Days.of(12), e.day());
        assertEquals(Days.of(40), e.end());
        Scenario open = ScenarioLoader.override(WITH_CAP, List.of("interventions[0].end=30d", "interventions[0].end=null"));
        assertNull(((UsageCap.Params) open.interventions().get(0)).end(), "an open end");
        assertEquals(0.4, e.share());
        assertEquals(LifeEventSpec.defaults(LifeEventSpec.Kind.lockdown).contactFactor(), e.contactFactor());
    }

    @Test
    void whatATypedSetterGivesTheTextGivesToo() throws Exception {
        assertEquals(KeyPaths.with(WITH_CAP, "interventions[0].limits", List.of(
                        org.lonelyloop.model.params.Minutes.parse("90m"), org.lonelyloop.model.params.Minutes.parse("1h"))),
                ScenarioLoader.override(WITH_CAP, List.of("interventions[0].limits=[90m, 1h]")));
        assertEquals(KeyPaths.with(WITH_CAP, "outputs.snapshots", List.of(Days.of(5), Days.of(9))),
                ScenarioLoader.override(WITH_CAP, List.of("outputs.snapshots=[5d, 9d]")));
    }

    @Test
    void eachProblemIsNamedAtItsOverride() {
        assertEquals("--set interventions[3].coverage=0.5: interventions[3]: there is no such list item",
                problems(List.of("interventions[3].coverage=0.5")));
        assertEquals("--set population.size.x=1: population.size: is not a section with keys below it",
                problems(List.of("population.size.x=1")));
        assertEquals("--set interventions[0]={coverage: 2}: interventions[0]: needs a type: one of "
                + String.join(", ", InterventionTypes.all().keySet()), problems(List.of("interventions[0]={coverage: 2}")));
        assertEquals("--set interventions[0].limits=[2]: interventions[0].limits[0]: needs a unit: write 2m (minutes), "
                + "or use h", problems(List.of("interventions[0].limits=[2]")));
        assertEquals("--set pathways.compensation={strenght: 1}: pathways.compensation.strenght: unknown key 'strenght'; "
                + "did you mean 'strength'?", problems(List.of("pathways.compensation={strenght: 1}")));
    }

    @Test
    void rangesAndCrossChecksRunOnTheResultOnce() {
        // Each broken range is named; a value set twice counts as its last.
        assertEquals("--set interventions[0].coverage=1.5: interventions[0].coverage: must be between 0 and 1 "
                + "(share), was 1.5", problems(List.of("interventions[0].coverage=0.2", "interventions[0].coverage=1.5")));
        // Each value alone is fine; together the snapshot falls after the end.
        assertEquals("--set outputs.snapshots=[300d]: outputs.snapshots[0]: day 300 is after the end of the run "
                + "(duration 100d)", problems(List.of("outputs.snapshots=[300d]", "duration=100d")));
    }

    @Test
    void anOverrideOwnsWhatItReplacesInTheFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("mine.yaml");
        java.nio.file.Files.writeString(file, String.join("\n", "population:", "  size: 500", "pathways:",
                "  compensation:", "    strength: lots", "interventions:", "  - type: usage-cap",
                "    limits: [2h, 1h]", ""));
        ScenarioSource source = ScenarioSource.file(file);
        // The file's wrong value is replaced by the override, so it is no longer a problem.
        Scenario s = ScenarioLoader.load(source, List.of("pathways.compensation.strength=0.2")).scenario();
        assertEquals(0.2, s.pathways().compensation().strength());
        // A problem inside a value the override wrote is named at the override, not at the file's lines.
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(source,
                List.of("pathways.compensation.strength=0.2", "interventions[0].limits=[2]")));
        assertEquals("--set interventions[0].limits=[2]: interventions[0].limits[0]: needs a unit: write 2m (minutes), "
                + "or use h", e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n")));
        // What the override did not name keeps its place in the file.
        ScenarioException kept = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(source,
                List.of("pathways.compensation={activeTilt: 0.5}")));
        assertEquals("mine.yaml:5:15: pathways.compensation.strength: must be a number, was 'lots'",
                kept.problems().get(0).toString().replace(file.getParent() + "/", ""));
    }
}
