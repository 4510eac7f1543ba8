package org.lonelyloop.model.event;

import org.lonelyloop.model.network.Ring;
import org.lonelyloop.model.network.TieGraph;
import org.lonelyloop.model.random.Purpose;
import org.lonelyloop.model.random.RandomStream;
import org.lonelyloop.model.state.Day;

/**
 * A move (a new school, a new town): a share {@code tiesLost} of the agent's offline ties end at
 * once, chosen at random, and the agent joins a setting elsewhere among people of about its age:
 * its place on the ring (which gives the settings new ties come from) moves two to four setting
 * widths away, everyone in between shifting one place, a negligible change to their settings.
 * Online ties stay: friends left behind can still be followed, and kept up by active use.
 */
final class Move extends LifeEvent {
    private static final long serialVersionUID = 1L;

    Move(LifeEventSpec spec, int index) {
        super(spec, index);
    }

    @Override
    protected void happen(Day day, int[] who) {
        TieGraph g = day.offline();
        Ring ring = day.ring();
        int n = ring.size();
        int window = day.settingWindow();
        RandomStream r = new RandomStream();
        long key = RandomStream.dayKey(day.seed(), day.index(), Purpose.EVENT);
        for (int i : who) {
            r.reset(key, i);
            int[] ties = g.neighboursOf(i);
            int lose = (int) Math.round(spec.tiesLost() * ties.length);
            // A partial shuffle picks which ties end.
            for (int k = 0; k < lose; k++) {
                int pick = k + r.nextInt(ties.length - k);
                int t = ties[pick];
                ties[pick] = ties[k];
                ties[k] = t;
                g.disconnect(i, t);
            }
            countEnded(lose);
            if (n > 2) {
                int distance = Math.min(n - 1, window * (2 + r.nextInt(3)));
                int from = ring.placeOf(i);
                ring.move(from, Math.floorMod(from + (r.nextBoolean(0.5) ? distance : -distance), n));
            }
        }
    }
}
