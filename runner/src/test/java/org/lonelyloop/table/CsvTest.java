package org.lonelyloop.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvTest {
    @Test
    void numbersHaveSevenSignificantDigitsAndTinyOnesAnExponent() {
        assertEquals("0.1234568", Csv.number(0.12345678));
        assertEquals("117.196", Csv.number(117.196));
        assertEquals("0.000001", Csv.number(1e-6));
        assertEquals("1.498367E-81", Csv.number(1.4983671e-81), "a p value far below a millionth");
        assertEquals("-2.8E-18", Csv.number(-2.8e-18));
        assertEquals("12345680", Csv.number(12345678), "large numbers stay plain");
        assertEquals("0", Csv.number(-0.0));
        assertEquals("NA", Csv.number(Double.NaN));
        assertEquals(1.4983671e-81, Double.parseDouble(Csv.number(1.4983671e-81)), 1e-87, "reads back as a number");
    }
}
