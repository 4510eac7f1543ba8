package org.lonelyloop.model.event;

import org.lonelyloop.model.state.PartnerChange;

/**
 * Builds the daily process a life event's spec describes. Kept apart from the spec so the spec, a
 * plain record the scenario file fills, knows none of the processes, and each process knows only
 * its spec: the package's classes depend on each other in one direction.
 */
public final class LifeEvents {
    private LifeEvents() {
    }

    /** The event {@code spec} describes, the {@code index}-th of its scenario. */
    public static LifeEvent build(LifeEventSpec spec, int index) {
        return switch (spec.type()) {
            case move -> new Move(spec, index);
            case loss -> new Loss(spec, index);
            case widowhood -> new PartnerLoss(spec, index, PartnerChange.Kind.WIDOWHOOD);
            case separation -> new PartnerLoss(spec, index, PartnerChange.Kind.SEPARATION);
            case lockdown, illness -> new Confinement(spec, index);
        };
    }
}
