package org.lonelyloop.model;

/** One step of the day: a pathway, an intervention or a core submodel. */
public interface DailyProcess {
    /** When in the day this process runs. */
    Phase phase();

    /** Does today's work for every agent. Must write only the agent's own slots (or run sequentially). */
    void apply(Day day);
}
