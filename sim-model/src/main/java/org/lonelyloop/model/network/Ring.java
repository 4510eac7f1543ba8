package org.lonelyloop.model.network;

import java.io.Serializable;

/**
 * The ring of settings: agents in order of age (with noise), neighbours on it sharing school, work
 * and clubs. New ties are sought among people a few places away; a move takes an agent to another
 * part of it.
 *
 * <p>Large populations are numbered along the ring before their networks are built (for memory
 * locality in building them and in the meeting step), after which agent i sits at place i. The ring then keeps no
 * arrays, which were 8 bytes an agent at the size of a country, until a move changes the order.
 */
public final class Ring implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int size;
    /** The agent at each place; null while agent i sits at place i. */
    private int[] order;
    /** The place of each agent; null while agent i sits at place i. */
    private int[] place;

    /** A ring with these agents in this order. */
    public Ring(int[] order) {
        this.size = order.length;
        this.order = order.clone();
        this.place = placesOf(order);
    }

    /** The place of each agent on a ring with these agents in this order: the inverse permutation. */
    public static int[] placesOf(int[] order) {
        int[] place = new int[order.length];
        for (int p = 0; p < order.length; p++) {
            place[order[p]] = p;
        }
        return place;
    }

    private Ring(int size) {
        this.size = size;
    }

    /** The ring of agents numbered along it: agent i at place i. */
    public static Ring numbered(int size) {
        return new Ring(size);
    }

    public int size() {
        return size;
    }

    /** The agent at place {@code p} (0 <= p < size). */
    public int agentAt(int p) {
        return order == null ? p : order[p];
    }

    /** The place of agent {@code agent}. */
    public int placeOf(int agent) {
        return place == null ? agent : place[agent];
    }

    /** Moves the agent at place {@code from} to place {@code to}, shifting those between by one place. */
    public void move(int from, int to) {
        if (order == null) {
            order = new int[size];
            place = new int[size];
            for (int p = 0; p < size; p++) {
                order[p] = p;
                place[p] = p;
            }
        }
        int agent = order[from];
        int step = to > from ? 1 : -1;
        for (int p = from; p != to; p += step) {
            order[p] = order[p + step];
            place[order[p]] = p;
        }
        order[to] = agent;
        place[agent] = to;
    }

    /** A copy of the order: the agent at each place. */
    public int[] order() {
        int[] copy = new int[size];
        for (int p = 0; p < size; p++) {
            copy[p] = agentAt(p);
        }
        return copy;
    }

    /** A copy of every agent's place. */
    public int[] places() {
        int[] copy = new int[size];
        for (int i = 0; i < size; i++) {
            copy[i] = placeOf(i);
        }
        return copy;
    }

    /** Heap bytes of the two arrays (none while agents are numbered along the ring). */
    public long bytes() {
        return order == null ? 0 : 8L * size;
    }
}
