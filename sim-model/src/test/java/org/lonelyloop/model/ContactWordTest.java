package org.lonelyloop.model;

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
}
