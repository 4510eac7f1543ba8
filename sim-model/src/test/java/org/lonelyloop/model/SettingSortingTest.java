package org.lonelyloop.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.junit.jupiter.api.Test;
import org.lonelyloop.model.state.Population;

/** Settings that sort people by their dispositional loneliness (networks.offline.lonelinessSorting). */
class SettingSortingTest {
    private static final int N = 6000;

    private static Population population(float[] noisyAge) {
        Population pop = new Population(N);
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < N; i++) {
            pop.age[i] = (float) (18 + 70 * r.nextDouble());
            noisyAge[i] = (float) (pop.age[i] + 5 * r.nextGaussian());
            // The ring is sorted by dispositional loneliness: the mean of the two set points.
            float disposition = (float) (-1 + 1.2 * r.nextGaussian());
            pop.emotionalSetPoint[i] = disposition;
            pop.socialSetPoint[i] = disposition;
        }
        return pop;
    }

    /** Correlation of loneliness between ring neighbours (lag one). */
    private static double neighbourCorrelation(Population pop, int[] ring) {
        double[] a = new double[N - 1];
        double[] b = new double[N - 1];
        for (int pos = 0; pos + 1 < N; pos++) {
            a[pos] = pop.emotionalSetPoint[ring[pos]];
            b[pos] = pop.emotionalSetPoint[ring[pos + 1]];
        }
        return new PearsonsCorrelation().correlation(a, b);
    }

    @Test
    void keepsCohortsInAgeOrderAndEveryoneOnce() {
        float[] noisyAge = new float[N];
        Population pop = population(noisyAge);
        int[] ring = PopulationSampler.sortWithinCohorts(pop, noisyAge, 5, 0.9, 11);
        int[] sorted = ring.clone();
        Arrays.sort(sorted);
        int[] all = new int[N];
        Arrays.setAll(all, i -> i);
        assertArrayEquals(all, sorted, "a permutation of the agents");
        for (int pos = 1; pos < N; pos++) {
            assertTrue(Math.floor(noisyAge[ring[pos - 1]] / 5) <= Math.floor(noisyAge[ring[pos]] / 5),
                    "cohorts in age order at " + pos);
        }
        assertArrayEquals(ring, PopulationSampler.sortWithinCohorts(pop, noisyAge, 5, 0.9, 11), "same seed, same ring");
    }

    @Test
    void fullSortingOrdersEachCohortByLonelinessAlternatingDirection() {
        float[] noisyAge = new float[N];
        Population pop = population(noisyAge);
        int[] ring = PopulationSampler.sortWithinCohorts(pop, noisyAge, 5, 1.0, 11);
        int rises = 0;
        int falls = 0;
        for (int pos = 1; pos < N; pos++) {
            long c = (long) Math.floor(noisyAge[ring[pos]] / 5);
            if (c != (long) Math.floor(noisyAge[ring[pos - 1]] / 5)) {
                continue;
            }
            boolean up = pop.emotionalSetPoint[ring[pos]] >= pop.emotionalSetPoint[ring[pos - 1]] - 1e-3;
            boolean down = pop.emotionalSetPoint[ring[pos]] <= pop.emotionalSetPoint[ring[pos - 1]] + 1e-3;
            assertTrue(Math.floorMod(c + 1024, 2) == 0 ? up : down, "monotone within cohort " + c + " at " + pos);
            rises += up && !down ? 1 : 0;
            falls += down && !up ? 1 : 0;
        }
        assertTrue(rises > N / 4 && falls > N / 4, "both directions occur: " + rises + " up, " + falls + " down");
    }

    @Test
    void neighboursResembleEachOtherMoreAsSortingStrengthens() {
        float[] noisyAge = new float[N];
        Population pop = population(noisyAge);
        double weak = neighbourCorrelation(pop, PopulationSampler.sortWithinCohorts(pop, noisyAge, 5, 0.3, 11));
        double strong = neighbourCorrelation(pop, PopulationSampler.sortWithinCohorts(pop, noisyAge, 5, 0.9, 11));
        assertEquals(0.3 * 0.3, weak, 0.06, "a neighbour shares about rho^2 of the loneliness variance");
        assertEquals(0.9 * 0.9, strong, 0.06);
    }
}
