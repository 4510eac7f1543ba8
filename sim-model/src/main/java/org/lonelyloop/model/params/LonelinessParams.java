package org.lonelyloop.model.params;

/**
 * How loneliness moves from day to day. Loneliness is two states, as the 6-item De Jong Gierveld
 * scale measures it (Weiss 1973; De Jong Gierveld and Van Tilburg 2006): emotional loneliness, the
 * missing of an intimate attachment, and social loneliness, the missing of a wider circle. Both move
 * on the logit scale (docs/ODD.md 7.5): 0.1 logit moves a person at 0.5 by 0.025 and a person at 0.1
 * by 0.009.
 *
 * @param persistencePerDay          share of the gap to one's social set point closed per day (1/days of memory)
 * @param emotionalPersistencePerDay share of the gap to one's emotional set point closed per day
 * @param contactEffect              social loneliness (logit) removed per day per unit of face-to-face
 *                                   contact quality (the summed strength of the ties met that day)
 * @param attachmentEffect           emotional loneliness (logit) removed per day per unit of attachment
 *                                   (the closeness of one's partner, or of one's closest friend times
 *                                   {@code confidantWeight})
 * @param confidantWeight            the attachment a closest friend gives, per unit of tie strength,
 *                                   relative to a partner of the same closeness
 * @param moodEffect                 loneliness (logit, both kinds) added per day per unit of push that lowers mood
 * @param driftSd                    standard deviation (logit) of the slow drift of one's set points with
 *                                   life circumstances, at its steady state
 * @param driftYears                 time scale of that drift: its year-to-year autocorrelation is
 *                                   exp(-1 / driftYears)
 */
public record LonelinessParams(
        @Range(min = 0.0001, max = 0.5, unit = "per day") double persistencePerDay,
        @Range(min = 0.0001, max = 0.5, unit = "per day") double emotionalPersistencePerDay,
        @Range(min = 0, max = 2, unit = "logit per unit contact quality per day") double contactEffect,
        @Range(min = 0, max = 2, unit = "logit per unit attachment per day") double attachmentEffect,
        @Range(min = 0, max = 1, unit = "attachment per unit tie strength") double confidantWeight,
        @Range(min = 0, max = 2, unit = "logit per unit mood push") double moodEffect,
        @Range(min = 0, max = 3, unit = "logit") double driftSd,
        @Range(min = 0.1, max = 50, unit = "years") double driftYears) implements java.io.Serializable {

    public static LonelinessParams defaults() {
        return new LonelinessParams(0.01, 0.02, 0.04, 0.08, 0.5, 0.2, 0.35, 2.0);
    }
}
