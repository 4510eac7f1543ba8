package org.lonelyloop.model.state;

/**
 * Packs what the meeting step reads about a tie's other end into one 64-bit word: the agent it
 * proposes to (32 bits), which proposals stand (2 bits), whether it met anyone yesterday (1 bit),
 * its chance of accepting and the share of tie decay its active use prevents (14 bits each, steps
 * of 1/16383).
 *
 * <p>With a million agents the meeting step walks ten million tie slots a day, each pointing at a
 * random agent; reading four separate arrays there cost a cache miss each and made it half of the
 * day's time. One word costs one miss. Both ends of a tie read the same packed (rounded) values, so
 * their verdicts still agree exactly.
 */
public final class ContactWord {
    private static final int FRACTION_BITS = 14;
    private static final long MET_BIT = 1L << (2 * FRACTION_BITS);
    private static final double FRACTION_SCALE = (1 << FRACTION_BITS) - 1;
    private static final long FRACTION_MASK = (1L << FRACTION_BITS) - 1;
    /** The bits a proposal leaves alone: whether the agent met anyone yesterday and its two fractions. */
    private static final long KEPT_WITH_PROPOSAL = MET_BIT | (FRACTION_MASK << FRACTION_BITS) | FRACTION_MASK;
    /**
     * The same scale in float. Unpacking divides in float, which the meeting step does for every
     * online tie: a float quotient of two floats equals the double quotient rounded to float
     * (double has more than twice float's precision plus two bits, so the second rounding is
     * innocuous; Figueroa 1995), and float division is the cheaper one.
     */
    private static final float FRACTION_SCALE_F = (float) FRACTION_SCALE;

    private ContactWord() {
    }

    public static long pack(int proposal, byte kind, boolean metYesterday, double availability, double maintenance) {
        return withProposal(pack(metYesterday, availability, maintenance), proposal, kind);
    }

    /** The word of an agent that proposes nothing today: proposal -1, no proposal standing. */
    public static long pack(boolean metYesterday, double availability, double maintenance) {
        long a = steps(Clamp.between(availability, 0, 1) * FRACTION_SCALE);
        long m = steps(Clamp.between(maintenance, 0, 1) * FRACTION_SCALE);
        return (-1L << 32) | (metYesterday ? MET_BIT : 0) | (a << FRACTION_BITS) | m;
    }

    /**
     * The same word with a proposal in it, so that the agents who propose pay for the rounding of
     * their fractions once.
     */
    public static long withProposal(long word, int proposal, byte kind) {
        return (word & KEPT_WITH_PROPOSAL) | ((long) proposal << 32) | ((long) (kind & 3) << 30);
    }

    /**
     * {@code Math.round(x)} for x in [0, 2^52) or NaN. On JDK 17 the library's rounding splits the
     * double's bits apart and was a twentieth of the day in profiles; truncating {@code x + 0.5}
     * gives the same integer for every such x from 0.5 on (the sum is exact, or rounds onto a power
     * of two that is itself the answer), and below 0.5 the answer is 0 even where the sum rounds up
     * to 1 (at the double just below 0.5). ContactWordTest compares the two around every half-step.
     */
    static long steps(double x) {
        return x < 0.5 ? 0 : (long) (x + 0.5);
    }

    /** Whether the agent met anyone face to face yesterday. */
    public static boolean metYesterday(long word) {
        return (word & MET_BIT) != 0;
    }

    /** {@link #metYesterday} as 1 or 0, for counting without a branch. */
    public static int metYesterdayBit(long word) {
        return (int) (word >>> (2 * FRACTION_BITS)) & 1;
    }

    public static int proposal(long word) {
        return (int) (word >> 32);
    }

    public static byte kind(long word) {
        return (byte) ((word >>> 30) & 3);
    }

    public static float availability(long word) {
        return ((word >>> FRACTION_BITS) & FRACTION_MASK) / FRACTION_SCALE_F;
    }

    public static float maintenance(long word) {
        return (word & FRACTION_MASK) / FRACTION_SCALE_F;
    }
}
