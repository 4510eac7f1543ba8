package org.lonelyloop.model.submodel;

import java.util.List;
import org.lonelyloop.model.network.OnlineGraph;
import org.lonelyloop.model.state.DailyProcess;
import org.lonelyloop.model.state.Day;
import org.lonelyloop.model.state.Phase;
import org.lonelyloop.model.state.Population;

/**
 * What each agent's online ties put out today: the mean active minutes of its online neighbours.
 * One scan of the online network serves every pathway that needs it (support, reactions).
 */
public final class Feed implements DailyProcess {
    private static final long serialVersionUID = 1L;

    @Override
    public List<Phase> phases() {
        return List.of(Phase.ONLINE);
    }

    @Override
    public void apply(Phase phase, Day day) {
        Population pop = day.population();
        OnlineGraph g = day.online();
        int[] off = g.offsets();
        int[] tg = g.targets();
        day.workers().forEachChunk(pop.size, (chunk, from, to) -> {
            for (int i = from; i < to; i++) {
                int a = off[i];
                int b = off[i + 1];
                double sum = 0;
                for (int k = a; k < b; k++) {
                    sum += pop.activeMinutes[tg[k]];
                }
                pop.feedActivity[i] = b == a ? 0f : (float) (sum / (b - a));
            }
        });
    }
}
