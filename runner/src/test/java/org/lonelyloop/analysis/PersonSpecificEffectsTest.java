package org.lonelyloop.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PersonSpecificEffectsTest {
    /**
     * Persons whose true standardised effects are known: -0.3 (10 %), 0 (44 %), +0.3 (46 %). With
     * enough occasions per person the sampling error (about 0.02 here) is far below the +-0.05 band,
     * so the shares come back; with few occasions part of the "no effect" group spills over, which
     * is why the calibration measures with the studies' own number of occasions.
     */
    @Test
    void recoversKnownSharesOfWorseNeitherAndBetter() {
        Random r = new Random(7);
        int persons = 2000;
        int occasions = 3000;
        double[][] mood = new double[persons][occasions];
        double[][] passive = new double[persons][occasions];
        for (int p = 0; p < persons; p++) {
            double u = (double) p / persons;
            double effect = u < 0.10 ? -0.3 : u < 0.54 ? 0 : 0.3;
            for (int t = 0; t < occasions; t++) {
                passive[p][t] = r.nextGaussian();
                mood[p][t] = effect * passive[p][t] + Math.sqrt(1 - effect * effect) * r.nextGaussian();
            }
        }
        PersonSpecificEffects.Shares s = PersonSpecificEffects.estimate(mood, passive, PersonSpecificEffects.THRESHOLD);
        assertEquals(0.10, s.worse(), 0.02);
        assertEquals(0.44, s.none(), 0.04);
        assertEquals(0.46, s.better(), 0.04);
    }

    @Test
    void shrinkageClassifiesPureNoiseAsNoEffect() {
        Random r = new Random(3);
        int persons = 500;
        int occasions = 35;
        double[][] mood = new double[persons][occasions];
        double[][] passive = new double[persons][occasions];
        for (int p = 0; p < persons; p++) {
            for (int t = 0; t < occasions; t++) {
                passive[p][t] = r.nextGaussian();
                mood[p][t] = r.nextGaussian();
            }
        }
        PersonSpecificEffects.Shares s = PersonSpecificEffects.estimate(mood, passive, PersonSpecificEffects.THRESHOLD);
        assertEquals(1.0, s.none(), 0.05, "with no true differences, shrinkage leaves almost everyone at no effect");
    }
}
