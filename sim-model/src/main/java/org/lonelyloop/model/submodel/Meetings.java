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
 * Resolves today's meetings and updates tie strengths, in parallel and without locks.
 *
 * <p>A tie i-j meets today if i proposed to j and j accepted, or j proposed to i and i accepted.
 * Acceptance is decided by a random number shared by the pair ({@link RandomStream#pairUniform}),
 * so i and j, each walking only its own slots, reach the same verdict and apply the same strength
 * update to their two copies of the tie: closing {@code strengthGainPerMeeting} of the gap to 1
 * after a meeting, losing {@code strengthDecayPerDay} of its strength otherwise, and ending below
 * {@code dissolveBelow}.
 */
public final class Meetings implements DailyProcess {
    @Override
    public Phase phase() {
        return Phase.MEET;
    }

    @Override
    public void apply(Day day) {
        Population pop = day.population();
        TieGraph g = day.offline();
        ContactParams c = day.scenario().contact();
        float gain = (float) c.strengthGainPerMeeting();
        float keep = (float) (1 - c.strengthDecayPerDay());
        float dissolve = (float) c.dissolveBelow();
        float accept = (float) c.acceptProbability();
        long seed = day.seed();
        int d = day.index();
        int[] nb = g.neighbours();
        float[] w = g.strengths();
        day.workers().forEachChunk(pop.size, (chunk, from, to) -> {
            for (int i = from; i < to; i++) {
                int base = g.base(i);
                int met = 0;
                float quality = 0;
                float qualityUndisturbed = 0;
                for (int k = g.degree(i) - 1; k >= 0; k--) {
                    int j = nb[base + k];
                    float s = w[base + k];
                    boolean iToJ = pop.proposal[i] == j || pop.proposalUndisturbed[i] == j;
                    boolean jToI = pop.proposal[j] == i || pop.proposalUndisturbed[j] == i;
                    boolean meets = false;
                    boolean meetsUndisturbed = false;
                    if (iToJ) {
                        double u = RandomStream.pairUniform(seed, d, Purpose.ACCEPT_CONTACT, i, j);
                        meets = pop.proposal[i] == j && u < pop.availability[j];
                        meetsUndisturbed = pop.proposalUndisturbed[i] == j && u < accept;
                    }
                    if (jToI) {
                        double u = RandomStream.pairUniform(seed, d, Purpose.ACCEPT_CONTACT, j, i);
                        meets |= pop.proposal[j] == i && u < pop.availability[i];
                        meetsUndisturbed |= pop.proposalUndisturbed[j] == i && u < accept;
                    }
                    if (meetsUndisturbed) {
                        qualityUndisturbed += s;
                    }
                    float updated;
                    if (meets) {
                        met++;
                        quality += s;
                        updated = s + gain * (1 - s);
                    } else {
                        updated = s * keep;
                    }
                    if (updated < dissolve) {
                        g.removeOwnSlot(i, k);
                    } else {
                        w[base + k] = updated;
                    }
                }
                pop.contacts[i] = (short) met;
                pop.contactQuality[i] = quality;
                pop.contactQualityUndisturbed[i] = qualityUndisturbed;
            }
        });
    }
}
