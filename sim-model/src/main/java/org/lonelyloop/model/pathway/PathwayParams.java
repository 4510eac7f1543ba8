package org.lonelyloop.model.pathway;

import java.util.ArrayList;
import java.util.List;

/**
 * Every pathway's switch and parameters, as the {@code pathways:} section of a scenario.
 */
public record PathwayParams(Compensation.Params compensation, Displacement.Params displacement) {
    public static PathwayParams defaults() {
        return new PathwayParams(Compensation.Params.defaults(), Displacement.Params.defaults());
    }

    /** The enabled pathways, in their scheduling order within each phase. */
    public List<Pathway> build() {
        List<Pathway> out = new ArrayList<>();
        if (compensation.enabled()) {
            out.add(new Compensation(compensation));
        }
        if (displacement.enabled()) {
            out.add(new Displacement(displacement));
        }
        return out;
    }
}
