package org.lonelyloop.model.intervention;

import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.params.MayBeAbsent;
import org.lonelyloop.model.params.Range;
import org.lonelyloop.model.state.Day;
import org.lonelyloop.model.state.TargetGroup;

/**
 * No social media at all for a period: on days a participant keeps to it, use is zero.
 */
public final class Deactivation extends Intervention {
    private static final long serialVersionUID = 1L;

    /**
     * @param allowedShare share of use still allowed (0 for none)
     */
    public record Params(TargetGroup target, @Range(min = 0, max = 73_000) Days start, @MayBeAbsent Days end,
            @Range(min = 0, max = 1, unit = "share") double coverage,
            @Range(min = 0, max = 1, unit = "probability per day") double adherence,
            @Range(min = 0, max = 1, unit = "share of use kept") double allowedShare) implements InterventionSpec, java.io.Serializable {
        public static Params defaults() {
            return new Params(TargetGroup.everyone(), Days.of(0), null, 1, 0.8, 0);
        }

        @Override
        public Intervention build(int index) {
            return new Deactivation(this, index);
        }
    }

    private final Params p;

    Deactivation(Params p, int index) {
        super(p, index);
        this.p = p;
    }

    @Override
    protected void act(Day day, int i, int since) {
        var pop = day.population();
        pop.useFactor[i] *= (float) p.allowedShare();
    }
}
