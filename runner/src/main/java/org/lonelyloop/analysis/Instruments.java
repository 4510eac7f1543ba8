package org.lonelyloop.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.lonelyloop.model.AgentView;
import org.lonelyloop.model.LonelyLoop;

/**
 * Survey instruments, applied to simulated people the way studies apply them to real ones.
 *
 * <p>Loneliness is measured with the 6-item De Jong Gierveld scale: item j (j = 1..6) is endorsed
 * when latent loneliness plus item noise exceeds j/7, so without noise the score is the model's own
 * {@code floor(7 L)}. Self-reported hours are a week's true mean times a log-normal reporting error
 * (people misjudge their screen time by a factor that varies between persons: Parry et al. 2021,
 * Nat. Hum. Behav. 5:1535). Random numbers come from the instrument's own seeded generator, so
 * measuring never disturbs the simulation.
 */
public final class Instruments {
    /** Standard deviation of item-level noise on latent loneliness. */
    public static final double ITEM_NOISE = 0.08;
    /** Log-scale standard deviation of self-reported social-media time. */
    public static final double REPORTING_ERROR = 0.3;

    private Instruments() {
    }

    /** The 6-item De Jong Gierveld score of a latent loneliness, with item noise. */
    public static int djgScore(double latent, SplittableRandom r, double itemNoise) {
        int score = 0;
        for (int j = 1; j <= 6; j++) {
            if (latent + itemNoise * gaussian(r) > j / 7.0) {
                score++;
            }
        }
        return score;
    }

    /** A self-report of {@code trueValue} with multiplicative log-normal error. */
    public static double selfReport(double trueValue, SplittableRandom r, double logSd) {
        return trueValue * Math.exp(logSd * gaussian(r) - 0.5 * logSd * logSd);
    }

    public static double gaussian(SplittableRandom r) {
        double u1 = r.nextDouble();
        double u2 = r.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** Ids of the agents whose age lies in [minAge, maxAge), in id order. */
    public static int[] agesBetween(LonelyLoop model, double minAge, double maxAge) {
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < model.populationSize(); i++) {
            double age = model.agent(i).getAge();
            if (age >= minAge && age < maxAge) {
                ids.add(i);
            }
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A simple random sample of {@code n} ids (all of them if fewer), sorted. */
    public static int[] sample(int[] ids, int n, SplittableRandom r) {
        if (ids.length <= n) {
            return ids.clone();
        }
        int[] copy = ids.clone();
        for (int i = 0; i < n; i++) {
            int j = i + r.nextInt(copy.length - i);
            int t = copy[i];
            copy[i] = copy[j];
            copy[j] = t;
        }
        int[] out = java.util.Arrays.copyOf(copy, n);
        java.util.Arrays.sort(out);
        return out;
    }

    /** Mean active and passive minutes of one agent over a rolling week, kept by {@link WeekOfUse}. */
    public static final class WeekOfUse {
        private final int[] ids;
        private final double[][] active;
        private final double[][] passive;
        private int filled;

        public WeekOfUse(int[] ids) {
            this.ids = ids;
            this.active = new double[ids.length][7];
            this.passive = new double[ids.length][7];
        }

        /** Records today's minutes of every tracked agent. */
        public void record(LonelyLoop model, int day) {
            int slot = day % 7;
            for (int k = 0; k < ids.length; k++) {
                AgentView a = model.agent(ids[k]);
                active[k][slot] = a.getActiveMinutes();
                passive[k][slot] = a.getPassiveMinutes();
            }
            filled = Math.min(7, filled + 1);
        }

        public double activeHours(int k) {
            return mean(active[k]) / 60.0;
        }

        public double passiveHours(int k) {
            return mean(passive[k]) / 60.0;
        }

        private double mean(double[] week) {
            double s = 0;
            for (int d = 0; d < filled; d++) {
                s += week[d];
            }
            return filled == 0 ? 0 : s / filled;
        }
    }
}
