package org.lonelyloop.model.network;

import java.io.Serializable;
import java.util.Arrays;

/**
 * An undirected weighted graph over agents 0..n-1, each agent's ties in one block of slots.
 *
 * <p>Agent {@code i} owns slots {@code base(i) .. base(i)+degree(i)-1}; each slot holds a
 * neighbour id, a {@link TieWord} (the tie's strength in (0, 1] with its flags: {@link #ONLINE}, the
 * pair also follows each other online; {@link #MET}, they met today) and the day the tie formed.
 * Every tie is stored on both sides with the same word, so an agent can read and update its own ties
 * without touching anyone else's memory: the parallel daily step relies on this. A tie costs
 * 2 x (4 + 2 + 2) = 16 bytes (both directions) against about 77 for MASON's {@code Network}
 * and about 230 for JGraphT.
 *
 * <p>Blocks are sized to the ties an agent holds, not to the most it may hold: with the default
 * capacity of 24 and about nine ties each, a fixed block per agent left three slots in five empty,
 * which was two fifths of a run's memory and, at a million agents, memory the meeting step streamed
 * through for nothing. A block starts with room for the network's mean degree and a little more;
 * an agent that gains a tie beyond its room moves its block to the end of the slab with more room
 * (ties form one at a time, on one thread, in agent order, so where a block lands is the same on
 * any thread count), and the slab squeezes out the blocks left behind when they reach an eighth
 * of it. Slot order within a block never changes in a move, so the model reads its ties in the same
 * order as with fixed blocks and its results do not depend on the layout.
 */
public final class TieGraph implements Serializable {
    private static final long serialVersionUID = 5L;

    /** Flag: the two also follow each other online (their tie can be kept up by active use). */
    public static final byte ONLINE = 1;
    /** Flag: the two met face to face today. */
    public static final byte MET = 2;

    /** Room above the expected degree a block starts with. */
    private static final int START_SLACK = 1;
    /** Slots a full block gains when it moves. */
    private static final int GROWTH = 3;
    /**
     * Spare slots at the slab's end, as a share of the slots in use (1/SPARE_SHARE), kept when the
     * slab grows or is squeezed: enough for the moves of many days, little memory.
     */
    private static final int SPARE_SHARE = 16;
    /** The slab squeezes out abandoned blocks when they are this share of it (1/ABANDONED_SHARE). */
    private static final int ABANDONED_SHARE = 8;
    /** Largest slab a Java array allows. */
    private static final int MAX_SLOTS = Integer.MAX_VALUE - 8;

    private final int agents;
    private final int capacity;
    private final int[] start;
    /** Ties held, 0..capacity (capacity is at most 255: a byte each, read unsigned). */
    private final byte[] degree;
    /** Slots in the agent's block, degree..capacity. */
    private final byte[] room;
    private int[] neighbour;
    /** Each slot's {@link TieWord}: strength and flags. */
    private char[] tie;
    /**
     * The day each tie formed, modulo 2^16: two bytes a slot rather than four, and the age
     * (today minus it, modulo 2^16) is exact for any tie younger than 179 years.
     */
    private char[] formed;
    /** First slot after the last block. */
    private int end;
    /** Slots in blocks that moved away. */
    private long abandoned;

    /**
     * A graph whose blocks start with room for {@code capacity} ties each (small graphs, tests).
     *
     * @param agents   number of agents (nodes)
     * @param capacity most ties one agent can hold, at most 255
     */
    public TieGraph(int agents, int capacity) {
        this(agents, capacity, capacity);
    }

