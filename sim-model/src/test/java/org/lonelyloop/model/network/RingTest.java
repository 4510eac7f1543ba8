package org.lonelyloop.model.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The ring of settings, with arrays and numbered along (no arrays), moves the same way. */
class RingTest {
    @Test
    void orderAndPlacesAgree() {
        Ring r = new Ring(new int[] {3, 0, 4, 1, 2});
        assertArrayEquals(new int[] {3, 0, 4, 1, 2}, r.order());
        for (int p = 0; p < r.size(); p++) {
            assertEquals(p, r.placeOf(r.agentAt(p)));
        }
        assertEquals(40, r.bytes());
    }

    @Test
    void aNumberedRingKeepsNoArraysUntilAMoveAndThenMovesAsOneWithArrays() {
        int n = 50;
        Ring numbered = Ring.numbered(n);
        int[] identity = new int[n];
        for (int i = 0; i < n; i++) {
            identity[i] = i;
        }
        Ring explicit = new Ring(identity);
        assertEquals(0, numbered.bytes());
        assertArrayEquals(identity, numbered.order());
        assertArrayEquals(identity, numbered.places());
        SplittableRandom pick = new SplittableRandom(11);
        for (int k = 0; k < 200; k++) {
            int from = pick.nextInt(n);
            int to = pick.nextInt(n);
            numbered.move(from, to);
            explicit.move(from, to);
            assertArrayEquals(explicit.order(), numbered.order(), "after move " + k);
            assertArrayEquals(explicit.places(), numbered.places(), "after move " + k);
        }
        assertEquals(8L * n, numbered.bytes());
    }

    @Test
    void aMoveShiftsThoseBetweenByOnePlace() {
        Ring r = new Ring(new int[] {0, 1, 2, 3, 4, 5});
        r.move(1, 4);
        assertArrayEquals(new int[] {0, 2, 3, 4, 1, 5}, r.order());
        r.move(4, 0);
        assertArrayEquals(new int[] {1, 0, 2, 3, 4, 5}, r.order());
        assertEquals(0, r.placeOf(1));
        assertEquals(1, r.placeOf(0));
    }
}
