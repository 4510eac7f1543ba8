package org.lonelyloop.model.scale;

/**
 * The 6-item De Jong Gierveld loneliness scale (De Jong Gierveld and Van Tilburg 2006, Research on
 * Aging 28:582) as the model reads it: three items on emotional loneliness (emptiness, missing people
 * around, feeling rejected) and three on social loneliness (people to rely on, to trust, to feel close
 * to). Each subscale scores 0-3; the scale's score is their sum, 0-6. CBS reports the sum in three
 * categories, 0-1 not lonely, 2-4 somewhat lonely, 5-6 strongly lonely, and each subscale as 0 not,
 * 1-2 somewhat, 3 strongly lonely (StatLine 85766NED).
 *
 * <p>Item j (1..3) of a subscale is endorsed when the subscale's latent loneliness (0..1) passes
 * j/4, so without noise a subscale scores {@code min(3, floor(4 L))}. A survey sees each item with
 * noise: endorsed when latent loneliness plus a normal error of sd {@code itemNoise} passes its
 * threshold. {@link Survey} gives the chance of each category under that noise, so the population's
 * shares are what a survey of it would find on average.
 */
public final class DeJongGierveld {
    public static final int MAX_SCORE = 6;
    public static final int SUBSCALE_ITEMS = 3;
    /** Latent subscale loneliness from which item j (1..3) is endorsed: j / 4. */
    public static final double ITEM_STEP = 1.0 / (SUBSCALE_ITEMS + 1);

    /**
     * Where the categories of the whole scale begin on the one-number loneliness (0..1) when the two
     * subscales are equally lonely: a colour scale or a threshold that must be one number reads these.
     */
    public static final double SOMEWHAT_FROM = ITEM_STEP;
    public static final double STRONGLY_FROM = 3 * ITEM_STEP;

    public static final int NOT = 0;
    public static final int SOMEWHAT = 1;
    public static final int STRONGLY = 2;

    private DeJongGierveld() {
    }

    /** A subscale's noise-free score, 0..3. */
    public static int subscaleScore(double latent) {
        return Math.min(SUBSCALE_ITEMS, Math.max(0, (int) Math.floor(latent * (SUBSCALE_ITEMS + 1))));
    }

    /** The scale's noise-free score, 0..6: the sum of the two subscales'. */
    public static int score(double emotional, double social) {
        return subscaleScore(emotional) + subscaleScore(social);
    }

    /** {@link #NOT} (0-1), {@link #SOMEWHAT} (2-4) or {@link #STRONGLY} (5-6) of a 0..6 score. */
    public static int category(int score) {
        return score <= 1 ? NOT : score <= 4 ? SOMEWHAT : STRONGLY;
    }

    /** {@link #NOT} (0), {@link #SOMEWHAT} (1-2) or {@link #STRONGLY} (3) of a subscale's 0..3 score. */
    public static int subscaleCategory(int score) {
        return score == 0 ? NOT : score < SUBSCALE_ITEMS ? SOMEWHAT : STRONGLY;
    }

    public static String categoryName(int category) {
        switch (category) {
            case NOT: return "not lonely";
            case SOMEWHAT: return "somewhat lonely";
            case STRONGLY: return "strongly lonely";
            default: throw new IllegalArgumentException("no loneliness category " + category);
        }
    }

    /**
     * The scale as a survey with item noise answers it: the chance of each subscale score and of each
     * category, from the two latent subscales. Endorsement chances are tabulated once per noise level
     * (a recorded day reads six per agent).
     */
    public static final class Survey {
        private final Tabulated[] endorse = new Tabulated[SUBSCALE_ITEMS];
        private final double noise;

        public Survey(double itemNoise) {
            this.noise = itemNoise;
            for (int j = 0; j < SUBSCALE_ITEMS; j++) {
                double threshold = (j + 1) * ITEM_STEP;
                endorse[j] = itemNoise <= 0 ? null
                        : new Tabulated(0, 1, 2049, l -> BetaShape.NORMAL_CDF.at((l - threshold) / itemNoise));
            }
        }

        public double itemNoise() {
            return noise;
        }

        /** Chance that item j (0-based) is endorsed at this latent loneliness. */
        public double endorse(int j, double latent) {
            if (endorse[j] == null) {
                return latent >= (j + 1) * ITEM_STEP ? 1 : 0;
            }
            return endorse[j].at(latent);
        }

        /** Chances of subscale scores 0..3 (into {@code out}, length 4). */
        public void subscale(double latent, double[] out) {
            // The three items, independent given the latent value: a Poisson-binomial distribution.
            out[0] = 1;
            out[1] = 0;
            out[2] = 0;
            out[3] = 0;
            for (int j = 0; j < SUBSCALE_ITEMS; j++) {
                double p = endorse(j, latent);
                for (int k = j + 1; k >= 1; k--) {
                    out[k] = out[k] * (1 - p) + out[k - 1] * p;
                }
                out[0] *= 1 - p;
            }
        }

        /**
         * Chances of the categories not / somewhat / strongly lonely of the whole scale (into
         * {@code out}, length 3), with the two subscales' score chances as scratch ({@code e}, {@code s},
         * length 4, filled on return).
         */
        public void categories(double emotional, double social, double[] e, double[] s, double[] out) {
            subscale(emotional, e);
            subscale(social, s);
            double not = e[0] * (s[0] + s[1]) + e[1] * s[0];
            double strongly = e[3] * (s[2] + s[3]) + e[2] * s[3];
            out[NOT] = not;
            out[STRONGLY] = strongly;
            out[SOMEWHAT] = Math.max(0, 1 - not - strongly);
        }
    }
}
