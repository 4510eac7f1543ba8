package org.lonelyloop.model.params;

import java.util.ArrayList;
import java.util.List;

/**
 * Who lives in the model: how many agents, their ages, and the distributions their traits and
 * starting states are drawn from. Defaults describe Dutch residents aged 15 and over; sources are
 * listed per parameter in docs/ODD.md (section 8).
 *
 * <p>Dispositional loneliness (emotional and social), social anxiety, depressive symptoms and
 * self-esteem are drawn jointly through a Gaussian copula with one common factor: each variable's
 * loading on the factor sets its correlations ({@code r = loading1 * loading2}), which keeps every
 * combination of loadings a valid correlation matrix.
 *
 * @param size                  number of agents
 * @param minAge                youngest age drawn, years
 * @param maxAge                oldest age drawn, years (exclusive)
 * @param ageShares             relative weight of each age band
 * @param dispositions          the emotional and social set points of the people, per band (the shipped
 *                              calibration's, by default)
 * @param lonelinessLoading     loading of dispositional loneliness on the common distress factor
 * @param socialAnxietyMean     mean social anxiety, 0..1
 * @param socialAnxietySd       standard deviation of social anxiety
 * @param anxietyLoading        loading of social anxiety on the common factor
 * @param depressionMean        mean depressive symptoms, 0..1
 * @param depressionSd          standard deviation of depressive symptoms
 * @param depressionLoading     loading of depressive symptoms on the common factor
 * @param selfEsteemMean        mean self-esteem, 0..1
 * @param selfEsteemSd          standard deviation of self-esteem
 * @param selfEsteemLoading     loading of self-esteem on the common factor (negative: distress lowers it)
 * @param activeShareMean       mean share of social-media time spent actively
 * @param activeShareSd         standard deviation of that share between people
 * @param useMinutesMedian      median daily social-media minutes, per band
 * @param useMinutesSpread      log-scale standard deviation of personal baseline use
 * @param useMinutesDailyNoise  log-scale day-to-day variation of one person's use
 * @param useDriftSd            log-scale standard deviation of the slow drift of one person's usual use
 *                              with life circumstances (a new phone, job, partner), at its steady state
 * @param useDriftYears         time scale of that drift: its year-to-year autocorrelation is
 *                              exp(-1 / useDriftYears)
 * @param nightShare            share of social-media time used late at night, in bed, per band
 * @param nightShareSpread      log-scale standard deviation of the personal night share
 * @param nightShareHabitWeight relative rise of the night share per unit of checking habit
 * @param platformsMean         mean number of social-media platforms used, per band
 * @param freeMinutes           free time per day (outside work, school, sleep, chores), per band
 * @param sleepDebtMean         mean sleep debt from causes other than social media (exponentially distributed)
 */
