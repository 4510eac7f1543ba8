package org.lonelyloop.model.pathway;

import org.lonelyloop.model.Clamp;
import org.lonelyloop.model.Day;
import org.lonelyloop.model.Phase;
import org.lonelyloop.model.Population;
import org.lonelyloop.model.observe.LonelinessSource;
import org.lonelyloop.model.params.Range;

/**
 * Displacement: time spent on social media is taken from other free time, including time with
 * people face to face, so offline friendships get less contact and weaken (seed 000).
 *
 * <p>Multiplies the agent's chance of initiating and accepting a meeting by
 * {@code max(0.01, 1 - strength * useMinutes / freeMinutes)}: with strength 1, an hour online
 * removes the share of social time that hour held in the agent's free time; with 0, use costs no
 * contact; a negative strength encodes the stimulation hypothesis (use arranges meetings).
 */
public final class Displacement extends AbstractPathway<Displacement.Params> {
    private static final long serialVersionUID = 1L;
    /** Contact never falls below this share of its undisturbed level, so logs stay finite. */
    static final double FLOOR = 0.01;

    /**
     * @param enabled  whether the pathway runs
     * @param strength share of social time lost per share of free time spent online
     */
    public record Params(
            boolean enabled,
            @Range(min = -2, max = 2, unit = "share of social time per share of free time online") double strength) implements java.io.Serializable {
        public static Params defaults() {
            return new Params(true, 1.25);
        }
    }

    public Displacement(Params p) {
        super(p, Phase.CONTACT);
    }

    @Override
    public void apply(Phase phase, Day day) {
        Population pop = day.population();
        float[] logFactor = day.ledger().contactLog(LonelinessSource.DISPLACEMENT);
        double strength = p.strength();
        day.workers().forEachChunk(pop.size, (chunk, from, to) -> {
            for (int i = from; i < to; i++) {
                double share = pop.useMinutes[i] / pop.freeMinutes[i];
                double factor = Clamp.atLeast(1 - strength * share, FLOOR);
                pop.contactFactor[i] *= (float) factor;
                logFactor[i] = (float) Math.log(factor);
            }
        });
    }
}
