package org.lonelyloop.model.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TieGraphTest {
    /** A strength is kept to the nearest step of a {@link TieWord}. */
    private static final float HALF_STEP = 0.5f / TieWord.STEPS;

    @Test
    void connectStoresTheTieOnBothSidesWithOneStrength() {
        TieGraph g = new TieGraph(5, 3);
        assertTrue(g.connect(1, 3, 0.4f));
        assertEquals(0.4f, g.strength(1, g.indexOf(1, 3)), HALF_STEP);
        assertEquals(0.4f, g.strength(3, g.indexOf(3, 1)), HALF_STEP);
        assertEquals(1, g.tieCount());
    }

    @Test
    void connectRefusesSelfLoopsDuplicatesAndFullAgents() {
        TieGraph g = new TieGraph(5, 2);
        assertFalse(g.connect(2, 2, 0.5f));
        assertTrue(g.connect(0, 1, 0.5f));
        assertFalse(g.connect(1, 0, 0.5f));
        assertTrue(g.connect(0, 2, 0.5f));
        assertFalse(g.connect(0, 3, 0.5f), "agent 0 is at capacity");
        assertEquals(2, g.tieCount());
    }

    @Test
    void disconnectRemovesBothSidesAndKeepsOtherTies() {
        TieGraph g = new TieGraph(4, 3);
        g.connect(0, 1, 0.1f);
        g.connect(0, 2, 0.2f);
        g.connect(0, 3, 0.3f);
        assertTrue(g.disconnect(0, 1));
        assertFalse(g.contains(1, 0));
        assertArrayEquals(new int[] {3, 2}, g.neighboursOf(0));
        assertEquals(0.3f, g.strength(0, g.indexOf(0, 3)), HALF_STEP);
        assertFalse(g.disconnect(0, 1));
    }

    @Test
    void constructionRejectsImpossibleSizes() {
        assertThrows(IllegalArgumentException.class, () -> new TieGraph(-1, 3));
        assertThrows(IllegalArgumentException.class, () -> new TieGraph(3, 0));
        assertThrows(IllegalArgumentException.class, () -> new TieGraph(100_000_000, 100));
    }

    @Test
    void setStrengthChangesBothCopies() {
        TieGraph g = new TieGraph(3, 2);
        g.connect(0, 2, 0.5f);
        g.setStrength(2, 0, 0.9f);
        assertEquals(0.9f, g.strength(0, 0), HALF_STEP);
        assertEquals(0.9f, g.strength(2, 0), HALF_STEP);
        assertThrows(IllegalArgumentException.class, () -> g.setStrength(0, 1, 0.1f));
    }

    /**
     * A graph whose blocks start small and keep moving must hold exactly what a graph with a full
     * block per agent holds, slot for slot, through ties forming, dissolving and a fresh layout.
     */
    @Test
    void movingBlocksChangeNothingTheModelCanSee() {
        int n = 300;
        int capacity = 20;
        TieGraph full = new TieGraph(n, capacity);
        TieGraph packed = new TieGraph(n, capacity, 1);
        java.util.SplittableRandom r = new java.util.SplittableRandom(11);
        for (int step = 0; step < 60_000; step++) {
            int a = r.nextInt(n);
            int b = r.nextInt(n);
            int op = r.nextInt(10);
            if (op < 6) {
                float w = r.nextInt(1000) / 1000f;
                byte f = (byte) r.nextInt(2);
                int day = r.nextInt(500);
                assertEquals(full.connect(a, b, w, f, day), packed.connect(a, b, w, f, day));
            } else if (op < 8) {
                assertEquals(full.disconnect(a, b), packed.disconnect(a, b));
            } else if (full.degree(a) > 0) {
                // What the meeting step does: each side removes its own copy of a dissolving tie.
                int k = r.nextInt(full.degree(a));
                int j = full.neighbour(a, k);
                full.removeOwnSlot(a, k);
                full.removeOwnSlot(j, full.indexOf(j, a));
                packed.removeOwnSlot(a, k);
                packed.removeOwnSlot(j, packed.indexOf(j, a));
            }
        }
        assertSameTies(full, packed, 700);

        full.compact();
        packed.compact();
        assertSameTies(full, packed, 700);
        for (int i = 0; i < 50; i++) {
            assertEquals(full.connect(i, n - 1 - i, 0.5f), packed.connect(i, n - 1 - i, 0.5f));
        }
        assertSameTies(full, packed, 700);
    }

    private static void assertSameTies(TieGraph expected, TieGraph actual, int today) {
        assertEquals(expected.tieCount(), actual.tieCount());
        for (int i = 0; i < expected.agents(); i++) {
            assertArrayEquals(expected.neighboursOf(i), actual.neighboursOf(i), "agent " + i);
            for (int k = 0; k < expected.degree(i); k++) {
                assertEquals(expected.strength(i, k), actual.strength(i, k));
                assertEquals(expected.ties()[expected.base(i) + k], actual.ties()[actual.base(i) + k]);
                assertEquals(expected.age(i, k, today), actual.age(i, k, today));
            }
        }
    }

    @Test
    void blocksFitTheTiesHeldNotTheCapacity() {
        int n = 1000;
        TieGraph full = new TieGraph(n, 24);
        TieGraph packed = new TieGraph(n, 24, 4);
        for (int i = 0; i < n; i++) {
            for (int j = 1; j <= 2; j++) {
                full.connect(i, (i + j) % n, 0.5f);
                packed.connect(i, (i + j) % n, 0.5f);
            }
        }
        for (int i = 0; i < n; i += 10) {
            // a few agents make many friends and their blocks move
            for (int j = 50; j < 60; j++) {
                full.connect(i, (i + j) % n, 0.5f);
                packed.connect(i, (i + j) % n, 0.5f);
            }
        }
        assertSameTies(full, packed, 0);
        assertTrue(packed.bytes() * 3 < full.bytes(), packed.bytes() + " bytes vs " + full.bytes());
    }
}
