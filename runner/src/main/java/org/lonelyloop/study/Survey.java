package org.lonelyloop.study;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.random.RandomStream;

/**
 * What the research instruments share: random draws keyed by (study key, wave, agent), so a study
 * never disturbs the run it measures, answers the same after a resumed checkpoint, and gives two
 * worlds run with the same seed the same measurement noise (common random numbers); and simple
 * random samples drawn the same way.
 */
public final class Survey {
    private Survey() {
    }

    /** The study's key, from the run's seed and the study's own constant. */
    public static long key(long seed, long study) {
        return RandomStream.mix(seed ^ study);
    }

    /** The draws for one agent at one wave (negative waves for sampling and randomisation). */
    public static SplittableRandom draw(long key, int wave, int agent) {
        return new SplittableRandom(RandomStream.mix(RandomStream.mix(key + wave) ^ agent));
    }

    /** A simple random sample of up to {@code size} agents aged {@code minAge..maxAge}, in id order. */
    public static int[] sample(LonelyLoop model, int size, double minAge, double maxAge, long key) {
        int n = model.populationSize();
        if (n >= (1 << 24)) {
            throw new IllegalStateException("a survey samples from at most 16,777,215 agents");
        }
        long[] keyed = new long[n];
        int inFrame = 0;
        for (int i = 0; i < n; i++) {
            double age = model.agent(i).getAge();
            if (age >= minAge && age <= maxAge) {
                keyed[inFrame++] = (draw(key, -1, i).nextLong() & ~0xFFFFFFL) | i;
            }
        }
        long[] frame = Arrays.copyOf(keyed, inFrame);
        Arrays.sort(frame);
        int[] ids = new int[Math.min(size, inFrame)];
        for (int k = 0; k < ids.length; k++) {
            ids[k] = (int) (frame[k] & 0xFFFFFF);
        }
        Arrays.sort(ids);
        return ids;
    }

    /** A 0..1 scale score: the true value with normal noise, kept within the scale. */
    public static double scale(double trueValue, SplittableRandom r, double sd) {
        return Math.max(0, Math.min(1, trueValue + sd * Instruments.gaussian(r)));
    }
}
