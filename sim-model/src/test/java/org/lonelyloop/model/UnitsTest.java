package org.lonelyloop.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.params.Minutes;

class UnitsTest {
    @Test
    void durationsParseWithTheirUnits() {
        assertEquals(21, Days.parse("21d").count());
        assertEquals(56, Days.parse("8w").count());
        assertEquals(9 * 365, Days.parse("9y").count());
    }

    @Test
    void durationsPrintInTheirShortestExactForm() {
        assertEquals("2y", Days.of(730).toString());
        assertEquals("8w", Days.of(56).toString());
        assertEquals("10d", Days.of(10).toString());
    }

    @Test
    void malformedDurationsAreRefusedWithAHint() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Days.parse("2 months"));
        assertEquals("'2 months' is not a duration: write a whole number followed by d (days), w (weeks) or y "
                + "(years), e.g. 21d, 8w, 9y", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Days.parse("730"));
        assertThrows(IllegalArgumentException.class, () -> Days.parse("-3d"));
    }

    @Test
    void minutesParseInMinutesOrHours() {
        assertEquals(90, Minutes.parse("90m").value());
        assertEquals(120, Minutes.parse("2h").value());
        assertEquals(90, Minutes.parse("1.5h").value());
        assertEquals("2h", Minutes.of(120).toString());
        assertEquals("90m", Minutes.of(90).toString());
        assertThrows(IllegalArgumentException.class, () -> Minutes.parse("25h"));
        assertThrows(IllegalArgumentException.class, () -> Minutes.parse("90"));
    }
}
