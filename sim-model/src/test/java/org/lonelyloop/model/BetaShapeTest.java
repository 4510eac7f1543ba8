package org.lonelyloop.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BetaShapeTest {
    @Test
    void ofTailsMatchesTheCbsSharesNotAndStronglyLonely() {
        BetaShape b = BetaShape.ofTails(DeJongGierveld.SOMEWHAT_FROM, 0.601, DeJongGierveld.STRONGLY_FROM, 0.107);
        assertEquals(0.601, b.cdf(DeJongGierveld.SOMEWHAT_FROM), 1e-6);
        assertEquals(0.107, 1 - b.cdf(DeJongGierveld.STRONGLY_FROM), 1e-6);
    }

    @Test
    void tabulatedQuantileAgreesWithTheExactCdf() {
        BetaShape b = BetaShape.ofMeanSd(0.3, 0.15);
        for (double p = 0.01; p < 1; p += 0.07) {
            assertEquals(p, b.cdf(b.quantile(p)), 2e-4);
        }
    }

    @Test
    void ofMeanSdHasThatMean() {
        assertEquals(0.3, BetaShape.ofMeanSd(0.3, 0.15).mean(), 1e-12);
    }

    @Test
    void rejectsAnImpossibleSpread() {
        assertThrows(IllegalArgumentException.class, () -> BetaShape.ofMeanSd(0.5, 0.6));
    }
}
