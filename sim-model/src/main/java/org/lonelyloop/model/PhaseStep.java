package org.lonelyloop.model;

import org.lonelyloop.model.state.Phase;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One phase of the day on MASON's schedule (ordering = the phase's ordinal). A class, not a lambda:
 * it is saved in every checkpoint, and a lambda's saved form depends on how the compiler named it.
 */
final class PhaseStep implements Steppable {
    private static final long serialVersionUID = 1L;
    private final Phase phase;

    PhaseStep(Phase phase) {
        this.phase = phase;
    }

    @Override
    public void step(SimState state) {
        ((LonelyLoop) state).runPhase(phase);
    }
}
