package org.lonelyloop.model.submodel;

import org.lonelyloop.model.DailyProcess;
import org.lonelyloop.model.Day;
import org.lonelyloop.model.Phase;
import org.lonelyloop.model.Population;
import org.lonelyloop.model.params.PopulationParams;
import org.lonelyloop.model.random.Purpose;
import org.lonelyloop.model.random.RandomStream;

/**
 * Today's social-media minutes: the agent's baseline, times the exponential of the pushes the use
 * pathways added, times a mean-one log-normal day-to-day variation; at most {@link #MAX_SHARE} of
 * the agent's free time. Split into active and passive minutes by the agent's active share.
 */
public final class DailyUse implements DailyProcess {
    /** Nobody spends more than this share of their free time on social media. */
    public static final double MAX_SHARE = 0.9;

    @Override
    public Phase phase() {
        return Phase.USE;
    }

    @Override
    public void apply(Day day) {
        Population pop = day.population();
        PopulationParams pp = day.scenario().population();
        double sigma = pp.useMinutesDailyNoise();
        double meanOneShift = -0.5 * sigma * sigma;
        long seed = day.seed();
        int d = day.index();
        day.workers().forEachChunk(pop.size, (chunk, from, to) -> {
            RandomStream r = new RandomStream();
            for (int i = from; i < to; i++) {
                r.reset(seed, d, Purpose.USE, i);
                double minutes = pop.baseMinutes[i] * Math.exp(pop.useDrive[i] + sigma * r.nextGaussian() + meanOneShift);
                minutes = Math.min(minutes, MAX_SHARE * pop.freeMinutes[i]);
                float active = (float) (minutes * pop.activeShare[i]);
                pop.useMinutes[i] = (float) minutes;
                pop.activeMinutes[i] = active;
                pop.passiveMinutes[i] = (float) minutes - active;
            }
        });
    }
}
