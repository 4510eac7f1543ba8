package org.lonelyloop.model.params;

/**
 * How loneliness moves from day to day.
 *
 * @param persistencePerDay share of the gap to one's set point closed per day (1/days of memory)
 * @param contactEffect     loneliness removed per day per unit of face-to-face contact quality
 *                          (the summed strength of the ties met that day)
 */
public record LonelinessParams(
        @Range(min = 0.0001, max = 0.5, unit = "per day") double persistencePerDay,
        @Range(min = 0, max = 0.2, unit = "per unit contact quality per day") double contactEffect) {

    public static LonelinessParams defaults() {
        return new LonelinessParams(0.01, 0.01);
    }
}
