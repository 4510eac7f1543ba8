package org.lonelyloop.model.intervention;

import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.params.MayBeAbsent;
import org.lonelyloop.model.params.Range;
import org.lonelyloop.model.state.Day;
import org.lonelyloop.model.state.TargetGroup;

/**
 * Membership of an online peer-support group: like-minded people, emotional support, anonymity
 * if wanted (seed 001). Online support received rises by the share {@code supportBoost}: the
 * maintenance-and-support pathway carries it into loneliness at its efficacy.
 */
public final class SupportCommunity extends Intervention {
    private static final long serialVersionUID = 1L;

    /**
     * @param supportBoost relative rise of online support
     */
    public record Params(TargetGroup target, @Range(min = 0, max = 73_000) Days start, @MayBeAbsent Days end,
            @Range(min = 0, max = 1, unit = "share") double coverage,
            @Range(min = 0, max = 1, unit = "probability per day") double adherence,
            @Range(min = 0, max = 10, unit = "relative rise") double supportBoost) implements InterventionSpec, java.io.Serializable {
        public static Params defaults() {
            return new Params(TargetGroup.everyone(), Days.of(0), null, 1, 0.8, 1.0);
        }

        @Override
        public Intervention build(int index) {
            return new SupportCommunity(this, index);
        }
    }

    private final Params p;

    SupportCommunity(Params p, int index) {
        super(p, index);
        this.p = p;
    }

    @Override
    protected void act(Day day, int i, int since) {
        float[] b = day.population().supportBoost;
        b[i] = (float) Math.max(b[i], p.supportBoost());
    }
}
