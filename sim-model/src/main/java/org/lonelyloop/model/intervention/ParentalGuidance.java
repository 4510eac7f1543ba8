package org.lonelyloop.model.intervention;

import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.params.MayBeAbsent;
import org.lonelyloop.model.params.Minutes;
import org.lonelyloop.model.params.Range;
import org.lonelyloop.model.state.Day;
import org.lonelyloop.model.state.TargetGroup;

/**
 * Parents of teens: track and limit time, phones out of the bedroom at night, encourage
 * face-to-face contact and hobbies, set an example (seed 000). On days a teen keeps to it: use
 * capped at {@code limit}; night use removed when {@code phoneOffAtNight}; contact raised by
 * {@code exp(encouragement)}; a share {@code example} of compensating and habitual pushes on use
 * stopped (parents who put their own phones away).
 */
public final class ParentalGuidance extends Intervention {
    private static final long serialVersionUID = 1L;

    /**
     * @param limit daily limit
     * @param phoneOffAtNight no use at night
     * @param encouragement rise in log contact chance
     * @param example share of compensating and habitual pushes stopped
     */
    public record Params(TargetGroup target, @Range(min = 0, max = 73_000) Days start, @MayBeAbsent Days end,
            @Range(min = 0, max = 1, unit = "share") double coverage,
            @Range(min = 0, max = 1, unit = "probability per day") double adherence,
            @Range(min = 0, max = 1440, unit = "minutes per day") Minutes limit,
            boolean phoneOffAtNight,
            @Range(min = -2, max = 2, unit = "log contact") double encouragement,
            @Range(min = 0, max = 1, unit = "share of the pushes") double example) implements InterventionSpec, java.io.Serializable {
        public static Params defaults() {
            return new Params(TargetGroup.ages(10, 18), Days.of(0), null, 1, 0.8, Minutes.hours(2), true, 0.2, 0.2);
        }

        @Override
        public Intervention build(int index) {
            return new ParentalGuidance(this, index);
        }
    }

    private final Params p;

    ParentalGuidance(Params p, int index) {
        super(p, index);
        this.p = p;
    }

    @Override
    protected void act(Day day, int i, int since) {
        var pop = day.population();
        pop.useCap[i] = (float) Math.min(pop.useCap[i], p.limit().value());
        if (p.phoneOffAtNight()) {
            pop.nightBlock[i] = 1f;
        }
        boostContact(day, i, p.encouragement());
        pop.pushDamping[i] = (float) Math.max(pop.pushDamping[i], p.example());
    }
}
