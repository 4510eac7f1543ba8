package org.lonelyloop.model.submodel;

import java.util.List;
import org.lonelyloop.model.network.TieGraph;
import org.lonelyloop.model.network.TieWord;
import org.lonelyloop.model.params.ContactParams;
import org.lonelyloop.model.random.Purpose;
import org.lonelyloop.model.random.RandomStream;
import org.lonelyloop.model.state.ContactWord;
import org.lonelyloop.model.state.DailyProcess;
import org.lonelyloop.model.state.Day;
import org.lonelyloop.model.state.Phase;
import org.lonelyloop.model.state.Population;

/**
 * Resolves today's meetings and updates tie strengths, in parallel and without locks.
 *
 * <p>A tie i-j meets today if i proposed to j and j accepted, or j proposed to i and i accepted.
 * Acceptance is decided by a random number shared by the pair ({@link RandomStream#pairUniform}),
 * so i and j, each walking only its own slots, reach the same verdict and apply the same update to
 * their two copies of the tie: a meeting closes {@code strengthGainPerMeeting} of the gap to 1; a
 * day without meeting removes {@code strengthDecayPerDay} of the strength, less the share the
 * pair's active use maintains if they are also tied online; a tie below {@code dissolveBelow} ends.
 *
 * <p>Each agent confides in one of its ties, and intimacy with that one person grows with each
 * meeting ({@code intimacyGainPerMeeting}: close friendship takes some 200 hours together, Hall 2018)
 * and fades slowly without ({@code intimacyDecayPerDay}). When the confidant's tie ends (a move, a
 * loss, a friendship that faded away), or the closest tie, counted at {@code intimacyCarryOver} of its
 * strength, offers more than what is left, the closest tie becomes the confidant, with that much
 * intimacy to start from: a new best friend is not yet what the old one was.
 *
 * <p>On the way it counts, for each agent, its ties that are also online and how many of those
 * met someone else yesterday (what their posts show today: the raw material of FOMO), reading the
 * neighbour's {@link ContactWord} it reads anyway.
 */
public final class Meetings implements DailyProcess {
    private static final long serialVersionUID = 1L;
    private final ContactParams contact;
    /** Weight of today in the recalled meetings a week: a four-week memory. */
    private static final float RECALL = 1f / 28;
    /**
     * Intimacy with the confidant per unit strength of the closest tie where the default world
     * settles (median after a six-year burn-in: 0.64); where each population starts.
     */
    static final float SETTLED_INTIMACY_PER_STRENGTH = 0.64f;
    /**
     * The closest tie is tracked as one number, its strength in steps above the neighbour's id, and
     * kept by {@code Math.max}: the largest key is the strongest tie (of two equally strong, the
     * higher id). Kept by comparing and branching, it was
     * a third of the meeting step: which tie is strongest so far is a coin flip to the branch
     * predictor, a few times per agent.
     */
    private static final long NO_CLOSEST = Long.MIN_VALUE;

    /**
     * Built with its section of the scenario, which stays as it is for the world's life (a branch is
     * the same world): the process depends on the parameters it reads, not on the whole scenario.
     */
    public Meetings(ContactParams contact) {
        this.contact = contact;
    }

    @Override
    public List<Phase> phases() {
        return List.of(Phase.MEET);
    }

