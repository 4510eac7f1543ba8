package org.lonelyloop.study;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.lonelyloop.model.AgentView;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.scale.DeJongGierveld;

/**
 * Survey instruments, applied to simulated people the way studies apply them to real ones.
 *
 * <p>Loneliness is measured with the 6-item De Jong Gierveld scale, three emotional and three social
 * items: item j (j = 1..3) of a subscale is endorsed when that subscale's latent loneliness plus item
 * noise exceeds j/4, so without noise the score is the model's own (DeJongGierveld). Self-reported hours are a week's true mean times a log-normal reporting error
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

    /** The 6-item De Jong Gierveld score of an agent, with item noise: its two subscales' sum. */
    public static int djgScore(AgentView a, SplittableRandom r, double itemNoise) {
        return subscaleScore(a.getEmotionalLoneliness(), r, itemNoise) + subscaleScore(a.getSocialLoneliness(), r, itemNoise);
    }

    /** One 3-item subscale's score of a latent subscale loneliness, with item noise. */
    public static int subscaleScore(double latent, SplittableRandom r, double itemNoise) {
        int score = 0;
        for (int j = 1; j <= DeJongGierveld.SUBSCALE_ITEMS; j++) {
            if (latent + itemNoise * gaussian(r) > j * DeJongGierveld.ITEM_STEP) {
                score++;
            }
        }
        return score;
    }

    /**
     * The score {@link #djgScore} gives on average: the expected number of items endorsed, each
     * when its subscale's latent loneliness plus its noise passes the item's threshold.
     */
    public static double expectedDjgScore(AgentView a, double itemNoise) {
        return expectedSubscale(a.getEmotionalLoneliness(), itemNoise) + expectedSubscale(a.getSocialLoneliness(), itemNoise);
    }

    private static double expectedSubscale(double latent, double itemNoise) {
        double score = 0;
        for (int j = 1; j <= DeJongGierveld.SUBSCALE_ITEMS; j++) {
            double threshold = j * DeJongGierveld.ITEM_STEP;
            score += itemNoise <= 0 ? (latent > threshold ? 1 : 0)
                    : 0.5 * org.apache.commons.math3.special.Erf.erfc((threshold - latent) / (itemNoise * Math.sqrt(2)));
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
        /** Slot of the last day recorded. */
        private int last;

        public WeekOfUse(int[] ids) {
            this.ids = ids;
            this.active = new double[ids.length][7];
            this.passive = new double[ids.length][7];
        }

        /** Records today's minutes of every tracked agent (days in order, one call each). */
        public void record(LonelyLoop model, int day) {
            int slot = Math.floorMod(day, 7);
            last = slot;
            for (int k = 0; k < ids.length; k++) {
                AgentView a = model.agent(ids[k]);
                active[k][slot] = a.getActiveMinutes();
                passive[k][slot] = a.getPassiveMinutes();
            }
            filled = Math.min(7, filled + 1);
        }

        /** The tracked agents, in the order {@code k} counts them. */
        public int[] ids() {
            return ids.clone();
        }

        public double activeHours(int k) {
            return mean(active[k]) / 60.0;
        }

        /** Mean minutes of use a day over the week (active and passive). */
        public double useMinutes(int k) {
            return mean(active[k]) + mean(passive[k]);
        }

        /** Saves the week (with a checkpoint), to go on exactly after {@link #restore}. */
        public void save(java.io.DataOutputStream out) throws java.io.IOException {
            out.writeInt(ids.length);
            out.writeInt(filled);
            out.writeInt(last);
            for (int k = 0; k < ids.length; k++) {
                out.writeInt(ids[k]);
                for (int d = 0; d < 7; d++) {
                    out.writeDouble(active[k][d]);
                    out.writeDouble(passive[k][d]);
                }
            }
            out.flush();
        }

        public static WeekOfUse restore(java.io.DataInputStream in) throws java.io.IOException {
            int n = in.readInt();
            int filled = in.readInt();
            int last = in.readInt();
            int[] ids = new int[n];
            double[][] active = new double[n][7];
            double[][] passive = new double[n][7];
            for (int k = 0; k < n; k++) {
                ids[k] = in.readInt();
                for (int d = 0; d < 7; d++) {
                    active[k][d] = in.readDouble();
                    passive[k][d] = in.readDouble();
                }
            }
            WeekOfUse w = new WeekOfUse(ids);
            for (int k = 0; k < n; k++) {
                w.active[k] = active[k];
                w.passive[k] = passive[k];
            }
            w.filled = filled;
            w.last = last;
            return w;
        }

        public double passiveHours(int k) {
            return mean(passive[k]) / 60.0;
        }

        private double mean(double[] week) {
            double s = 0;
            for (int d = 0; d < filled; d++) {
                s += week[Math.floorMod(last - d, 7)];
            }
            return filled == 0 ? 0 : s / filled;
        }
    }
}
