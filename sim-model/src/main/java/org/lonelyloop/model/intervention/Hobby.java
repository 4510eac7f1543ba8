package org.lonelyloop.model.intervention;

import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.params.MayBeAbsent;
import org.lonelyloop.model.params.Minutes;
import org.lonelyloop.model.params.Range;
import org.lonelyloop.model.state.Day;
import org.lonelyloop.model.state.TargetGroup;

/**
 * Another hobby, one that keeps the hands busy and brings people: sport, crafts, a club, theatre,
 * scouting (seed 000). Takes {@code minutesPerDay} of free time (use shrinks by that share of free
 * time), raises contact by {@code exp(contact)} and the ties sought by {@code extraTies} (club
 * members).
 */
public final class Hobby extends Intervention {
    private static final long serialVersionUID = 1L;

    /**
     * @param minutesPerDay free time the hobby takes
     * @param contact rise in log contact chance
     * @param extraTies extra offline ties sought
     */
    public record Params(TargetGroup target, @Range(min = 0, max = 73_000) Days start, @MayBeAbsent Days end,
            @Range(min = 0, max = 1, unit = "share") double coverage,
            @Range(min = 0, max = 1, unit = "probability per day") double adherence,
            @Range(min = 0, max = 600, unit = "minutes per day") Minutes minutesPerDay,
            @Range(min = -2, max = 2, unit = "log contact") double contact,
            @Range(min = 0, max = 20, unit = "ties") int extraTies) implements InterventionSpec, java.io.Serializable {
        public static Params defaults() {
            return new Params(TargetGroup.everyone(), Days.of(0), null, 1, 0.8, Minutes.of(60), 0.2, 2);
        }

        @Override
        public Intervention build(int index) {
            return new Hobby(this, index);
        }
    }

    private final Params p;

    Hobby(Params p, int index) {
        super(p, index);
        this.p = p;
    }

    @Override
    protected void act(Day day, int i, int since) {
        var pop = day.population();
        pop.useFactor[i] *= (float) Math.max(0, 1 - p.minutesPerDay().value() / pop.freeMinutes[i]);
        boostContact(day, i, p.contact());
        seekTies(day, i, p.extraTies());
    }
}
