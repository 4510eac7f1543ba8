package org.lonelyloop.model.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DeJongGierveldTest {
    @Test
    void theScoreIsTheSumOfTwoThreeItemSubscales() {
        assertEquals(0, DeJongGierveld.score(0.1, 0.2));
        assertEquals(1, DeJongGierveld.score(0.26, 0.1));
        assertEquals(6, DeJongGierveld.score(0.99, 0.8));
        assertEquals(5, DeJongGierveld.score(0.8, 0.6));
        assertEquals(DeJongGierveld.NOT, DeJongGierveld.category(1));
        assertEquals(DeJongGierveld.SOMEWHAT, DeJongGierveld.category(4));
        assertEquals(DeJongGierveld.STRONGLY, DeJongGierveld.category(5));
        assertEquals(DeJongGierveld.NOT, DeJongGierveld.subscaleCategory(0));
        assertEquals(DeJongGierveld.SOMEWHAT, DeJongGierveld.subscaleCategory(2));
        assertEquals(DeJongGierveld.STRONGLY, DeJongGierveld.subscaleCategory(3));
    }

    @Test
    void withoutNoiseTheSurveyGivesTheNoiseFreeCategory() {
        DeJongGierveld.Survey survey = new DeJongGierveld.Survey(0);
        double[] e = new double[4];
        double[] s = new double[4];
        double[] c = new double[3];
        for (double le = 0.01; le < 1; le += 0.07) {
            for (double ls = 0.02; ls < 1; ls += 0.09) {
                survey.categories(le, ls, e, s, c);
                int expected = DeJongGierveld.category(DeJongGierveld.score(le, ls));
                assertEquals(1.0, c[expected], 1e-12, le + ", " + ls);
            }
        }
    }

    @Test
    void theSurveysChancesAreWhatRepeatedNoisyAnswersGive() {
        double noise = 0.08;
        DeJongGierveld.Survey survey = new DeJongGierveld.Survey(noise);
        double[] e = new double[4];
        double[] s = new double[4];
        double[] c = new double[3];
        SplittableRandom r = new SplittableRandom(3);
        double le = 0.7;
        double ls = 0.52;
        survey.categories(le, ls, e, s, c);
        assertEquals(1.0, c[0] + c[1] + c[2], 1e-12);
        int n = 200_000;
        int[] counts = new int[3];
        for (int k = 0; k < n; k++) {
            int score = 0;
            for (int j = 1; j <= 3; j++) {
                score += le + noise * gaussian(r) > j * DeJongGierveld.ITEM_STEP ? 1 : 0;
                score += ls + noise * gaussian(r) > j * DeJongGierveld.ITEM_STEP ? 1 : 0;
            }
            counts[DeJongGierveld.category(score)]++;
        }
        for (int k = 0; k < 3; k++) {
            assertEquals(c[k], counts[k] / (double) n, 0.005, "category " + k);
        }
    }

    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
