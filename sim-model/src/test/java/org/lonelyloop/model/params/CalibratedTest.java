package org.lonelyloop.model.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class CalibratedTest {
    @Test
    void theShippedCalibrationIsReadAndIsTheDefaultDispositions() {
        Calibrated c = Calibrated.shipped();
        assertFalse(c.version().isBlank());
        assertEquals(c.dispositions(), Dispositions.defaults());
        assertEquals(c.dispositions(), PopulationParams.defaults().dispositions());
    }

    @Test
    void whatIsWrittenReadsBackTheSame() throws Exception {
        Calibrated c = Calibrated.shipped();
        Properties p = new Properties();
        p.load(new StringReader(c.toProperties("a test\nof two lines")));
        Calibrated back = Calibrated.parse(p);
        assertEquals(c.toProperties("x"), back.toProperties("x"));
    }

    @Test
    void aCalibrationWithoutAKeyIsRefusedByName() {
        Properties p = new Properties();
        p.setProperty("version", "v");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Calibrated.parse(p));
        assertEquals("the calibration has no emotionalMean", e.getMessage());
    }

    @Test
    void shiftedDispositionsAreTheSamePeopleLonelier() {
        Dispositions d = Dispositions.defaults();
        Dispositions up = d.shifted(0.5);
        for (int g = 0; g < AgeGroup.COUNT; g++) {
            assertEquals(d.emotionalMean().get(g) + 0.5, up.emotionalMean().get(g), 1e-12);
            assertEquals(d.socialMean().get(g) + 0.5, up.socialMean().get(g), 1e-12);
        }
        assertEquals(d.emotionalSd(), up.emotionalSd());
        assertEquals(d.subscaleCorrelation(), up.subscaleCorrelation());
    }
}
