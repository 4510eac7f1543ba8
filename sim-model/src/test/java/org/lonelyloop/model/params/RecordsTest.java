package org.lonelyloop.model.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.lonelyloop.model.ModelParams;
import org.lonelyloop.model.pathway.PathwayParams;

/** One value read or replaced deep in the parameter records by its key path, everything else kept. */
class RecordsTest {
    @Test
    void aCopyChangesTheOneValueAndLeavesTheOriginalAlone() {
        PathwayParams p = PathwayParams.defaults();
        PathwayParams q = Records.with(p, "compensation.strength", 0.5);
        assertEquals(0.5, q.compensation().strength());
        assertEquals(p.compensation().strength(), Records.get(p, "compensation.strength"));
        assertEquals(p.compensation().anxietyWeight(), q.compensation().anxietyWeight());
        assertEquals(p.comparison(), q.comparison());
        assertEquals(false, Records.with(p, "sleep.enabled", false).sleep().enabled());
        assertEquals(3, Records.with(p, "compensation.strength", 3).compensation().strength(), "an int widens");
        ModelParams s = Records.with(ModelParams.defaults(), "pathways.withdrawal.initiative", 0.4);
        assertEquals(0.4, s.pathways().withdrawal().initiative());
        assertEquals(ModelParams.defaults().population(), s.population());
    }

    @Test
    void aPathThatDoesNotExistIsNamed() {
        assertEquals("Params has no strenght", assertThrows(IllegalArgumentException.class,
                () -> Records.with(PathwayParams.defaults(), "compensation.strenght", 1.0)).getMessage());
        assertEquals(double.class, Records.component(PathwayParams.class, "comparison.strength").getType());
    }

    @Test
    void aRecordThatRefusesAValueSaysWhyInItsOwnWords() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Records.with(Days.of(3), "count", -1));
        assertEquals("a number of days cannot be negative, was -1", e.getMessage());
        assertEquals(Days.of(5), Records.with(Days.of(3), "count", 5));
    }
}
