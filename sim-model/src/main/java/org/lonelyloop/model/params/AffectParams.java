package org.lonelyloop.model.params;

/**
 * Mood, depressive symptoms, social anxiety and self-esteem between pushes.
 *
 * @param moodDecay          share of yesterday's mood gone by today: mood effects are fleeting
 * @param moodNoise          standard deviation of the day's mood fluctuation from everything not modelled
 * @param depressionPersistence share of the gap to the depression set point closed per day
 * @param depressionFromMood depressive symptoms added per day per unit of low mood
 * @param anxietyPersistence share of the gap to the social-anxiety set point closed per day
 * @param esteemPersistence  share of the gap to the self-esteem set point closed per day
 */
public record AffectParams(
        @Range(min = 0.01, max = 1, unit = "per day") double moodDecay,
        @Range(min = 0, max = 1, unit = "mood units") double moodNoise,
        @Range(min = 0.0001, max = 0.5, unit = "per day") double depressionPersistence,
        @Range(min = 0, max = 0.1, unit = "per unit mood per day") double depressionFromMood,
        @Range(min = 0.0001, max = 0.5, unit = "per day") double anxietyPersistence,
        @Range(min = 0.0001, max = 0.5, unit = "per day") double esteemPersistence) implements java.io.Serializable {

    public static AffectParams defaults() {
        return new AffectParams(0.6, 0.25, 0.01, 0.00561, 0.005, 0.01);
    }
}
