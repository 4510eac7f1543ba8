package org.lonelyloop.model.intervention;

import java.util.ArrayList;
import java.util.List;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.params.MayBeAbsent;
import org.lonelyloop.model.params.Minutes;
import org.lonelyloop.model.params.Range;
import org.lonelyloop.model.params.Violation;
import org.lonelyloop.model.state.Day;
import org.lonelyloop.model.state.TargetGroup;

/**
 * A daily time goal, optionally reached in steps: the sources advise going from 2 h to 1.5 h, 1 h
 * and 30 minutes over some weeks rather than at once (seed 000). On days a participant keeps to
 * it, use stops at the current step's limit.
 */
public final class UsageCap extends Intervention {
    private static final long serialVersionUID = 1L;

    /**
     * @param limits    daily limits, one per step (the last holds to the end)
     * @param stepEvery time between steps
     */
    public record Params(TargetGroup target, @Range(min = 0, max = 73_000) Days start, @MayBeAbsent Days end,
            @Range(min = 0, max = 1, unit = "share") double coverage,
            @Range(min = 0, max = 1, unit = "probability per day") double adherence,
            List<Minutes> limits, @Range(min = 1, max = 3650) Days stepEvery) implements InterventionSpec, java.io.Serializable {
        public Params {
            limits = limits == null ? null : List.copyOf(limits);
        }

        public static Params defaults() {
            return new Params(TargetGroup.everyone(), Days.of(0), null, 1, 0.8,
                    List.of(Minutes.hours(2), Minutes.of(90), Minutes.of(60), Minutes.of(30)), Days.weeks(2));
        }

        @Override
        public List<Violation> crossCheck() {
            List<Violation> v = new ArrayList<>(InterventionSpec.super.crossCheck());
            if (limits != null && limits.isEmpty()) {
                v.add(new Violation("limits", "needs at least one daily limit, e.g. [2h, 90m, 60m, 30m]"));
            }
            return v;
        }

        @Override
        public Intervention build(int index) {
            return new UsageCap(this, index);
        }
    }

    private final Params p;

    UsageCap(Params p, int index) {
        super(p, index);
        this.p = p;
    }

    /** The limit in force a given number of days after the start. */
    public double limitAfter(int since) {
        int step = Math.min(p.limits().size() - 1, since / p.stepEvery().count());
        return p.limits().get(step).value();
    }

    @Override
    protected void act(Day day, int i, int since) {
        float[] cap = day.population().useCap;
        cap[i] = (float) Math.min(cap[i], limitAfter(since));
    }
}
