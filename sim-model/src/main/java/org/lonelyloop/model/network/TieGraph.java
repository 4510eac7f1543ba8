package org.lonelyloop.model.network;

import java.io.Serializable;
import java.util.Arrays;

/**
 * An undirected weighted graph over agents 0..n-1, stored as a fixed number of slots per agent.
 *
 * <p>Agent {@code i} owns slots {@code i*capacity .. i*capacity+degree(i)-1}; each slot holds a
 * neighbour id, a tie strength in (0, 1] and a byte of flags ({@link #ONLINE}: the pair also
 * follows each other online; {@link #MET}: they met today). Every tie is stored on both sides with
 * the same strength and flags, so an agent can read and update its own ties without touching
 * anyone else's memory: the parallel daily step relies on this. A tie costs 2 x (4 + 4 + 1) = 18
 * bytes (both directions) against about 77 for MASON's {@code Network} and about 230 for JGraphT,
 * and ties can form and dissolve in O(capacity) without rebuilding anything.
 */
public final class TieGraph implements Serializable {
    private static final long serialVersionUID = 3L;

    /** Flag: the two also follow each other online (their tie can be kept up by active use). */
    public static final byte ONLINE = 1;
    /** Flag: the two met face to face today. */
    public static final byte MET = 2;

    private final int agents;
    private final int capacity;
    private final int[] degree;
    private final int[] neighbour;
    private final float[] strength;
    private final byte[] flags;
    /**
     * The day each tie formed, modulo 2^16: two bytes a slot rather than four, and the age
     * (today minus it, modulo 2^16) is exact for any tie younger than 179 years.
     */
    private final char[] formed;

