package org.lonelyloop.model.random;

/** Poisson counts from a {@link RandomStream}, without allocation. */
public final class Poisson {
    /** Above this mean the normal approximation replaces exact inversion. */
    private static final double NORMAL_FROM = 30;

    private Poisson() {
    }

    /**
     * A Poisson count with the given mean (0 for a mean of 0 or less): exact inversion by sequential
     * search from one uniform (Devroye 1986, ch. X.3), normal approximation for large means.
     */
    public static int draw(RandomStream r, double mean) {
        if (!(mean > 0)) {
            return 0;
        }
        if (mean >= NORMAL_FROM) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * r.nextGaussian()));
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
