package org.lonelyloop.model.params;

import java.util.ArrayList;
import java.util.List;

/**
 * Who the people are before their social lives act on them: each agent's emotional and social set
 * points (logit), the loneliness it would return to with no partner, no friend and no contact at all.
 * An agent's set points are {@code mean + sd * z} for its age band, its own z drawn once from its
 * seed; z_emotional and z_social correlate by {@code subscaleCorrelation}, and both with social
 * anxiety and depressive symptoms through the common factor ({@code lonelinessLoading}).
 *
 * <p>The defaults are the output of the calibration step {@code lonelyloop calibrate --dispositions}
 * ({@link Calibrated}, shipped with the build): the constants for which the default world settles at
 * the CBS shares of emotional and social loneliness by age. Every world on the same seed has the same
 * people; a world with other mechanisms goes where they take it.
 *
 * @param emotionalMean       mean emotional set point per age band
 * @param emotionalSd         spread of emotional set points within a band
 * @param socialMean          mean social set point per age band
 * @param socialSd            spread of social set points within a band
 * @param subscaleCorrelation correlation of a person's emotional and social dispositions
 */
public record Dispositions(
        @Range(min = -10, max = 10, unit = "logit") AgeProfile emotionalMean,
        @Range(min = 0, max = 5, unit = "logit") AgeProfile emotionalSd,
        @Range(min = -10, max = 10, unit = "logit") AgeProfile socialMean,
        @Range(min = 0, max = 5, unit = "logit") AgeProfile socialSd,
        @Range(min = 0, max = 0.99, unit = "correlation") double subscaleCorrelation)
        implements CrossChecked, java.io.Serializable {

    /** The shipped calibration's dispositions. */
    public static Dispositions defaults() {
        return Calibrated.shipped().dispositions();
    }

    /** The same people made lonelier (or less lonely) by {@code logit} in both dispositions. */
    public Dispositions shifted(double logit) {
        double[] e = emotionalMean.toArray();
        double[] s = socialMean.toArray();
        for (int g = 0; g < e.length; g++) {
            e[g] += logit;
            s[g] += logit;
        }
        return new Dispositions(AgeProfile.of(e), emotionalSd, AgeProfile.of(s), socialSd, subscaleCorrelation);
    }

    @Override
    public List<Violation> crossCheck() {
        return new ArrayList<>();
    }
}