    @Override
    public void apply(Phase phase, Day day) {
        Population pop = day.population();
        TieGraph g = day.offline();
        ContactParams c = contact;
        float gain = (float) c.strengthGainPerMeeting();
        float decay = (float) c.strengthDecayPerDay();
        int dissolveSteps = TieWord.stepsAtLeast((float) c.dissolveBelow());
        float accept = (float) c.acceptProbability();
        float intimacyGain = (float) c.intimacyGainPerMeeting();
        float intimacyKept = (float) (1 - c.intimacyDecayPerDay());
        float carryOver = (float) c.intimacyCarryOver();
        long seed = day.seed();
        int d = day.index();
        int[] nb = g.neighbours();
        char[] ties = g.ties();
        long[] words = pop.contactWord;
        long key = RandomStream.dayKey(seed, d, Purpose.ACCEPT_CONTACT);
        day.workers().forEachChunk(pop.size, (chunk, from, to) -> {
            for (int i = from; i < to; i++) {
                int base = g.base(i);
                long myWord = words[i];
                int mine = ContactWord.proposal(myWord);
                byte myKind = ContactWord.kind(myWord);
                float myAvailability = ContactWord.availability(myWord);
                float myMaintenance = ContactWord.maintenance(myWord);
                int met = 0;
                // Strengths summed in steps (exact integers), turned into strengths once an agent.
                int quality = 0;
                int qualityUndisturbed = 0;
                float closest = 0;
                int closestId = Population.NO_CONFIDANT;
                int confidant = pop.confidant[i];
                boolean confidantKept = false;
                boolean confidantMet = false;
                long closestKey = NO_CLOSEST;
                int sumSteps = 0;
                int linked = 0;
                int missedOut = 0;
                int lost = 0;
                for (int k = g.degree(i) - 1; k >= 0; k--) {
                    int s = base + k;
                    int j = nb[s];
                    long theirWord = words[j];
                    int word = ties[s];
                    int steps = TieWord.steps(word);
                    boolean meets = false;
                    boolean meetsUndisturbed = false;
                    if (mine == j) {
                        double u = RandomStream.pairUniform(key, i, j);
                        meets = (myKind & Population.PROPOSES) != 0 && u < ContactWord.availability(theirWord);
                        meetsUndisturbed = (myKind & Population.PROPOSES_UNDISTURBED) != 0 && u < accept;
                    }
                    if (ContactWord.proposal(theirWord) == i) {
                        byte theirs = ContactWord.kind(theirWord);
                        double u = RandomStream.pairUniform(key, j, i);
                        meets |= (theirs & Population.PROPOSES) != 0 && u < myAvailability;
                        meetsUndisturbed |= (theirs & Population.PROPOSES_UNDISTURBED) != 0 && u < accept;
                    }
                    if (meetsUndisturbed) {
                        qualityUndisturbed += steps;
                    }
                    // Whether a tie is also online, and whether its other end met someone else
                    // yesterday, are coin flips a branch predictor cannot learn: counted as 0/1
                    // arithmetic, not branches.
                    int online = word & TieGraph.ONLINE;
                    int weMetYesterday = (word & TieGraph.MET) >>> 1;
                    linked += online;
                    missedOut += online & (1 - weMetYesterday) & ContactWord.metYesterdayBit(theirWord);
                    int updated;
                    int flagsNow = online;
                    if (meets) {
                        met++;
                        quality += steps;
                        updated = TieWord.strengthened(steps, gain);
                        flagsNow |= TieGraph.MET;
                    } else {
                        float kept = online * (0.5f * (myMaintenance + ContactWord.maintenance(theirWord)));
                        updated = TieWord.weakened(steps, 1 - decay * (1 - kept));
                    }
                    if (updated < dissolveSteps) {
                        g.removeOwnSlot(i, k);
                        lost++;
                    } else {
                        ties[s] = (char) TieWord.word(updated, flagsNow);
                        closestKey = Math.max(closestKey, (long) updated << 32 | j);
                        sumSteps += updated;
                        // As 0/1 arithmetic for the same reason: the confidant's slot differs per agent.
                        boolean isConfidant = j == confidant;
                        confidantKept |= isConfidant;
                        confidantMet |= isConfidant & meets;
                    }
                }
                if (closestKey != NO_CLOSEST) {
                    closest = TieWord.strengthOf((int) (closestKey >>> 32));
                    closestId = (int) closestKey;
                }
                float intimacy = pop.intimacy[i];
                if (confidant == Population.CONFIDANT_UNCHOSEN) {
                    // A population starts with friendships of long standing, at the intimacy such a
                    // friendship settles at: intimacy forms over a year or more, longer than a burn-in.
                    pop.confidant[i] = closestId;
                    intimacy = SETTLED_INTIMACY_PER_STRENGTH * closest;
                } else if (confidantKept) {
                    intimacy = confidantMet ? intimacy + intimacyGain * (1 - intimacy) : intimacy * intimacyKept;
                } else {
                    intimacy = 0;
                }
                if (closestId != pop.confidant[i] && carryOver * closest > intimacy) {
                    pop.confidant[i] = closestId;
                    intimacy = carryOver * closest;
                } else if (!confidantKept && confidant != Population.CONFIDANT_UNCHOSEN) {
                    pop.confidant[i] = Population.NO_CONFIDANT;
                }
                pop.intimacy[i] = intimacy;
                pop.contacts[i] = (short) met;
                pop.meetingsPerWeek[i] += (7f * met - pop.meetingsPerWeek[i]) * RECALL;
                float undisturbed = TieWord.strengthOf(qualityUndisturbed);
                pop.recentContactQuality[i] += (undisturbed - pop.recentContactQuality[i]) * RECALL;
                pop.contactQuality[i] = TieWord.strengthOf(quality);
                pop.contactQualityUndisturbed[i] = undisturbed;
                pop.closeness[i] = closest;
                pop.tieStrength[i] = TieWord.strengthOf(sumSteps);
                pop.linkedTies[i] = (short) linked;
                pop.friendsOutWithoutMe[i] = (short) missedOut;
                pop.tiesLost[i] = (byte) Math.min(Byte.MAX_VALUE, lost);
            }
        });
    }
}
