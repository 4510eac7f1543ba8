package org.lonelyloop.model.intervention;

import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.params.MayBeAbsent;
import org.lonelyloop.model.params.Range;
import org.lonelyloop.model.state.Day;
import org.lonelyloop.model.state.TargetGroup;

/**
 * Invest in face-to-face relationships: propose to meet, meet people nearby, turn online contacts
 * into offline ones (seed 000). Raises the chance of initiating and accepting contact by the factor
 * {@code exp(initiative)} and the number of ties sought by {@code extraTies}.
 */
public final class OfflineInvestment extends Intervention {
    private static final long serialVersionUID = 1L;

    /**
     * @param initiative rise in log contact chance
     * @param extraTies extra offline ties sought
     */
    public record Params(TargetGroup target, @Range(min = 0, max = 73_000) Days start, @MayBeAbsent Days end,
            @Range(min = 0, max = 1, unit = "share") double coverage,
            @Range(min = 0, max = 1, unit = "probability per day") double adherence,
            @Range(min = -2, max = 2, unit = "log contact") double initiative,
            @Range(min = 0, max = 20, unit = "ties") int extraTies) implements InterventionSpec, java.io.Serializable {
        public static Params defaults() {
            return new Params(TargetGroup.everyone(), Days.of(0), null, 1, 0.8, 0.3, 2);
        }

        @Override
        public Intervention build(int index) {
            return new OfflineInvestment(this, index);
        }
    }

    private final Params p;

    OfflineInvestment(Params p, int index) {
        super(p, index);
        this.p = p;
    }

    @Override
    protected void act(Day day, int i, int since) {
        boostContact(day, i, p.initiative());
        seekTies(day, i, p.extraTies());
    }
}
