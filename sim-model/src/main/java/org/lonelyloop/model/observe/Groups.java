package org.lonelyloop.model.observe;

import java.util.List;
import org.lonelyloop.model.network.OnlineGraph;
import org.lonelyloop.model.network.TieGraph;
import org.lonelyloop.model.state.Population;

/**
 * Who belongs to the scenario's groups ({@link GroupSpec}): each agent's place in each group,
 * chosen at the start of the group's day and kept for the rest of the run. A byte per agent and
 * group, and nothing at all for a scenario without groups.
 */
public final class Groups implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** An agent's place in a group: a member, one of its others, or not among those considered. */
    public static final byte MEMBER = 0;
    public static final byte OTHER = 1;
    public static final byte OUTSIDE = -1;

    private final List<GroupSpec> specs;
    /** Per group, each agent's place; null until the group's day has begun. */
    private final byte[][] place;

    public Groups(List<GroupSpec> specs) {
        this.specs = List.copyOf(specs);
        this.place = new byte[specs.size()][];
    }

    public List<GroupSpec> specs() {
        return specs;
    }

    public int size() {
        return specs.size();
    }

    /** Whether group {@code g} has been chosen (its day has begun). */
    public boolean chosen(int g) {
        return place[g] != null;
    }

    /** The places in group {@code g}, or null before its day. */
    public byte[] places(int g) {
        return place[g];
    }

    /** Agent {@code i}'s place in group {@code g}, or {@link #OUTSIDE} before the group's day. */
    public byte placeOf(int g, int i) {
        return place[g] == null ? OUTSIDE : place[g][i];
    }

    /**
     * Chooses the groups whose day begins now (or has passed unchosen, as for a run resumed or
     * branched past it), from the state the day starts from.
     */
    public void chooseDue(int day, Population pop, TieGraph offline, OnlineGraph online, double problematicCutoff) {
        for (int g = 0; g < specs.size(); g++) {
            GroupSpec s = specs.get(g);
            if (place[g] != null || s.day().count() > day) {
                continue;
            }
            byte[] p = new byte[pop.size];
            java.util.Arrays.fill(p, OUTSIDE);
            for (int i : s.among().select(pop, offline, online, problematicCutoff)) {
                p[i] = OTHER;
            }
            for (int i : s.who().select(pop, offline, online, problematicCutoff)) {
                if (p[i] == OTHER) {
                    p[i] = MEMBER;
                }
            }
            place[g] = p;
        }
    }

    /** Heap bytes of the places chosen so far. */
    public long bytes() {
        long sum = 0;
        for (byte[] p : place) {
            sum += p == null ? 0 : p.length;
        }
        return sum;
    }
}
