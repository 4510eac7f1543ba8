package org.lonelyloop.experiment;

import org.lonelyloop.model.random.RandomStream;

/**
 * Seeds of the runs of an experiment: a function of the base seed and the run's index only, so a
 * run can be repeated alone, on any machine, in any shard, and gets the same seed in every version
 * (pinned by a test).
 */
public final class Seeds {
    private Seeds() {
    }

    /** The seed of run {@code index} (0-based) of an experiment with base seed {@code base}. */
    public static long forRun(long base, int index) {
        return RandomStream.mix(RandomStream.mix(base ^ 0x4C4F4E454C594C50L) + index) & Long.MAX_VALUE;
    }
}
