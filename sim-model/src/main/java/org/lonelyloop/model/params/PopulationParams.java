package org.lonelyloop.model.params;

import java.util.ArrayList;
import java.util.List;

/**
 * Who lives in the model: how many agents, their ages, and the distributions their traits and
 * starting states are drawn from. Defaults describe Dutch residents aged 15 and over; sources are
 * listed per parameter in docs/ODD.md (section Initialization).
 *
 * @param size                          number of agents
 * @param minAge                        youngest age drawn, years
 * @param maxAge                        oldest age drawn, years (exclusive)
 * @param ageShares                     relative weight of each age band (CBS, 1 January 2022)
 * @param notLonelyShare                share scoring 0-1 on the 6-item De Jong Gierveld scale, per band
 * @param stronglyLonelyShare           share scoring 5-6 (CBS 2022), per band
 * @param socialAnxietyMean             mean social anxiety, 0..1
 * @param socialAnxietySd               standard deviation of social anxiety
 * @param anxietyLonelinessCorrelation  correlation of social anxiety with loneliness (Gaussian copula)
 * @param activeShareMean               mean share of social-media time spent actively (posting, messaging)
 * @param activeShareSd                 standard deviation of that share between people
 * @param useMinutesMedian              median daily social-media minutes, per band
 * @param useMinutesSpread              log-scale standard deviation of personal baseline use
 * @param useMinutesDailyNoise          log-scale day-to-day variation of one person's use
 * @param freeMinutes                   free time per day (outside work, school, sleep, chores), per band
 */
public record PopulationParams(
        @Range(min = 2, max = 20_000_000, unit = "agents") int size,
        @Range(min = 10, max = 110, unit = "years") double minAge,
        @Range(min = 11, max = 111, unit = "years") double maxAge,
        @Range(min = 0, max = 1, unit = "relative weight") AgeProfile ageShares,
        @Range(min = 0.001, max = 0.998, unit = "share") AgeProfile notLonelyShare,
        @Range(min = 0.001, max = 0.998, unit = "share") AgeProfile stronglyLonelyShare,
        @Range(min = 0.01, max = 0.99) double socialAnxietyMean,
        @Range(min = 0.01, max = 0.45) double socialAnxietySd,
        @Range(min = -0.95, max = 0.95) double anxietyLonelinessCorrelation,
        @Range(min = 0.01, max = 0.99, unit = "share of use") double activeShareMean,
        @Range(min = 0.01, max = 0.45) double activeShareSd,
        @Range(min = 0, max = 900, unit = "minutes per day") AgeProfile useMinutesMedian,
        @Range(min = 0, max = 2, unit = "log scale") double useMinutesSpread,
        @Range(min = 0, max = 1.5, unit = "log scale") double useMinutesDailyNoise,
        @Range(min = 30, max = 1000, unit = "minutes per day") AgeProfile freeMinutes) implements CrossChecked {

    public static PopulationParams defaults() {
        return new PopulationParams(
                5000, 15, 95,
                AgeProfile.of(0.143, 0.152, 0.139, 0.160, 0.165, 0.135, 0.106),
                AgeProfile.flat(0.601),
                AgeProfile.of(0.121, 0.107, 0.141, 0.093, 0.116, 0.072, 0.094),
                0.30, 0.15, 0.45,
                0.30, 0.15,
                AgeProfile.of(150, 100, 75, 55, 40, 25, 12), 0.8, 0.35,
                AgeProfile.of(390, 330, 290, 320, 370, 450, 480));
    }

    public PopulationParams withSize(int newSize) {
        return new PopulationParams(newSize, minAge, maxAge, ageShares, notLonelyShare, stronglyLonelyShare,
                socialAnxietyMean, socialAnxietySd, anxietyLonelinessCorrelation, activeShareMean, activeShareSd,
                useMinutesMedian, useMinutesSpread, useMinutesDailyNoise, freeMinutes);
    }

    @Override
    public List<Violation> crossCheck() {
        List<Violation> v = new ArrayList<>();
        if (!(minAge < maxAge)) {
            v.add(new Violation("maxAge", "must be above minAge (" + Bounds.fmt(minAge) + "), was " + Bounds.fmt(maxAge)));
        } else if (ageShares != null && drawableShare() <= 0) {
            v.add(new Violation("ageShares", "gives no weight to any age band between minAge and maxAge"));
        }
        if (notLonelyShare != null && stronglyLonelyShare != null) {
            for (int g = 0; g < AgeGroup.COUNT; g++) {
                if (notLonelyShare.get(g) + stronglyLonelyShare.get(g) >= 0.999) {
                    v.add(new Violation("stronglyLonelyShare[" + g + "]", "(age " + AgeGroup.get(g).label
                            + ") plus notLonelyShare must leave room for the somewhat lonely (sum below 0.999)"));
                }
            }
        }
        return v;
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
