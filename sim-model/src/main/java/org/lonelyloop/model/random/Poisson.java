package org.lonelyloop.model.random;

import org.apache.commons.rng.sampling.distribution.LargeMeanPoissonSampler;

/** Poisson counts from a {@link RandomStream}, exact in distribution for every mean. */
public final class Poisson {
    /**
     * From this mean on, Commons RNG's rejection sampler (Devroye 1981) replaces inversion: its
     * documented range, where inversion's search grows long. Below it {@code exp(-mean)} is far from
     * underflow and the search takes a handful of steps.
     */
    static final double LARGE_FROM = 40;

    private Poisson() {
    }

    /**
     * A Poisson count with the given mean (0 for a mean of 0 or less): exact inversion by sequential
     * search from one uniform (Devroye 1986, ch. X.3) below {@link #LARGE_FROM}, the rejection
     * method of {@link LargeMeanPoissonSampler} from there on. Both draw from the agent's own
     * stream, so a count does not depend on the thread that draws it. The large-mean sampler is
     * built per draw; fewer than one draw in two hundred needs it.
     */
    public static int draw(RandomStream r, double mean) {
        if (!(mean > 0)) {
            return 0;
        }
        if (mean >= LARGE_FROM) {
            return LargeMeanPoissonSampler.of(r, mean).sample();
        }
        double u = r.nextDouble();
        double p = Math.exp(-mean);
        double cumulative = p;
        int k = 0;
        while (u > cumulative && k < 1000) {
            k++;
            p *= mean / k;
            cumulative += p;
        }
        return k;
    }
}
