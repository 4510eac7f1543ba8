package org.lonelyloop.model.intervention;

import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.params.MayBeAbsent;
import org.lonelyloop.model.params.Range;
import org.lonelyloop.model.state.Day;
import org.lonelyloop.model.state.TargetGroup;

/**
 * Reflect before opening an app: "what is my motivation right now?" (seed 000). The pause stops a
 * share {@code pause} of the use pushed by loneliness (validation seeking) and by habit (boredom):
 * the compensation and reinforcement pathways' positive pushes.
 */
public final class MindfulUse extends Intervention {
    private static final long serialVersionUID = 1L;

    /**
     * @param pause share of compensating and habitual pushes stopped
     */
    public record Params(TargetGroup target, @Range(min = 0, max = 73_000) Days start, @MayBeAbsent Days end,
            @Range(min = 0, max = 1, unit = "share") double coverage,
            @Range(min = 0, max = 1, unit = "probability per day") double adherence,
            @Range(min = 0, max = 1, unit = "share of the pushes") double pause) implements InterventionSpec, java.io.Serializable {
        public static Params defaults() {
            return new Params(TargetGroup.everyone(), Days.of(0), null, 1, 0.8, 0.5);
        }

        @Override
        public Intervention build(int index) {
            return new MindfulUse(this, index);
        }
    }

    private final Params p;

    MindfulUse(Params p, int index) {
        super(p, index);
        this.p = p;
    }

    @Override
    protected void act(Day day, int i, int since) {
        float[] damping = day.population().pushDamping;
        damping[i] = (float) Math.max(damping[i], p.pause());
    }
}
