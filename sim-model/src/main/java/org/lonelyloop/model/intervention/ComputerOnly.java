package org.lonelyloop.model.intervention;

import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.params.MayBeAbsent;
import org.lonelyloop.model.params.Range;
import org.lonelyloop.model.state.Day;
import org.lonelyloop.model.state.TargetGroup;

/**
 * Social media only on a computer: less handy than a phone, so fewer and longer sessions and less
 * checking (seed 000). Use falls by {@code useReduction}; what reactions teach the checking habit
 * falls by {@code checkReduction} (fewer checks, fewer rewarded checks).
 */
public final class ComputerOnly extends Intervention {
    private static final long serialVersionUID = 1L;

    /**
     * @param useReduction share of use that goes
     * @param checkReduction share of habit learning that goes
     */
    public record Params(TargetGroup target, @Range(min = 0, max = 73_000) Days start, @MayBeAbsent Days end,
            @Range(min = 0, max = 1, unit = "share") double coverage,
            @Range(min = 0, max = 1, unit = "probability per day") double adherence,
            @Range(min = 0, max = 1, unit = "share of use") double useReduction,
            @Range(min = 0, max = 1, unit = "share of habit learning") double checkReduction) implements InterventionSpec, java.io.Serializable {
        public static Params defaults() {
            return new Params(TargetGroup.everyone(), Days.of(0), null, 1, 0.8, 0.3, 0.5);
        }

        @Override
        public Intervention build(int index) {
            return new ComputerOnly(this, index);
        }
    }

    private final Params p;

    ComputerOnly(Params p, int index) {
        super(p, index);
        this.p = p;
    }

    @Override
    protected void act(Day day, int i, int since) {
        var pop = day.population();
        pop.useFactor[i] *= (float) (1 - p.useReduction());
        pop.habitLearning[i] *= (float) (1 - p.checkReduction());
    }
}
