package org.lonelyloop.model.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Clamp must give bit for bit what Math.max and Math.min give, or outputs would change. */
class ClampTest {
    private static final double[] SPECIAL = {0.0, -0.0, 1.0, -1.0, 0.5, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, 24.0, 0.98, 0.02};

    private static double[] values() {
        SplittableRandom r = new SplittableRandom(7);
        double[] v = new double[SPECIAL.length + 2000];
        System.arraycopy(SPECIAL, 0, v, 0, SPECIAL.length);
        for (int i = SPECIAL.length; i < v.length; i++) {
            v[i] = i % 3 == 0 ? SPECIAL[r.nextInt(SPECIAL.length)] : r.nextDouble(-3, 3);
        }
        return v;
    }

    private static void same(double expected, double actual, String what) {
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual), what);
    }

    @Test
    void doublesMatchTheLibraryBitForBit() {
        double[] v = values();
        for (double lo : SPECIAL) {
            for (double x : v) {
                same(Math.max(lo, x), Clamp.atLeast(x, lo), "atLeast(" + x + ", " + lo + ")");
                same(Math.min(lo, x), Clamp.atMost(x, lo), "atMost(" + x + ", " + lo + ")");
                for (double hi : SPECIAL) {
                    same(Math.max(lo, Math.min(hi, x)), Clamp.between(x, lo, hi),
                            "between(" + x + ", " + lo + ", " + hi + ")");
                }
            }
        }
    }

    @Test
    void floatsMatchTheLibraryBitForBit() {
        double[] v = values();
        for (double lo : SPECIAL) {
            float b = (float) lo;
            for (double x : v) {
                float a = (float) x;
                same(Math.max(b, a), Clamp.atLeast(a, b), "atLeast(" + a + ", " + b + ")");
                same(Math.min(b, a), Clamp.atMost(a, b), "atMost(" + a + ", " + b + ")");
                for (double hi : SPECIAL) {
                    float c = (float) hi;
                    same(Math.max(b, Math.min(c, a)), Clamp.between(a, b, c),
                            "between(" + a + ", " + b + ", " + c + ")");
                }
            }
        }
    }

    @Test
    void overloadsFollowTheLibrarysTypes() {
        float f = 0.1f;
        // Math.max(0, float) is a float; so must Clamp.atLeast(float, 0) be, or sums change.
        assertEquals(Float.class, box(Clamp.atLeast(f, 0)).getClass());
        assertEquals(Double.class, box(Clamp.atLeast(f, 0.02)).getClass());
    }

    private static Object box(Object o) {
        return o;
    }

    private static void same(float expected, float actual, String what) {
        assertEquals(Float.floatToRawIntBits(expected), Float.floatToRawIntBits(actual), what);
    }
}
