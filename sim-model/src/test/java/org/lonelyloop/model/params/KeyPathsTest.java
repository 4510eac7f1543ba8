package org.lonelyloop.model.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lonelyloop.model.ModelParams;
import org.lonelyloop.model.intervention.InterventionSpec;
import org.lonelyloop.model.intervention.InterventionTypes;
import org.lonelyloop.model.intervention.UsageCap;

/**
 * The typed setter reaches into lists by index ({@code interventions[0].coverage}), replaces a whole
 * item, keeps everything else, and says which part of a path names nothing and why.
 */
class KeyPathsTest {
    private static ModelParams twoInterventions() {
        return ModelParams.defaults().withInterventions(
                List.of(InterventionTypes.defaults("usage-cap"), InterventionTypes.defaults("phone-off")));
    }

    @Test
    void aValueInsideAListItemIsSetAndTheRestKept() {
        ModelParams m = twoInterventions();
        ModelParams n = KeyPaths.with(m, "interventions[0].coverage", 0.25);
        assertEquals(0.25, ((UsageCap.Params) n.interventions().get(0)).coverage());
        assertEquals(m.interventions().get(1), n.interventions().get(1));
        assertEquals(m.population(), n.population());
        assertEquals(((UsageCap.Params) InterventionTypes.defaults("usage-cap")).coverage(),
                ((UsageCap.Params) m.interventions().get(0)).coverage(), "the original is left alone");
        assertEquals(0.25, KeyPaths.get(n, "interventions[0].coverage"));
        assertEquals(Days.of(40), ((UsageCap.Params) KeyPaths.with(m, "interventions[0].start", Days.of(40))
                .interventions().get(0)).start());
    }

    @Test
    void aWholeItemIsReplacedAndItsDeclaredTypeIsTheLists() {
        ModelParams m = twoInterventions();
        InterventionSpec hobby = InterventionTypes.defaults("hobby");
        ModelParams n = KeyPaths.with(m, "interventions[1]", hobby);
        assertEquals(List.of(m.interventions().get(0), hobby), n.interventions());
        assertEquals(InterventionSpec.class, KeyPaths.resolve(m, "interventions[1]").type(),
                "any intervention may stand in the list");
        assertEquals(UsageCap.Params.class, KeyPaths.resolve(m, "interventions[0]").value().getClass());
    }

    @Test
    void aRangeBrokenInsideAListItemIsRefusedAndPlaceLeavesItToTheCaller() {
        ModelParams m = twoInterventions();
        String message = assertThrows(IllegalArgumentException.class,
                () -> KeyPaths.with(m, "interventions[0].coverage", 1.5)).getMessage();
        assertTrue(message.contains("interventions[0].coverage"), message);
        assertEquals(1.5, KeyPaths.get(KeyPaths.place(m, "interventions[0].coverage", 1.5), "interventions[0].coverage"));
    }

    @Test
    void eachWayAPathNamesNothingIsToldApart() {
        ModelParams m = twoInterventions();
        KeyPaths.NoSuchPath unknown = assertThrows(KeyPaths.NoSuchPath.class,
                () -> KeyPaths.with(m, "pathways.compensaton.strength", 0.3));
        assertEquals("pathways.compensaton", unknown.at());
        assertEquals(KeyPaths.NoSuchPath.Reason.UNKNOWN_KEY, unknown.reason());
        assertTrue(unknown.keys().contains("compensation"), unknown.keys().toString());
        KeyPaths.NoSuchPath item = assertThrows(KeyPaths.NoSuchPath.class,
                () -> KeyPaths.with(m, "interventions[2].coverage", 0.3));
        assertEquals("interventions[2]", item.at());
        assertEquals(KeyPaths.NoSuchPath.Reason.NO_SUCH_ITEM, item.reason());
        assertEquals(KeyPaths.NoSuchPath.Reason.NOT_A_SECTION,
                assertThrows(KeyPaths.NoSuchPath.class, () -> KeyPaths.resolve(m, "population.size.x")).reason());
        assertEquals("population.size", assertThrows(KeyPaths.NoSuchPath.class,
                () -> KeyPaths.with(m, "population.size.x", 1)).at());
        assertEquals(KeyPaths.NoSuchPath.Reason.NOT_A_LIST,
                assertThrows(KeyPaths.NoSuchPath.class, () -> KeyPaths.with(m, "duration[0]", 1)).reason());
        assertThrows(IllegalArgumentException.class, () -> KeyPaths.with(m, "interventions[x].coverage", 0.3));
    }

    @Test
    void aPathSplitsIntoNamesAndIndexes() {
        assertEquals(List.of("a", "b", "[2]", "[0]", "c"), KeyPaths.parts("a.b[2][0].c"));
        assertEquals(List.of("duration"), KeyPaths.parts("duration"));
    }
}
