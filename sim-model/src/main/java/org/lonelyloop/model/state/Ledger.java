package org.lonelyloop.model.state;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The pathway ledger: for every agent, today's contribution of each term to the change in
 * loneliness ({@link LonelinessSource}) and to social-media minutes ({@link UseSource}).
 *
 * <p>Kept per agent rather than only as population sums so that the GUI's diary can say why one
 * agent's loneliness changed, and so that means by age group or loneliness category are simple
 * reductions. At 4 bytes per entry per agent it stays well inside the memory budget.
 */
public final class Ledger implements Serializable {
    private static final long serialVersionUID = 2L;
    /** The sources only interventions and life events feed. */
    private static final java.util.Set<LonelinessSource> FROM_OUTSIDE =
            java.util.EnumSet.of(LonelinessSource.INTERVENTIONS, LonelinessSource.EVENTS);

    private final float[][] loneliness;
    private final float[][] contactLog;
    private final float[][] useDrive;
    /** The zeros the {@link #FROM_OUTSIDE} columns share until {@link #ownOutsideColumns}. */
    private final float[] nothing;

    public Ledger(int agents) {
        loneliness = new float[LonelinessSource.values().length][];
        contactLog = new float[LonelinessSource.values().length][];
        nothing = new float[agents];
        for (LonelinessSource s : LonelinessSource.values()) {
            boolean outside = FROM_OUTSIDE.contains(s);
            loneliness[s.ordinal()] = outside ? nothing : new float[agents];
            if (s.throughContact) {
                contactLog[s.ordinal()] = outside ? nothing : new float[agents];
            }
        }
        useDrive = new float[UseSource.values().length][agents];
    }

    /**
     * Gives the columns of interventions and life events arrays of their own. Until then their four
     * columns are one array of zeros that nothing writes (nothing sets their contact factors, so the
     * loneliness step books nothing to them): 12 bytes an agent in runs, and burn-ins, without
     * either. The model calls this with {@link org.lonelyloop.model.state.Population#ownModifiers}.
     */
    public void ownOutsideColumns() {
        for (LonelinessSource s : FROM_OUTSIDE) {
            if (loneliness[s.ordinal()] == nothing) {
                loneliness[s.ordinal()] = nothing.clone();
                contactLog[s.ordinal()] = nothing.clone();
            }
        }
    }

    /** Today's contribution of one source to each agent's change in loneliness. */
    public float[] loneliness(LonelinessSource source) {
        return loneliness[source.ordinal()];
    }

    /**
     * Today's log of the factor a contact pathway applied to each agent's chance of meeting people;
     * loneliness dynamics turn it into that pathway's share of the contact term.
     */
    public float[] contactLog(LonelinessSource source) {
        float[] a = contactLog[source.ordinal()];
        if (a == null) {
            throw new IllegalArgumentException(source + " does not act through contact");
        }
        return a;
    }

    /**
     * Today's log-multiplier each use pathway applied to each agent's baseline use; the minutes it
     * added are {@code minutes * (1 - exp(-drive))}.
     */
    public float[] useDrive(UseSource source) {
        return useDrive[source.ordinal()];
    }

    /** Clears today's entries for agents [from, to) (the shared zeros need no clearing). */
    public void clear(int from, int to) {
        for (float[][] table : new float[][][] {loneliness, contactLog, useDrive}) {
            for (float[] a : table) {
                if (a != null && a != nothing) {
                    Arrays.fill(a, from, to, 0f);
                }
            }
        }
    }

    /** Heap bytes of the columns, each array counted once however many columns share it. */
    public long bytes() {
        java.util.Set<float[]> counted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        long n = 0;
        for (float[][] table : new float[][][] {loneliness, contactLog, useDrive}) {
            for (float[] a : table) {
                if (a != null && counted.add(a)) {
                    n += 4L * a.length;
                }
            }
        }
        return n;
    }
}
