package org.lonelyloop.model.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TieGraphTest {
    @Test
    void connectStoresTheTieOnBothSidesWithOneStrength() {
        TieGraph g = new TieGraph(5, 3);
        assertTrue(g.connect(1, 3, 0.4f));
        assertEquals(0.4f, g.strength(1, g.indexOf(1, 3)));
        assertEquals(0.4f, g.strength(3, g.indexOf(3, 1)));
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
        assertEquals(0.3f, g.strength(0, g.indexOf(0, 3)));
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
        assertEquals(0.9f, g.strength(0, 0));
        assertEquals(0.9f, g.strength(2, 0));
        assertThrows(IllegalArgumentException.class, () -> g.setStrength(0, 1, 0.1f));
    }
}
