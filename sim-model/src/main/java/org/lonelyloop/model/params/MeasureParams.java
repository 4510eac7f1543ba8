package org.lonelyloop.model.params;

/**
 * How states are classified when they are counted (outputs, targets, trials). Definitions only:
 * changing them changes what is reported, never what happens.
 *
 * @param problematicUseCutoff    problematic use: mean of habit and emotional dependence at least this
 * @param sleepProblemHours       sleep disturbance: sleep debt of at least this many hours
 * @param bedtimeUseMinutes       "checks social media often before bed": at least this many night minutes
 * @param depressedCutoff         elevated depressive symptoms: at least this
 * @param anxiousCutoff           elevated social anxiety: at least this
 * @param itemNoise               noise of one De Jong Gierveld item on the latent 0..1 scale: an item is
 *                                endorsed when latent loneliness plus this noise passes its threshold, so the
 *                                population's shares are what a survey would find, not the noise-free scores
 */
public record MeasureParams(
        @Range(min = 0, max = 1) double problematicUseCutoff,
        @Range(min = 0, max = 24, unit = "hours") double sleepProblemHours,
        @Range(min = 0, max = 600, unit = "minutes per day") double bedtimeUseMinutes,
        @Range(min = 0, max = 1) double depressedCutoff,
        @Range(min = 0, max = 1) double anxiousCutoff,
        @Range(min = 0, max = 0.5, unit = "latent loneliness") double itemNoise) implements java.io.Serializable {

    public static MeasureParams defaults() {
        return new MeasureParams(0.5, 1.0, 10, 0.4, 0.5, 0.08);
    }
}
