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
 */
public record MeasureParams(
        @Range(min = 0, max = 1) double problematicUseCutoff,
        @Range(min = 0, max = 24, unit = "hours") double sleepProblemHours,
        @Range(min = 0, max = 600, unit = "minutes per day") double bedtimeUseMinutes,
        @Range(min = 0, max = 1) double depressedCutoff,
        @Range(min = 0, max = 1) double anxiousCutoff) implements java.io.Serializable {

    public static MeasureParams defaults() {
        return new MeasureParams(0.5, 1.0, 10, 0.4, 0.5);
    }
}
