package org.lonelyloop.model.submodel;

import java.util.List;
import org.lonelyloop.model.network.Ring;
import org.lonelyloop.model.network.TieGraph;
import org.lonelyloop.model.params.ContactParams;
import org.lonelyloop.model.random.Purpose;
import org.lonelyloop.model.random.RandomStream;
import org.lonelyloop.model.state.DailyProcess;
import org.lonelyloop.model.state.Day;
import org.lonelyloop.model.state.Phase;
import org.lonelyloop.model.state.Population;

/**
 * New offline ties. An agent with fewer ties than its target (an age-specific network size) looks
 * for a new one with a probability rising linearly with the shortfall, times its contact factor
 * (withdrawn agents look less; interventions can make them look more). The candidate is a friend
 * of a friend (triadic closure; Kossinets and Watts 2006) or someone from a shared setting: a
 * nearby position on the age-ordered ring, standing for school, work and clubs; of
 * {@link #SETTING_ENCOUNTERS} people met there, the one most alike in sociability (contact factor);
 * while the agent's settings are closed (a lockdown), only the first way is open.
 * The candidate agrees with its own acceptance probability; new ties are also online ties with the
 * network's overlap probability.
 *
 * <p>Candidates are chosen in parallel (each agent writes only its own slot); ties are then added
 * one by one in agent order, so two agents competing for the last free slot of a third always
 * resolve the same way.
 */
public final class TieFormation implements DailyProcess {
    private static final long serialVersionUID = 1L;
    private final ContactParams contact;
    private final double overlap;
    /** People an agent meets in its settings when looking for a new tie; it picks the most alike. */
    static final int SETTING_ENCOUNTERS = 3;

    private transient int[] candidate;
    private long formedTotal;
    private int formedToday;

    /**
     * Built with its section of the scenario, which stays as it is for the world's life (a branch is
     * the same world): the process depends on the parameters it reads, not on the whole scenario.
     */
    public TieFormation(ContactParams contact, double overlap) {
        this.contact = contact;
        this.overlap = overlap;
    }

    @Override
    public List<Phase> phases() {
        return List.of(Phase.NETWORK);
    }

    /** Ties formed on the last day run. */
    public int formedToday() {
        return formedToday;
    }

    /** Ties formed since the model started (burn-in included). */
    public long formedTotal() {
        return formedTotal;
    }

    @Override
    public void apply(Phase phase, Day day) {
        Population pop = day.population();
        TieGraph g = day.offline();
        ContactParams c = contact;
        double pMax = c.formationProbabilityPerDay();
        double accept = c.acceptProbability();
        double triadic = c.triadicShare();
        int window = c.settingWindow();
        Ring ring = day.ring();
        int n = pop.size;
        long seed = day.seed();
        int d = day.index();
        if (candidate == null || candidate.length != n) {
            candidate = new int[n];
        }
        int[] cand = candidate;
        long key = RandomStream.dayKey(seed, d, Purpose.TIE_FORMATION);
        day.workers().forEachChunk(n, (chunk, from, to) -> {
            RandomStream r = new RandomStream();
            for (int i = from; i < to; i++) {
                cand[i] = -1;
                int deg = g.degree(i);
                int target = Math.min(g.capacity(), pop.tieTarget[i] + pop.tieTargetBoost(i));
                if (deg >= target || !g.hasRoom(i)) {
                    continue;
                }
                r.reset(key, i);
                double look = pMax * (target - deg) / (double) target * pop.contactFactor[i];
                if (!r.nextBoolean(look)) {
                    continue;
                }
                if (deg > 0 && r.nextBoolean(triadic)) {
                    int friend = g.neighbour(i, r.nextInt(deg));
                    int fd = g.degree(friend);
                    if (fd > 0) {
                        cand[i] = g.neighbour(friend, r.nextInt(fd));
                    }
                } else if (n > 2 && !pop.settingsClosed(i)) {
                    // Of a few people met in one's settings, the one whose sociability (contact
                    // factor) is closest: people who go out meet people who go out, the withdrawn
                    // meet the withdrawn. Homophily by sociability, not contagion.
                    int span = Math.max(1, Math.min(window, (n - 1) / 2));
                    double mine = pop.contactFactor[i];
                    double bestGap = Double.POSITIVE_INFINITY;
                    for (int met = 0; met < SETTING_ENCOUNTERS; met++) {
                        int offset = 1 + r.nextInt(span);
                        int pos = ring.placeOf(i) + (r.nextBoolean(0.5) ? offset : -offset);
                        int other = ring.agentAt(Math.floorMod(pos, n));
                        double gap = Math.abs(pop.contactFactor[other] - mine);
                        if (gap < bestGap) {
                            bestGap = gap;
                            cand[i] = other;
                        }
                    }
                }
            }
        });
        formedToday = 0;
        long linkKey = RandomStream.dayKey(seed, d, Purpose.ONLINE_LINK);
        for (int i = 0; i < n; i++) {
            int j = cand[i];
            if (j < 0 || j == i) {
                continue;
            }
            double u = RandomStream.pairUniform(key, i, j);
            if (u >= ContactInitiation.availability(accept, pop.contactFactor[j])) {
                continue;
            }
            byte flags = RandomStream.pairUniform(linkKey, i, j) < overlap ? TieGraph.ONLINE : 0;
            if (g.connect(i, j, (float) c.newTieStrength(), flags, d)) {
                pop.tieStrength[i] += (float) c.newTieStrength();
                pop.tieStrength[j] += (float) c.newTieStrength();
                formedTotal++;
                formedToday++;
            }
        }
    }
}
