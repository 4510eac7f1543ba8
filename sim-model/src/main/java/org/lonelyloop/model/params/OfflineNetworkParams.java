package org.lonelyloop.model.params;

import java.util.List;

/**
 * The face-to-face network of friends, family and colleagues.
 *
 * @param meanDegree          ties per agent in the starting small-world lattice (even)
 * @param rewiring            Watts-Strogatz rewiring probability: share of ties that bridge far
 * @param ageNoiseYears       noise on age when ordering agents on the ring: lower means stronger age homophily
 * @param targetTies          ties an agent keeps up when nothing holds it back, per age band
 * @param capacity            most offline ties one agent can hold
 * @param initialStrengthMean mean starting tie strength (0..1]
 * @param initialStrengthSd   standard deviation of starting tie strength
 * @param lonelinessSorting   how closely the people sharing a setting resemble each other in what makes
 *                            for loneliness: the correlation between an agent's place within its setting
 *                            and its starting loneliness (0: settings mix people at random)
 * @param localityFrom        populations of at least this many agents are numbered in ring order before the
 *                            networks are built, so that tied agents sit near each other in memory: faster
 *                            at large sizes, the same model, other random numbers for each agent
 */
public record OfflineNetworkParams(
        @Range(min = 2, max = 60, unit = "ties") int meanDegree,
        @Range(min = 0, max = 1, unit = "probability") double rewiring,
        @Range(min = 0, max = 50, unit = "years") double ageNoiseYears,
        @Range(min = 1, max = 100, unit = "ties") AgeProfile targetTies,
        @Range(min = 4, max = 120, unit = "ties") int capacity,
        @Range(min = 0.05, max = 0.95) double initialStrengthMean,
        @Range(min = 0.01, max = 0.4) double initialStrengthSd,
        @Range(min = 0, max = 1, unit = "correlation") double lonelinessSorting,
        @Range(min = 0, max = 20_000_000, unit = "agents") int localityFrom) implements CrossChecked, java.io.Serializable {

    /**
     * Below this size every agent's state fits in the processor's caches and numbering changes
     * nothing measurable (docs/performance.md); the bundled calibrated scenarios all stay below it.
     */
    public static final int LOCALITY_FROM = 50_000;

    public static OfflineNetworkParams defaults() {
        return new OfflineNetworkParams(10, 0.1, 5, AgeProfile.of(12, 11, 10, 10, 9, 9, 7), 24, 0.5, 0.2, 0.7,
                LOCALITY_FROM);
    }

    @Override
    public List<Violation> crossCheck() {
        if (meanDegree % 2 != 0) {
            return List.of(new Violation("meanDegree", "must be even (each agent ties to meanDegree/2 ring "
                    + "neighbours on either side), was " + meanDegree));
        }
        if (capacity < meanDegree + 2) {
            return List.of(new Violation("capacity", "must exceed meanDegree by at least 2, to leave room for "
                    + "rewired and newly formed ties; was " + capacity + " with meanDegree " + meanDegree));
        }
        if (targetTies != null && targetTies.max() > capacity) {
            return List.of(new Violation("targetTies", "must not exceed capacity (" + capacity + ")"));
        }
        double m = initialStrengthMean;
        double sd = initialStrengthSd;
        if (sd * sd >= m * (1 - m)) {
            return List.of(new Violation("initialStrengthSd", "is too large for a strength between 0 and 1 "
                    + "with mean " + Bounds.fmt(m) + " (must be below " + Bounds.fmt(Math.floor(Math.sqrt(m * (1 - m)) * 1000) / 1000) + ")"));
        }
        return List.of();
    }
}
