package org.lonelyloop.model;

/**
 * Maps latent loneliness (0..1) onto the 6-item De Jong Gierveld loneliness scale (De Jong
 * Gierveld and Van Tilburg 2006, Research on Aging 28:582) and the categories CBS reports: a score
 * of 0-1 is not lonely, 2-4 somewhat lonely, 5-6 strongly lonely.
 *
 * <p>The latent range is cut into seven equal bins, one per score, so the expected score rises
 * linearly with latent loneliness. Survey instruments that add item-level noise build on this.
 */
public final class DeJongGierveld {
    public static final int MAX_SCORE = 6;
    /** Latent loneliness below this scores 0-1 (not lonely). */
    public static final double SOMEWHAT_FROM = 2.0 / 7.0;
    /** Latent loneliness from this scores 5-6 (strongly lonely). */
    public static final double STRONGLY_FROM = 5.0 / 7.0;

    public static final int NOT = 0;
    public static final int SOMEWHAT = 1;
    public static final int STRONGLY = 2;

    private DeJongGierveld() {
    }

    /** Score 0..6 on the 6-item scale. */
    public static int score(double latent) {
        return Math.min(MAX_SCORE, Math.max(0, (int) Math.floor(latent * (MAX_SCORE + 1))));
    }

    /** {@link #NOT}, {@link #SOMEWHAT} or {@link #STRONGLY}. */
    public static int category(double latent) {
        if (latent < SOMEWHAT_FROM) {
            return NOT;
        }
        return latent < STRONGLY_FROM ? SOMEWHAT : STRONGLY;
    }

    public static String categoryName(int category) {
        switch (category) {
            case NOT: return "not lonely";
            case SOMEWHAT: return "somewhat lonely";
            case STRONGLY: return "strongly lonely";
            default: throw new IllegalArgumentException("no loneliness category " + category);
        }
    }
}