    /**
     * @param agents         number of agents (nodes)
     * @param capacity       most ties one agent can hold, at most 255
     * @param expectedDegree ties an agent is expected to hold: blocks start with a little more room
     */
    public TieGraph(int agents, int capacity, int expectedDegree) {
        if (agents < 0) {
            throw new IllegalArgumentException("agents must not be negative, was " + agents);
        }
        if (capacity < 1 || capacity > 255) {
            throw new IllegalArgumentException("capacity must be 1 to 255, was " + capacity);
        }
        int initial = Math.min(capacity, Math.max(1, expectedDegree + START_SLACK));
        if ((long) agents * initial > MAX_SLOTS) {
            throw new IllegalArgumentException("agents x tie slots = " + (long) agents * initial
                    + " exceeds the largest array Java allows; lower the tie capacity or the population");
        }
        this.agents = agents;
        this.capacity = capacity;
        this.start = new int[agents];
        this.degree = new byte[agents];
        this.room = new byte[agents];
        int slots = agents * initial;
        this.neighbour = new int[slots];
        this.tie = new char[slots];
        this.formed = new char[slots];
        for (int i = 0; i < agents; i++) {
            start[i] = i * initial;
            room[i] = (byte) initial;
        }
        this.end = slots;
    }

    public int agents() {
        return agents;
    }

    public int capacity() {
        return capacity;
    }

    public int degree(int agent) {
        return degree[agent] & 0xFF;
    }

    /**
     * Index of the first slot of {@code agent} in {@link #neighbours()} and {@link #ties()}.
     * Blocks move when ties form: read it, and the arrays, afresh in each phase.
     */
    public int base(int agent) {
        return start[agent];
    }

    /** Neighbour ids, slot-indexed; only the first {@code degree(i)} slots of each agent are live. */
    public int[] neighbours() {
        return neighbour;
    }

    /** Tie words ({@link TieWord}: strength and flags), slot-indexed like {@link #neighbours()}. */
    public char[] ties() {
        return tie;
    }

    public int neighbour(int agent, int k) {
        return neighbour[start[agent] + k];
    }

    public float strength(int agent, int k) {
        return TieWord.strength(tie[start[agent] + k]);
    }

    /** Whether slot {@code k} of {@code agent} has {@code flag} ({@link #ONLINE}, {@link #MET}). */
    public boolean has(int agent, int k, byte flag) {
        return (tie[start[agent] + k] & flag) != 0;
    }

    /** Slot position of {@code other} among {@code agent}'s ties, or -1. */
    public int indexOf(int agent, int other) {
        int b = start[agent];
        int d = degree(agent);
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
        return degree(agent) < capacity;
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
        if (a == b || degree(a) >= capacity || degree(b) >= capacity || contains(a, b)) {
            return false;
        }
        append(a, b, w, tieFlags, day);
        append(b, a, w, tieFlags, day);
        return true;
    }

    private void append(int owner, int other, float w, byte tieFlags, int day) {
        int d = degree(owner);
        if (d == (room[owner] & 0xFF)) {
            move(owner, Math.min(capacity, d + GROWTH));
        }
        int s = start[owner] + d;
        degree[owner] = (byte) (d + 1);
        neighbour[s] = other;
        tie[s] = TieWord.of(w, tieFlags);
        formed[s] = (char) day;
    }

    /** Moves a full block to the end of the slab with room for {@code slots} ties. */
    private void move(int owner, int slots) {
        if ((long) end + slots > neighbour.length) {
            if (abandoned * ABANDONED_SHARE >= neighbour.length) {
                relayout();
            }
            if ((long) end + slots > neighbour.length) {
                long needed = (long) end + slots;
                if (needed > MAX_SLOTS) {
                    throw new IllegalStateException("the offline network outgrew the largest array Java allows ("
                            + MAX_SLOTS + " tie slots); lower the tie capacity or the population");
                }
                long grown = Math.min(MAX_SLOTS, needed + end / SPARE_SHARE);
                resize((int) grown);
            }
        }
        int from = start[owner];
        int d = degree(owner);
        System.arraycopy(neighbour, from, neighbour, end, d);
        System.arraycopy(tie, from, tie, end, d);
        System.arraycopy(formed, from, formed, end, d);
        abandoned += room[owner] & 0xFF;
        start[owner] = end;
        room[owner] = (byte) slots;
        end += slots;
    }

    private void resize(int slots) {
        neighbour = Arrays.copyOf(neighbour, slots);
        tie = Arrays.copyOf(tie, slots);
        formed = Arrays.copyOf(formed, slots);
    }

