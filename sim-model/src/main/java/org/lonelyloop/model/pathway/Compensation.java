package org.lonelyloop.model.pathway;

import org.lonelyloop.model.Day;
import org.lonelyloop.model.Phase;
import org.lonelyloop.model.Population;
import org.lonelyloop.model.observe.UseSource;
import org.lonelyloop.model.params.Range;

/**
 * Social compensation: lonely and socially anxious people turn to social media to express their
 * feelings and seek recognition, so they use it more (seeds 002 and 003; Roberts, Young and David
 * 2025 find loneliness predicting later use in Dutch adults).
 *
 * <p>Adds {@code strength * ((L - Lref) + anxietyWeight * (A - Aref))} to the log of today's use,
 * where the references are the default Dutch population's means for the agent's age group: an agent
 * as lonely and anxious as the average Dutch person of its age uses its baseline amount; a negative
 * strength makes lonely people use less.
 */
public final class Compensation implements Pathway {
    /**
     * @param enabled       whether the pathway runs
     * @param strength      change in log daily use per unit of loneliness above the age-group reference
     * @param anxietyWeight weight of social anxiety relative to loneliness in the same push
     */
    public record Params(
            boolean enabled,
            @Range(min = -5, max = 5, unit = "log minutes per unit loneliness") double strength,
            @Range(min = 0, max = 5) double anxietyWeight) {
        public static Params defaults() {
            return new Params(true, 1.0, 0.5);
        }
    }

    private final Params p;

    public Compensation(Params p) {
        this.p = p;
    }

    @Override
    public String key() {
        return "compensation";
    }

    @Override
    public Phase phase() {
        return Phase.USE;
    }

    @Override
    public void apply(Day day) {
        Population pop = day.population();
        float[] ledger = day.ledger().useDrive(UseSource.COMPENSATION);
        double strength = p.strength();
        double w = p.anxietyWeight();
        day.workers().forEachChunk(pop.size, (chunk, from, to) -> {
            for (int i = from; i < to; i++) {
                int g = pop.ageGroup[i];
                double push = strength * ((pop.loneliness[i] - pop.referenceLoneliness[g])
                        + w * (pop.socialAnxiety[i] - pop.referenceAnxiety[g]));
                pop.useDrive[i] += (float) push;
                ledger[i] = (float) push;
            }
        });
    }
}
