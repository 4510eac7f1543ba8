package org.lonelyloop.model.network;

/**
 * One tie slot's strength and flags in 16 bits: the strength in steps of 1/16383 above the two flag
 * bits ({@link TieGraph#ONLINE}, {@link TieGraph#MET}).
 *
 * <p>A float and a byte of flags were 5 of a slot's 11 bytes, and the meeting step reads and writes
 * both for every tie every day. A step of 1/16383 is 0.12 % of the strength at which a tie ends (0.05)
 * and far below what any measure of closeness resolves. What it must not do is stop a weak tie's
 * decay by rounding it away: {@link #weakened} takes at least one step whenever the exact decay is
 * more than nothing, so a tie no one keeps up still ends.
 */
public final class TieWord {
    /** The flag bits below the strength. */
    static final int FLAG_BITS = 2;
    static final int FLAG_MASK = (1 << FLAG_BITS) - 1;
    /** Steps of the strength from 0 to 1. */
    public static final int STEPS = (1 << (16 - FLAG_BITS)) - 1;
    private static final float STEP = 1f / STEPS;

    private TieWord() {
    }

    /** The word of a tie of strength {@code strength} (clamped to [0, 1], rounded to a step) and {@code flags}. */
    public static char of(float strength, int flags) {
        return (char) (steps(strength) << FLAG_BITS | (flags & FLAG_MASK));
    }

    /** A tie's strength, in [0, 1]. */
    public static float strength(char word) {
        return (word >>> FLAG_BITS) * STEP;
    }

    public static int flags(char word) {
        return word & FLAG_MASK;
    }

    /** A word's strength in steps of 1/{@link #STEPS}. */
    public static int steps(int word) {
        return word >>> FLAG_BITS;
    }

    /** The strength of {@code steps} steps. */
    public static float strengthOf(int steps) {
        return steps * STEP;
    }

    /** The word of a strength in steps and flags. */
    public static int word(int steps, int flags) {
        return steps << FLAG_BITS | flags;
    }

    /**
     * The steps of a tie that closes {@code gain} of its gap to full strength, to the nearest step
     * (worked in steps: a conversion each way fewer than in strengths).
     */
    public static int strengthened(int steps, float gain) {
        return (int) (steps + gain * (STEPS - steps) + 0.5f);
    }

    /**
     * The steps of a tie that keeps {@code kept} of its strength: to the nearest step, and at least
     * one step lower whenever {@code kept} is below 1, so that rounding never stops a decay.
     */
    public static int weakened(int steps, float kept) {
        int now = (int) (steps * kept + 0.5f);
        return Math.max(0, Math.min(now, steps - (kept < 1 ? 1 : 0)));
    }

    /** The fewest steps whose strength is at least {@code strength}: a tie below it has less. */
    public static int stepsAtLeast(float strength) {
        int n = steps(strength);
        while (n > 0 && strengthOf(n - 1) >= strength) {
            n--;
        }
        while (n <= STEPS && strengthOf(n) < strength) {
            n++;
        }
        return n;
    }

    private static int steps(float strength) {
        float s = strength <= 0 ? 0 : Math.min(strength, 1f);
        return (int) (s * STEPS + 0.5f);
    }
}