    /**
     * Lays the blocks out afresh in agent order, without the abandoned ones, each with the same room
     * and slot order. One array is copied at a time, so that at the size of a country the extra
     * memory held is one array, not the graph.
     */
    private void relayout() {
        int[] newStart = new int[agents];
        int next = 0;
        for (int p = 0; p < agents; p++) {
            newStart[p] = next;
            next += room[p] & 0xFF;
        }
        int slots = (int) Math.min(MAX_SLOTS, next + (long) next / SPARE_SHARE);
        neighbour = (int[]) moveBlocks(neighbour, new int[slots], newStart);
        tie = (char[]) moveBlocks(tie, new char[slots], newStart);
        formed = (char[]) moveBlocks(formed, new char[slots], newStart);
        System.arraycopy(newStart, 0, start, 0, agents);
        end = next;
        abandoned = 0;
    }

    /** Copies each agent's live slots in {@code old} to its new place in {@code slots}. */
    private Object moveBlocks(Object old, Object slots, int[] newStart) {
        for (int p = 0; p < agents; p++) {
            System.arraycopy(old, start[p], slots, newStart[p], degree(p));
        }
        return slots;
    }

    /** Dates every tie now in the graph to {@code day} (the network a run starts from). */
    public void markFormed(int day) {
        java.util.Arrays.fill(formed, (char) day);
    }

    /** Days since slot {@code k} of {@code agent} formed, on day {@code today}. */
    public int age(int agent, int k, int today) {
        return (today - formed[start[agent] + k]) & 0xFFFF;
    }

    /** Sets a flag on both sides of the tie in slot {@code k} of agent {@code a}. */
    public void setFlagAt(int a, int k, byte flag) {
        int s = start[a] + k;
        int b = neighbour[s];
        tie[s] |= flag;
        tie[start[b] + indexOf(b, a)] |= flag;
    }

    /**
     * Lays the blocks out afresh in agent order, without the room abandoned by blocks that moved: a
     * graph just built holds no more slab than its ties need and their room to grow.
     */
    public void compact() {
        relayout();
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
        int b = start[owner];
        int last = degree(owner) - 1;
        degree[owner] = (byte) last;
        neighbour[b + k] = neighbour[b + last];
        tie[b + k] = tie[b + last];
        formed[b + k] = formed[b + last];
    }

    /** Sets the strength of tie a-b on both sides. */
    public void setStrength(int a, int b, float w) {
        int ka = indexOf(a, b);
        int kb = indexOf(b, a);
        if (ka < 0 || kb < 0) {
            throw new IllegalArgumentException("no tie between " + a + " and " + b);
        }
        int s = start[a] + ka;
        char word = TieWord.of(w, TieWord.flags(tie[s]));
        tie[s] = word;
        tie[start[b] + kb] = word;
    }

    /** Number of undirected ties. */
    public long tieCount() {
        long sum = 0;
        for (byte d : degree) {
            sum += d & 0xFF;
        }
        return sum / 2;
    }

    public double meanDegree() {
        return agents == 0 ? 0 : 2.0 * tieCount() / agents;
    }

    /** Sum of an agent's tie strengths. */
    public double strengthSum(int agent) {
        int b = start[agent];
        double s = 0;
        for (int k = 0; k < degree(agent); k++) {
            s += TieWord.strength(tie[b + k]);
        }
        return s;
    }

    /** Strength of the agent's strongest tie, 0 without ties. */
    public float maxStrength(int agent) {
        int b = start[agent];
        float m = 0;
        for (int k = 0; k < degree(agent); k++) {
            m = Math.max(m, TieWord.strength(tie[b + k]));
        }
        return m;
    }

    /** Heap bytes held by this graph's arrays. */
    public long bytes() {
        return 4L * start.length + degree.length + room.length + 4L * neighbour.length + 2L * tie.length
                + 2L * formed.length;
    }

    /** Copy of an agent's neighbour ids, for tests and views (not for the hot path). */
    public int[] neighboursOf(int agent) {
        int b = start[agent];
        return Arrays.copyOfRange(neighbour, b, b + degree(agent));
    }
}
