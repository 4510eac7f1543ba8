package org.lonelyloop.model.submodel;

import org.lonelyloop.model.DailyProcess;
import org.lonelyloop.model.Day;
import org.lonelyloop.model.Phase;
import org.lonelyloop.model.Population;
import org.lonelyloop.model.network.TieGraph;
import org.lonelyloop.model.params.ContactParams;
import org.lonelyloop.model.random.Purpose;
import org.lonelyloop.model.random.RandomStream;

/**
 * New offline ties. An agent with fewer ties than the network's starting mean degree looks for a
 * new one with a probability rising linearly with the shortfall. The candidate is a friend of a
 * friend (triadic closure; Granovetter 1973, Kossinets and Watts 2006) or someone from a shared
 * setting: a nearby position on the age-ordered ring, standing for school, work and clubs.
 *
 * <p>Candidates are chosen in parallel (each agent writes only its own slot); ties are then added
 * one by one in agent order, so two agents competing for the last free slot of a third always
 * resolve the same way.
 */
public final class TieFormation implements DailyProcess {
    private int[] candidate;
    private long formedTotal;

    @Override
    public Phase phase() {
        return Phase.NETWORK;
    }

    /** Ties formed since the model started (burn-in included). */
    public long formedTotal() {
        return formedTotal;
    }

    @Override
    public void apply(Day day) {
        Population pop = day.population();
        TieGraph g = day.offline();
        ContactParams c = day.scenario().contact();
        int target = day.scenario().networks().offline().meanDegree();
        double pMax = c.formationProbabilityPerDay();
        double triadic = c.triadicShare();
        int window = c.settingWindow();
        int[] ring = day.ringOrder();
        int[] position = day.ringPosition();
        int n = pop.size;
        long seed = day.seed();
        int d = day.index();
        if (candidate == null || candidate.length != n) {
            candidate = new int[n];
        }
        day.workers().forEachChunk(n, (chunk, from, to) -> {
            RandomStream r = new RandomStream();
            for (int i = from; i < to; i++) {
                candidate[i] = -1;
                int deg = g.degree(i);
                if (deg >= target || !g.hasRoom(i)) {
                    continue;
                }
                r.reset(seed, d, Purpose.TIE_FORMATION, i);
                double look = pMax * (target - deg) / (double) target * pop.contactFactor[i];
                if (!r.nextBoolean(look)) {
                    continue;
                }
                if (deg > 0 && r.nextBoolean(triadic)) {
                    int friend = g.neighbour(i, r.nextInt(deg));
                    int fd = g.degree(friend);
                    if (fd > 0) {
                        candidate[i] = g.neighbour(friend, r.nextInt(fd));
                    }
                } else if (n > 1) {
                    int span = Math.min(window, (n - 1) / 2);
                    if (span >= 1) {
                        int offset = 1 + r.nextInt(span);
                        int pos = position[i] + (r.nextBoolean(0.5) ? offset : -offset);
                        candidate[i] = ring[Math.floorMod(pos, n)];
                    }
                }
            }
        });
        for (int i = 0; i < n; i++) {
            int j = candidate[i];
            if (j < 0 || j == i) {
                continue;
            }
            double u = RandomStream.pairUniform(seed, d, Purpose.TIE_FORMATION, i, j);
            if (u < pop.availability[j] && g.connect(i, j, (float) c.newTieStrength())) {
                formedTotal++;
            }
        }
    }
}
