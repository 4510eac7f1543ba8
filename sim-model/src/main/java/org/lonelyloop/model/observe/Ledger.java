package org.lonelyloop.model.observe;

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
    private static final long serialVersionUID = 1L;

    private final float[][] loneliness;
    private final float[][] contactLog;
    private final float[][] useDrive;

    public Ledger(int agents) {
        loneliness = new float[LonelinessSource.values().length][agents];
        contactLog = new float[LonelinessSource.values().length][];
        for (LonelinessSource s : LonelinessSource.values()) {
            if (s.throughContact) {
                contactLog[s.ordinal()] = new float[agents];
            }
        }
        useDrive = new float[UseSource.values().length][agents];
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

    /** Clears today's entries for agents [from, to). */
    public void clear(int from, int to) {
        for (float[][] table : new float[][][] {loneliness, contactLog, useDrive}) {
            for (float[] a : table) {
                if (a != null) {
                    Arrays.fill(a, from, to, 0f);
                }
            }
        }
    }

    public long bytes() {
        long n = 0;
        for (float[][] table : new float[][][] {loneliness, contactLog, useDrive}) {
            for (float[] a : table) {
                n += a == null ? 0 : 4L * a.length;
            }
        }
        return n;
    }
}
