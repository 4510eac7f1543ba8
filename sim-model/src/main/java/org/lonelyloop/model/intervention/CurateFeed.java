package org.lonelyloop.model.intervention;

import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.params.MayBeAbsent;
import org.lonelyloop.model.params.Range;
import org.lonelyloop.model.state.Day;
import org.lonelyloop.model.state.TargetGroup;

/**
 * Unfollow or block accounts that make you feel worse; steer the feed toward inspiring content
 * (seeds 000, 001). Removes a share {@code curation} of the exposure behind social comparison and of
 * the exposure to cyberbullying.
 */
public final class CurateFeed extends Intervention {
    private static final long serialVersionUID = 1L;

    /**
     * @param curation share of comparison and bullying exposure removed
     */
    public record Params(TargetGroup target, @Range(min = 0, max = 73_000) Days start, @MayBeAbsent Days end,
            @Range(min = 0, max = 1, unit = "share") double coverage,
            @Range(min = 0, max = 1, unit = "probability per day") double adherence,
            @Range(min = 0, max = 1, unit = "share of exposure") double curation) implements InterventionSpec, java.io.Serializable {
        public static Params defaults() {
            return new Params(TargetGroup.everyone(), Days.of(0), null, 1, 0.8, 0.5);
        }

        @Override
        public Intervention build(int index) {
            return new CurateFeed(this, index);
        }
    }

    private final Params p;

    CurateFeed(Params p, int index) {
        super(p, index);
        this.p = p;
    }

    @Override
    protected void act(Day day, int i, int since) {
        float[] c = day.population().curation;
        c[i] = (float) Math.max(c[i], p.curation());
    }
}
