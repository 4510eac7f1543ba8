package org.lonelyloop.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lonelyloop.model.scale.DeJongGierveld;

/** The calibration step's search: the shift and stretch that give a band the CBS shares. */
class DispositionCalibrationTest {
    @Test
    void theBandSearchFindsTheShiftAndStretchThatGiveItsShares() {
        // Settled values: dispositions (sd 1.5) plus what life adds (sd 0.8), around -1.
        SplittableRandom r = new SplittableRandom(4);
        int n = 20_000;
        double[] x = new double[n];
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = gaussian(r);
            x[i] = -1 + 1.5 * z[i] + 0.8 * gaussian(r);
        }
        DispositionCalibration.Band band = new DispositionCalibration.Band(x, z, new DeJongGierveld.Survey(0.08), 0, 1.5);
        double[] found = band.solve(0.55, 0.12);
        assertEquals(0.55, band.share(found[0], found[1], true), 0.002, "not lonely");
        assertEquals(0.12, band.share(found[0], found[1], false), 0.002, "strongly lonely");

        // From spreads that have all but vanished, the search still finds the way back.
        double[] flat = new double[n];
        for (int i = 0; i < n; i++) {
            flat[i] = -1 + 0.02 * z[i] + 0.8 * gaussian(r);
        }
        DispositionCalibration.Band narrow = new DispositionCalibration.Band(flat, z, new DeJongGierveld.Survey(0.08), 0,
                0.02);
        double[] wider = narrow.solve(0.55, 0.12);
        assertEquals(0.12, narrow.share(wider[0], wider[1], false), 0.002);
    }

    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
