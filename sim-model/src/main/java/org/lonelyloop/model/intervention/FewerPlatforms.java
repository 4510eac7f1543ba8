package org.lonelyloop.model.intervention;

import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.params.MayBeAbsent;
import org.lonelyloop.model.params.Range;
import org.lonelyloop.model.state.Day;
import org.lonelyloop.model.state.TargetGroup;

/**
 * Fewer platforms: keep one or two (seed 000: the more platforms, the more depressed and anxious).
 * On days a participant keeps to it, the platform-count pathway counts at most {@code keep}.
 */
public final class FewerPlatforms extends Intervention {
    private static final long serialVersionUID = 1L;

    /**
     * @param keep platforms kept
     */
    public record Params(TargetGroup target, @Range(min = 0, max = 73_000) Days start, @MayBeAbsent Days end,
            @Range(min = 0, max = 1, unit = "share") double coverage,
            @Range(min = 0, max = 1, unit = "probability per day") double adherence,
            @Range(min = 0, max = 11, unit = "platforms") int keep) implements InterventionSpec, java.io.Serializable {
        public static Params defaults() {
            return new Params(TargetGroup.everyone(), Days.of(0), null, 1, 0.8, 2);
        }

        @Override
        public Intervention build(int index) {
            return new FewerPlatforms(this, index);
        }
    }

    private final Params p;

    FewerPlatforms(Params p, int index) {
        super(p, index);
        this.p = p;
    }

    @Override
    protected void act(Day day, int i, int since) {
        byte[] limit = day.population().platformLimit;
        limit[i] = (byte) Math.min(limit[i], p.keep());
    }
}
