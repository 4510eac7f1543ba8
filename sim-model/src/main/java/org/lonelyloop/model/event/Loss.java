package org.lonelyloop.model.event;

import org.lonelyloop.model.network.TieGraph;
import org.lonelyloop.model.state.Day;
import org.lonelyloop.model.state.Population;

/**
 * The loss of the closest friend: a best friend moves away, a friendship breaks, a bereavement. The
 * tie with the agent's confidant ends, or, before one is chosen, its strongest offline tie (nothing
 * happens to an agent without ties); the online tie, if any, stays.
 */
final class Loss extends LifeEvent {
    private static final long serialVersionUID = 1L;

    Loss(LifeEventSpec spec, int index) {
        super(spec, index);
    }

    @Override
    protected void happen(Day day, int[] who) {
        TieGraph g = day.offline();
        Population pop = day.population();
        for (int i : who) {
            int confidant = pop.confidant[i];
            if (confidant >= 0 && g.disconnect(i, confidant)) {
                countEnded(1);
                continue;
            }
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
