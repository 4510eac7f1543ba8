package org.lonelyloop.model.state;

import java.io.Serializable;
import java.util.List;

/**
 * A part of the day's work: a pathway, an intervention or a core submodel. A process may act in
 * several phases (FOMO is seen in ONLINE and pushes use in USE the next day); it is called once per
 * listed phase, in schedule order.
 */
public interface DailyProcess extends Serializable {
    /** The phases this process acts in. */
    List<Phase> phases();

    /**
     * Does this phase's work for every agent. Must write only the agent's own slots and arrays (or
     * run sequentially in agent order), and draw randomness only from the agent's own streams.
     */
    void apply(Phase phase, Day day);
}