    /**
     * @param agents   number of agents (nodes)
     * @param capacity most ties one agent can hold
     */
    public TieGraph(int agents, int capacity) {
        if (agents < 0) {
            throw new IllegalArgumentException("agents must not be negative, was " + agents);
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        if ((long) agents * capacity > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("agents x capacity = " + (long) agents * capacity
                    + " exceeds the largest array Java allows; lower the tie capacity or the population");
        }
        this.agents = agents;
        this.capacity = capacity;
        this.degree = new int[agents];
        this.neighbour = new int[agents * capacity];
        this.strength = new float[agents * capacity];
        this.flags = new byte[agents * capacity];
        this.formed = new char[agents * capacity];
    }

    public int agents() {
        return agents;
    }

    public int capacity() {
        return capacity;
    }

    public int degree(int agent) {
        return degree[agent];
    }

    /** Index of the first slot of {@code agent} in {@link #neighbours()} and {@link #strengths()}. */
    public int base(int agent) {
        return agent * capacity;
    }

    /** Neighbour ids, slot-indexed; only the first {@code degree(i)} slots of each agent are live. */
    public int[] neighbours() {
        return neighbour;
    }

    /** Tie strengths, slot-indexed like {@link #neighbours()}. */
    public float[] strengths() {
        return strength;
    }

    /** Slot flags ({@link #ONLINE}, {@link #MET}), slot-indexed like {@link #neighbours()}. */
    public byte[] flags() {
        return flags;
    }

    public int neighbour(int agent, int k) {
        return neighbour[agent * capacity + k];
    }

    public float strength(int agent, int k) {
        return strength[agent * capacity + k];
    }

    /** Slot position of {@code other} among {@code agent}'s ties, or -1. */
    public int indexOf(int agent, int other) {
        int b = agent * capacity;
        int d = degree[agent];
        for (int k = 0; k < d; k++) {
            if (neighbour[b + k] == other) {
                return k;
            }
        }
        return -1;
    }

    public boolean contains(int a, int b) {
        return indexOf(a, b) >= 0;
    }

    public boolean hasRoom(int agent) {
        return degree[agent] < capacity;
    }

    /**
     * Adds the tie a-b with the given strength on both sides.
     *
     * @return false, changing nothing, if a == b, the tie exists, or either side is full
     */
    public boolean connect(int a, int b, float w) {
        return connect(a, b, w, (byte) 0);
    }

    /** As {@link #connect(int, int, float)}, with the tie's flags, formed on day 0. */
    public boolean connect(int a, int b, float w, byte tieFlags) {
        return connect(a, b, w, tieFlags, 0);
    }

    /** As {@link #connect(int, int, float)}, with the tie's flags and the day it forms. */
    public boolean connect(int a, int b, float w, byte tieFlags, int day) {
        if (a == b || degree[a] >= capacity || degree[b] >= capacity || contains(a, b)) {
            return false;
        }
        append(a, b, w, tieFlags, day);
        append(b, a, w, tieFlags, day);
        return true;
    }

    private void append(int owner, int other, float w, byte tieFlags, int day) {
        int s = owner * capacity + degree[owner]++;
        neighbour[s] = other;
        strength[s] = w;
        flags[s] = tieFlags;
        formed[s] = (char) day;
    }

    /** Dates every tie now in the graph to {@code day} (the network a run starts from). */
    public void markFormed(int day) {
        java.util.Arrays.fill(formed, (char) day);
    }

    /** Days since slot {@code k} of {@code agent} formed, on day {@code today}. */
    public int age(int agent, int k, int today) {
        return (today - formed[agent * capacity + k]) & 0xFFFF;
    }

    /** Sets a flag on both sides of the tie a-b. */
    public void setFlag(int a, int b, byte flag) {
        int ka = indexOf(a, b);
        int kb = indexOf(b, a);
        if (ka < 0 || kb < 0) {
            throw new IllegalArgumentException("no tie between " + a + " and " + b);
        }
        flags[a * capacity + ka] |= flag;
        flags[b * capacity + kb] |= flag;
    }

    /** Removes the tie a-b from both sides; returns whether it existed. */
    public boolean disconnect(int a, int b) {
        int ka = indexOf(a, b);
        if (ka < 0) {
            return false;
        }
        removeOwnSlot(a, ka);
        removeOwnSlot(b, indexOf(b, a));
        return true;
    }

    /**
     * Removes slot {@code k} of {@code owner} only (the last slot moves into its place). The other
     * side must remove its own copy in the same phase, as the symmetric tie-update rule guarantees.
     */
    public void removeOwnSlot(int owner, int k) {
        int b = owner * capacity;
        int last = --degree[owner];
        neighbour[b + k] = neighbour[b + last];
        strength[b + k] = strength[b + last];
        flags[b + k] = flags[b + last];
        formed[b + k] = formed[b + last];
    }

    /** Sets the strength of tie a-b on both sides. */
    public void setStrength(int a, int b, float w) {
        int ka = indexOf(a, b);
        int kb = indexOf(b, a);
        if (ka < 0 || kb < 0) {
            throw new IllegalArgumentException("no tie between " + a + " and " + b);
        }
        strength[a * capacity + ka] = w;
        strength[b * capacity + kb] = w;
    }

    /** Number of undirected ties. */
    public long tieCount() {
        long sum = 0;
        for (int d : degree) {
            sum += d;
        }
        return sum / 2;
    }

    public double meanDegree() {
        return agents == 0 ? 0 : 2.0 * tieCount() / agents;
    }

    /** Sum of an agent's tie strengths. */
    public double strengthSum(int agent) {
        int b = agent * capacity;
        double s = 0;
        for (int k = 0; k < degree[agent]; k++) {
            s += strength[b + k];
        }
        return s;
    }

    /** Strength of the agent's strongest tie, 0 without ties. */
    public float maxStrength(int agent) {
        int b = agent * capacity;
        float m = 0;
        for (int k = 0; k < degree[agent]; k++) {
            m = Math.max(m, strength[b + k]);
        }
        return m;
    }

    /**
     * Renumbers the agents in place: the new agent {@code p} is the old agent {@code order[p]}, with
     * its ties in the same slot order, each neighbour given its new number {@code position[old]}.
     */
    public void renumber(int[] order, int[] position) {
        // One array at a time, so that at the size of a country the copy held is one array, not the graph.
        moveSlots(strength.clone(), strength, order);
        moveSlots(flags.clone(), flags, order);
        moveSlots(formed.clone(), formed, order);
        int[] oldNeighbour = neighbour.clone();
        int[] oldDegree = degree.clone();
        for (int p = 0; p < agents; p++) {
            int from = order[p] * capacity;
            int to = p * capacity;
            degree[p] = oldDegree[order[p]];
            for (int k = 0; k < degree[p]; k++) {
                neighbour[to + k] = position[oldNeighbour[from + k]];
            }
        }
    }

    /** Copies each old agent's block of slots in {@code old} to its new agent's block in {@code slots}. */
    private void moveSlots(Object old, Object slots, int[] order) {
        for (int p = 0; p < agents; p++) {
            System.arraycopy(old, order[p] * capacity, slots, p * capacity, capacity);
        }
    }

    /** Heap bytes held by this graph's arrays. */
    public long bytes() {
        return 4L * degree.length + 4L * neighbour.length + 4L * strength.length + flags.length + 2L * formed.length;
    }

    /** Copy of an agent's neighbour ids, for tests and views (not for the hot path). */
    public int[] neighboursOf(int agent) {
        int b = agent * capacity;
        return Arrays.copyOfRange(neighbour, b, b + degree[agent]);
    }
}
