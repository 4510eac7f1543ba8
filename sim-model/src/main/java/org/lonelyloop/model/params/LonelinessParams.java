package org.lonelyloop.model.params;

/**
 * How loneliness moves from day to day. Effects are on the logit scale of loneliness (docs/ODD.md
 * 7.5): 0.1 logit moves a person at loneliness 0.5 by 0.025 and a person at 0.1 by 0.009.
 *
 * @param persistencePerDay share of the gap to one's set point closed per day (1/days of memory)
 * @param contactEffect     loneliness (logit) removed per day per unit of face-to-face contact
 *                          quality (the summed strength of the ties met that day)
 * @param moodEffect        loneliness (logit) added per day per unit of push that lowers mood
 * @param driftSd           standard deviation (logit) of the slow drift of one's set point with life
 *                          circumstances, at its steady state
 * @param driftYears        time scale of that drift: its year-to-year autocorrelation is
 *                          exp(-1 / driftYears)
 */
public record LonelinessParams(
        @Range(min = 0.0001, max = 0.5, unit = "per day") double persistencePerDay,
        @Range(min = 0, max = 1, unit = "logit per unit contact quality per day") double contactEffect,
        @Range(min = 0, max = 2, unit = "logit per unit mood push") double moodEffect,
        @Range(min = 0, max = 3, unit = "logit") double driftSd,
        @Range(min = 0.1, max = 50, unit = "years") double driftYears) implements java.io.Serializable {

    public static LonelinessParams defaults() {
        return new LonelinessParams(0.01, 0.05, 0.2, 0.35, 2.0);
    }
}
