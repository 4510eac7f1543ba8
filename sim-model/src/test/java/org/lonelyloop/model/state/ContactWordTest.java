package org.lonelyloop.model.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContactWordTest {
    private static final double SCALE = (1 << 14) - 1;

    @Test
    void everyPackedFractionUnpacksToTheDoubleQuotientRoundedToFloat() {
        for (int q = 0; q <= (1 << 14) - 1; q++) {
            float expected = (float) (q / SCALE);
            long word = ContactWord.pack(-1, (byte) 0, false, q / SCALE, q / SCALE);
            assertEquals(Float.floatToRawIntBits(expected), Float.floatToRawIntBits(ContactWord.availability(word)),
                    "availability " + q);
            assertEquals(Float.floatToRawIntBits(expected), Float.floatToRawIntBits(ContactWord.maintenance(word)),
                    "maintenance " + q);
        }
    }

    @Test
    void fieldsDoNotLeakIntoEachOther() {
        long word = ContactWord.pack(123_456, (byte) 3, true, 1.0, 0.0);
        assertEquals(123_456, ContactWord.proposal(word));
        assertEquals(3, ContactWord.kind(word));
        assertTrue(ContactWord.metYesterday(word));
        assertEquals(1, ContactWord.metYesterdayBit(word));
        assertEquals(1f, ContactWord.availability(word));
        assertEquals(0f, ContactWord.maintenance(word));

        long none = ContactWord.pack(-1, (byte) 0, false, 0.25, 2.0);
        assertEquals(-1, ContactWord.proposal(none));
        assertEquals(0, ContactWord.kind(none));
        assertFalse(ContactWord.metYesterday(none));
        assertEquals(0, ContactWord.metYesterdayBit(none));
        assertEquals(1f, ContactWord.maintenance(none), "clamped to 1");
        assertEquals(0.25f, ContactWord.availability(none), 1e-4f);
    }

    @Test
    void stepsRoundAsTheLibraryDoesAroundEveryHalfStep() {
        for (int k = 0; k <= (1 << 14); k++) {
            for (double centre : new double[] {k, k + 0.5}) {
                double x = centre;
                double y = centre;
                for (int n = 0; n < 4; n++) {
                    assertEquals(Math.round(x), ContactWord.steps(x), "x = " + x);
                    assertEquals(Math.round(y), ContactWord.steps(y), "y = " + y);
                    x = Math.nextUp(x);
                    y = Math.max(0, Math.nextDown(y));
                }
            }
        }
        assertEquals(0, ContactWord.steps(0.49999999999999994), "the double below a half: its sum with 0.5 rounds to 1");
        assertEquals(Math.round(Double.NaN), ContactWord.steps(Double.NaN));
        java.util.SplittableRandom r = new java.util.SplittableRandom(5);
        for (int n = 0; n < 1_000_000; n++) {
            double x = r.nextDouble() * SCALE;
            assertEquals(Math.round(x), ContactWord.steps(x), "x = " + x);
        }
    }

    @Test
    void aProposalAddedLaterGivesTheWordPackedWithIt() {
        for (boolean met : new boolean[] {false, true}) {
            long alone = ContactWord.pack(met, 0.37, 0.81);
            assertEquals(ContactWord.pack(-1, (byte) 0, met, 0.37, 0.81), alone);
            for (byte kind = 0; kind < 4; kind++) {
                for (int proposal : new int[] {0, 1, 77_777, Integer.MAX_VALUE}) {
                    assertEquals(ContactWord.pack(proposal, kind, met, 0.37, 0.81),
                            ContactWord.withProposal(alone, proposal, kind));
                }
            }
        }
    }
}
