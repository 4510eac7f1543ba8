package org.lonelyloop.model.pathway;

import org.lonelyloop.model.params.Range;
import org.lonelyloop.model.params.ReferenceLevels;
import org.lonelyloop.model.state.Day;
import org.lonelyloop.model.state.Phase;
import org.lonelyloop.model.state.Population;
import org.lonelyloop.model.state.UseSource;

/**
 * Social compensation: lonely, socially anxious and low people turn to social media to express
 * their feelings and seek recognition, so they use it more, and more actively (seeds 002 and 003;
 * Roberts, Young and David 2025 find loneliness predicting later use in Dutch adults).
 *
 * <p>Adds {@code strength * ((L - Lref) + anxietyWeight * (A - Aref) + depressionWeight * (D - Dref))}
 * to the log of today's use, where the references are the default Dutch population's means
 * ({@link ReferenceLevels}); shifts today's active share by {@code activeTilt * (L - Lref)}. A negative
 * strength makes lonely people use less.
 */
public final class Compensation extends AbstractPathway<Compensation.Params> {
    private static final long serialVersionUID = 1L;

    /**
     * @param enabled          whether the pathway runs
     * @param strength         change in log daily use per unit of loneliness above the reference
     * @param anxietyWeight    weight of social anxiety relative to loneliness in the same push
     * @param depressionWeight weight of depressive symptoms relative to loneliness
     * @param activeTilt       shift of the active share of use per unit of loneliness above the reference
     */
    public record Params(
            boolean enabled,
            @Range(min = -5, max = 5, unit = "log minutes per unit loneliness") double strength,
            @Range(min = 0, max = 5) double anxietyWeight,
            @Range(min = 0, max = 5) double depressionWeight,
            @Range(min = -1, max = 1, unit = "share per unit loneliness") double activeTilt) implements java.io.Serializable {
        public static Params defaults() {
            return new Params(true, 0.0876, 0.5, 0.5, -0.05);
        }
    }

    public Compensation(Params p) {
        super(p, Phase.USE);
    }

    @Override
    public void apply(Phase phase, Day day) {
        Population pop = day.population();
        float[] ledger = day.ledger().useDrive(UseSource.COMPENSATION);
        double aRef = ReferenceLevels.anxiety();
        double dRef = ReferenceLevels.depression();
        day.workers().forEachChunk(pop.size, (chunk, from, to) -> {
            for (int i = from; i < to; i++) {
                double lonelier = pop.loneliness[i] - ReferenceLevels.loneliness(pop.ageGroup[i]);
                double push = p.strength() * (lonelier + p.anxietyWeight() * (pop.socialAnxiety[i] - aRef)
                        + p.depressionWeight() * (pop.depression[i] - dRef));
                pop.useDrive[i] += (float) push;
                pop.activeShift[i] += (float) (p.activeTilt() * lonelier);
                ledger[i] = (float) push;
            }
        });
    }
}