public record PopulationParams(
        @Range(min = 2, max = 20_000_000, unit = "agents") int size,
        @Range(min = 10, max = 110, unit = "years") double minAge,
        @Range(min = 11, max = 111, unit = "years") double maxAge,
        @Range(min = 0, max = 1, unit = "relative weight") AgeProfile ageShares,
        Dispositions dispositions,
        @Range(min = -0.99, max = 0.99) double lonelinessLoading,
        @Range(min = 0.01, max = 0.99) double socialAnxietyMean,
        @Range(min = 0.01, max = 0.45) double socialAnxietySd,
        @Range(min = -0.99, max = 0.99) double anxietyLoading,
        @Range(min = 0.01, max = 0.99) double depressionMean,
        @Range(min = 0.01, max = 0.45) double depressionSd,
        @Range(min = -0.99, max = 0.99) double depressionLoading,
        @Range(min = 0.01, max = 0.99) double selfEsteemMean,
        @Range(min = 0.01, max = 0.45) double selfEsteemSd,
        @Range(min = -0.99, max = 0.99) double selfEsteemLoading,
        @Range(min = 0.01, max = 0.99, unit = "share of use") double activeShareMean,
        @Range(min = 0.01, max = 0.45) double activeShareSd,
        @Range(min = 0, max = 900, unit = "minutes per day") AgeProfile useMinutesMedian,
        @Range(min = 0, max = 2, unit = "log scale") double useMinutesSpread,
        @Range(min = 0, max = 1.5, unit = "log scale") double useMinutesDailyNoise,
        @Range(min = 0, max = 2, unit = "log scale") double useDriftSd,
        @Range(min = 0.1, max = 50, unit = "years") double useDriftYears,
        @Range(min = 0, max = 0.8, unit = "share of use") AgeProfile nightShare,
        @Range(min = 0, max = 2, unit = "log scale") double nightShareSpread,
        @Range(min = 0, max = 10, unit = "per unit habit") double nightShareHabitWeight,
        @Range(min = 0, max = 11, unit = "platforms") AgeProfile platformsMean,
        @Range(min = 30, max = 1000, unit = "minutes per day") AgeProfile freeMinutes,
        @Range(min = 0, max = 10, unit = "hours") double sleepDebtMean) implements CrossChecked, java.io.Serializable {

    public static PopulationParams defaults() {
        return new PopulationParams(
                5000, 15, 95,
                AgeProfile.of(0.143, 0.152, 0.139, 0.160, 0.165, 0.135, 0.106),
                Dispositions.defaults(),
                0.70,
                0.30, 0.15, 0.65,
                0.20, 0.15, 0.70,
                0.60, 0.15, -0.60,
                0.30, 0.15,
                AgeProfile.of(150, 100, 75, 55, 40, 25, 12), 0.8, 0.35, 0.3, 2.0,
                AgeProfile.of(0.15, 0.10, 0.07, 0.05, 0.04, 0.03, 0.02), 0.6, 1.5,
                AgeProfile.of(5.5, 4.5, 3.5, 3.0, 2.5, 2.0, 1.5),
                AgeProfile.of(390, 330, 290, 320, 370, 450, 480),
                0.5);
    }

    /** A copy with another size (for tests and benchmarks). */
    public PopulationParams withSize(int newSize) {
        return new PopulationParams(newSize, minAge, maxAge, ageShares, dispositions, lonelinessLoading,
                socialAnxietyMean, socialAnxietySd, anxietyLoading, depressionMean, depressionSd, depressionLoading,
                selfEsteemMean, selfEsteemSd, selfEsteemLoading, activeShareMean, activeShareSd, useMinutesMedian,
                useMinutesSpread, useMinutesDailyNoise, useDriftSd, useDriftYears, nightShare, nightShareSpread, nightShareHabitWeight,
                platformsMean, freeMinutes, sleepDebtMean);
    }

    @Override
    public List<Violation> crossCheck() {
        List<Violation> v = new ArrayList<>();
        if (!(minAge < maxAge)) {
            v.add(new Violation("maxAge", "must be above minAge (" + Bounds.fmt(minAge) + "), was " + Bounds.fmt(maxAge)));
        } else if (ageShares != null && drawableShare() <= 0) {
            v.add(new Violation("ageShares", "gives no weight to any age band between minAge and maxAge"));
        }
        spread(v, "socialAnxietySd", socialAnxietyMean, socialAnxietySd);
        spread(v, "depressionSd", depressionMean, depressionSd);
        spread(v, "selfEsteemSd", selfEsteemMean, selfEsteemSd);
        spread(v, "activeShareSd", activeShareMean, activeShareSd);
        return v;
    }

    /** A variable on [0, 1] with this mean cannot have a standard deviation of sqrt(m(1-m)) or more. */
    private static void spread(List<Violation> v, String key, double mean, double sd) {
        if (sd * sd >= mean * (1 - mean)) {
            v.add(new Violation(key, "is too large for a value between 0 and 1 with mean " + Bounds.fmt(mean)
                    + " (must be below " + Bounds.fmt(Math.floor(Math.sqrt(mean * (1 - mean)) * 1000) / 1000) + ")"));
        }
    }

    /** Total weight of the age bands that overlap [minAge, maxAge). */
    public double drawableShare() {
        double s = 0;
        for (AgeGroup g : AgeGroup.values()) {
            double lo = g == AgeGroup.Y15_24 ? Math.min(minAge, g.from) : g.from;
            if (Math.max(lo, minAge) < Math.min(g.to, maxAge)) {
                s += ageShares.get(g);
            }
        }
        return s;
    }
}
