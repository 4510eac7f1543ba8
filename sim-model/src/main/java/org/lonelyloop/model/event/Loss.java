package org.lonelyloop.model.event;

import org.lonelyloop.model.Day;
import org.lonelyloop.model.network.TieGraph;

/**
 * The loss of the closest tie: a best friend moves away, a break-up, a bereavement. The agent's
 * strongest offline tie ends (nothing happens to an agent without ties); the online tie, if any,
 * stays.
 */
final class Loss extends LifeEvent {
    private static final long serialVersionUID = 1L;

    Loss(LifeEventSpec spec, int index) {
        super(spec, index);
    }

    @Override
    protected void happen(Day day, int[] who) {
        TieGraph g = day.offline();
        for (int i : who) {
            int strongest = -1;
            float best = -1;
            for (int k = 0; k < g.degree(i); k++) {
                // Ties of equal strength: the lower id, so the choice never depends on slot order.
                int j = g.neighbour(i, k);
                float w = g.strength(i, k);
                if (w > best || (w == best && j < strongest)) {
                    best = w;
                    strongest = j;
                }
            }
            if (strongest >= 0 && g.disconnect(i, strongest)) {
                countEnded(1);
            }
        }
    }
}
