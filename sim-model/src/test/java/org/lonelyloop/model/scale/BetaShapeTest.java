package org.lonelyloop.model.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class BetaShapeTest {
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

    @Test
    void theSameFiguresGiveTheSameShapeOnceSolved() {
        BetaShape a = BetaShape.ofMeanSd(0.55, 0.09);
        assertSame(a, BetaShape.ofMeanSd(0.55, 0.09));
        assertSame(a, BetaShape.of(a.alpha(), a.beta()));
        assertNotSame(a, BetaShape.ofMeanSd(0.56, 0.09));
    }

    @Test
    void aTableBuiltOnFirstUseIsTheSameFromAnyThread() throws Exception {
        BetaShape fresh = new BetaShape(2.5, 4.5);
        double[] p = {0.001, 0.1, 0.37, 0.5, 0.93};
        CompletableFuture<double[]> other = CompletableFuture.supplyAsync(() -> draw(new BetaShape(2.5, 4.5), p));
        double[] here = draw(fresh, p);
        double[] there = other.get();
        for (int i = 0; i < p.length; i++) {
            assertEquals(Double.doubleToRawLongBits(here[i]), Double.doubleToRawLongBits(there[i]));
            assertEquals(p[i], fresh.cdf(here[i]), 2e-4);
        }
    }

    private static double[] draw(BetaShape b, double[] p) {
        double[] q = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            q[i] = b.quantile(p[i]);
        }
        return q;
    }
}
