package org.lonelyloop.model.random;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * A small counter-based generator (SplitMix64, Steele, Lea and Flood 2014, "Fast splittable
 * pseudorandom number generators", OOPSLA) keyed by (seed, day, purpose, agent).
 *
 * <p>Every agent gets its own stream for each day and purpose, so the numbers an agent draws do not
 * depend on which thread processes it or in which order agents are visited: this is what makes a
 * parallel day bit-identical to a single-threaded one. One instance is reused per worker chunk
 * ({@link #reset}) to keep the daily step free of allocation.
 */
public final class RandomStream implements UniformRandomProvider {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state;
    /**
     * Normal deviates by the modified ziggurat of Commons RNG (McFarland 2016), drawing from this
     * stream: a few nanoseconds each instead of a logarithm, a root and a cosine (Box-Muller). The
     * sampler keeps no state of its own between draws, so resetting the stream resets it too.
     */
    private final ContinuousSampler normal = ZigguratSampler.NormalizedGaussian.of(this);

    /** Positions this stream at the start of the sequence for one (seed, day, purpose, agent). */
    public RandomStream reset(long seed, int day, Purpose purpose, int agent) {
        return reset(dayKey(seed, day, purpose), agent);
    }

    /**
     * Positions this stream at the start of one agent's sequence, from the {@link #dayKey} of its
     * day and purpose: the same sequence as {@link #reset(long, int, Purpose, int)}.
     */
    public RandomStream reset(long dayKey, int agent) {
        state = mix(dayKey + agent);
        return this;
    }

    /** The starting state of a stream; distinct keys give statistically independent sequences. */
    public static long key(long seed, int day, Purpose purpose, int agent) {
        return mix(dayKey(seed, day, purpose) + agent);
    }

    /**
     * The part of every key that one day and purpose share. A daily pass works it out once: keying
     * each agent's stream from scratch cost two of its three mixing rounds again for every agent,
     * some eight times an agent-day (the JIT does not hoist them, as the purpose's code is an
     * ordinary field to it).
     */
    public static long dayKey(long seed, int day, Purpose purpose) {
        return mix(mix(seed ^ ((long) purpose.code * 0xD1B54A32D192ED03L)) + day);
    }

    /**
     * One uniform number in [0, 1) for an unordered pair of agents on a day: both agents of a tie
     * compute the same value, which lets each side decide a shared event without talking to the
     * other (the key to writing only one's own slots in parallel).
     */
    public static double pairUniform(long seed, int day, Purpose purpose, int a, int b) {
        return pairUniform(dayKey(seed, day, purpose), a, b);
    }

    /** {@link #pairUniform(long, int, Purpose, int, int)} from the {@link #dayKey} of its day and purpose. */
    public static double pairUniform(long dayKey, int a, int b) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        return toUnit(mix(mix(dayKey + lo) + ((long) hi << 1 | (a < b ? 0 : 1)) * GOLDEN_GAMMA));
    }

    /** The SplitMix64 finaliser: a bijective 64-bit mix with good avalanche. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static double toUnit(long bits) {
        return (bits >>> 11) * 0x1.0p-53;
    }

    @Override
    public long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /** Uniform in [0, 1). */
    @Override
    public double nextDouble() {
        return toUnit(nextLong());
    }

    /** True with probability {@code p} (p outside [0, 1] is clamped by the comparison). */
    public boolean nextBoolean(double p) {
        return nextDouble() < p;
    }

    /** Uniform integer in [0, bound); bound must be positive. */
    @Override
    public int nextInt(int bound) {
        return (int) ((nextLong() >>> 33) * bound >>> 31);
    }

    /** Standard normal deviate. */
    public double nextGaussian() {
        return normal.sample();
    }
}
