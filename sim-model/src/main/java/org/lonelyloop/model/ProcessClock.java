package org.lonelyloop.model;

import org.lonelyloop.model.state.Phase;

/**
 * Told how long each process took in each phase of each day, for finding where a day's time goes
 * ({@code bench --processes}). A model with no clock times nothing: its days run as they always do.
 */
@FunctionalInterface
public interface ProcessClock {
    /**
     * @param process the process's class name ({@code Meetings}, {@code Reinforcement}); the day's
     *                measuring is {@code observe}
     * @param phase   the phase it ran in
     * @param nanos   how long it took, wall clock, all worker threads together
     */
    void ran(String process, Phase phase, long nanos);
}
