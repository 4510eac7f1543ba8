package org.lonelyloop.model.submodel;

import java.util.List;
import org.lonelyloop.model.DailyProcess;
import org.lonelyloop.model.Day;
import org.lonelyloop.model.Phase;
import org.lonelyloop.model.Population;
import org.lonelyloop.model.network.TieGraph;
import org.lonelyloop.model.params.ContactParams;
import org.lonelyloop.model.random.Purpose;
import org.lonelyloop.model.random.RandomStream;

/**
 * Resolves today's meetings and updates tie strengths, in parallel and without locks.
 *
 * <p>A tie i-j meets today if i proposed to j and j accepted, or j proposed to i and i accepted.
 * Acceptance is decided by a random number shared by the pair ({@link RandomStream#pairUniform}),
 * so i and j, each walking only its own slots, reach the same verdict and apply the same update to
 * their two copies of the tie: a meeting closes {@code strengthGainPerMeeting} of the gap to 1; a
 * day without meeting removes {@code strengthDecayPerDay} of the strength, less the share the
 * pair's active use maintains if they are also tied online; a tie below {@code dissolveBelow} ends.
 */
public final class Meetings implements DailyProcess {
    private static final long serialVersionUID = 1L;

    @Override
    public List<Phase> phases() {
        return List.of(Phase.MEET);
    }

    @Override
    public void apply(Phase phase, Day day) {
        Population pop = day.population();
        TieGraph g = day.offline();
        ContactParams c = day.scenario().contact();
        float gain = (float) c.strengthGainPerMeeting();
        float decay = (float) c.strengthDecayPerDay();
        float dissolve = (float) c.dissolveBelow();
        float accept = (float) c.acceptProbability();
        long seed = day.seed();
        int d = day.index();
        int[] nb = g.neighbours();
        float[] w = g.strengths();
        byte[] flags = g.flags();
        day.workers().forEachChunk(pop.size, (chunk, from, to) -> {
            for (int i = from; i < to; i++) {
                int base = g.base(i);
                int mine = pop.proposal[i];
                byte myKind = pop.proposalKind[i];
                float myAvailability = pop.availability[i];
                int met = 0;
                float quality = 0;
                float qualityUndisturbed = 0;
                float closest = 0;
                float sum = 0;
                for (int k = g.degree(i) - 1; k >= 0; k--) {
                    int s = base + k;
                    int j = nb[s];
                    float strength = w[s];
                    boolean meets = false;
                    boolean meetsUndisturbed = false;
                    if (mine == j) {
                        double u = RandomStream.pairUniform(seed, d, Purpose.ACCEPT_CONTACT, i, j);
                        meets = (myKind & Population.PROPOSES) != 0 && u < pop.availability[j];
                        meetsUndisturbed = (myKind & Population.PROPOSES_UNDISTURBED) != 0 && u < accept;
                    }
                    if (pop.proposal[j] == i) {
                        byte theirs = pop.proposalKind[j];
                        double u = RandomStream.pairUniform(seed, d, Purpose.ACCEPT_CONTACT, j, i);
                        meets |= (theirs & Population.PROPOSES) != 0 && u < myAvailability;
                        meetsUndisturbed |= (theirs & Population.PROPOSES_UNDISTURBED) != 0 && u < accept;
                    }
                    if (meetsUndisturbed) {
                        qualityUndisturbed += strength;
                    }
                    float updated;
                    if (meets) {
                        met++;
                        quality += strength;
                        updated = strength + gain * (1 - strength);
                        flags[s] |= TieGraph.MET;
                    } else {
                        float kept = (flags[s] & TieGraph.ONLINE) != 0
                                ? 0.5f * (pop.maintenance[i] + pop.maintenance[j]) : 0f;
                        updated = strength * (1 - decay * (1 - kept));
                        flags[s] &= ~TieGraph.MET;
                    }
                    if (updated < dissolve) {
                        g.removeOwnSlot(i, k);
                    } else {
                        w[s] = updated;
                        closest = Math.max(closest, updated);
                        sum += updated;
                    }
                }
                pop.contacts[i] = (short) met;
                pop.contactQuality[i] = quality;
                pop.contactQualityUndisturbed[i] = qualityUndisturbed;
                pop.closeness[i] = closest;
                pop.tieStrength[i] = sum;
            }
        });
    }
}
