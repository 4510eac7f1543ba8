package org.lonelyloop.model.submodel;

import java.util.List;
import org.lonelyloop.model.network.TieGraph;
import org.lonelyloop.model.network.TieWord;
import org.lonelyloop.model.params.ContactParams;
import org.lonelyloop.model.random.Purpose;
import org.lonelyloop.model.random.RandomStream;
import org.lonelyloop.model.state.Clamp;
import org.lonelyloop.model.state.ContactWord;
import org.lonelyloop.model.state.DailyProcess;
import org.lonelyloop.model.state.Day;
import org.lonelyloop.model.state.Phase;
import org.lonelyloop.model.state.Population;

/**
 * Each agent decides whether to set out to meet someone today and whom: with probability
 * {@code initiateProbabilityPerDay * S / (S + halfContactStrength) * contactFactor}, S the summed
 * strength of its offline ties, it proposes a meeting to one of them, chosen with probability
 * proportional to tie strength (people meet close friends more often). Time for friends is limited,
 * so contact saturates with the size of one's network (Dunbar's time budget; Roberts and Dunbar
 * 2011), but someone with few or weak ties has fewer people to meet and meets less: losing a close
 * friend, or every friend in a move, costs contact until new ties grow. Its availability to others'
 * proposals is {@code acceptProbability * contactFactor}.
 *
 * <p>The same draws also give the proposal the agent would have made undisturbed (contact factor
 * 1), so the ledger can tell how much contact the pathways cost. What the meeting step needs of the
 * agent is packed into its {@link ContactWord}.
 */
public final class ContactInitiation implements DailyProcess {
    private static final long serialVersionUID = 1L;
    private final ContactParams contact;

    /**
     * An agent's chance of accepting a proposed meeting, or a new tie, today: {@code acceptProbability
     * * contactFactor}, at most 1. Worked out where it is needed rather than kept per agent: the
     * contact factor it comes from stays as it is from the contact phase to the end of the day.
     */
    public static float availability(double acceptProbability, float contactFactor) {
        return (float) Clamp.atMost(acceptProbability * contactFactor, 1);
    }

    /**
     * Built with its section of the scenario, which stays as it is for the world's life (a branch is
     * the same world): the process depends on the parameters it reads, not on the whole scenario.
     */
    public ContactInitiation(ContactParams contact) {
        this.contact = contact;
    }

    @Override
    public List<Phase> phases() {
        return List.of(Phase.CONTACT);
    }

    @Override
    public void apply(Phase phase, Day day) {
        Population pop = day.population();
        TieGraph g = day.offline();
        ContactParams c = contact;
        double most = c.initiateProbabilityPerDay();
        double half = c.halfContactStrength();
        double accept = c.acceptProbability();
        long seed = day.seed();
        int d = day.index();
        int[] nb = g.neighbours();
        char[] ties = g.ties();
        long key = RandomStream.dayKey(seed, d, Purpose.INITIATE_CONTACT);
        day.workers().forEachChunk(pop.size, (chunk, from, to) -> {
            RandomStream r = new RandomStream();
            for (int i = from; i < to; i++) {
                float factor = pop.contactFactor[i];
                float availability = availability(accept, factor);
                int deg = g.degree(i);
                boolean metYesterday = pop.contacts[i] > 0;
                long word = ContactWord.pack(metYesterday, availability, pop.maintenance[i]);
                pop.contactWord[i] = word;
                if (deg == 0) {
                    continue;
                }
                r.reset(key, i);
                // Yesterday's summed strength (Meetings, TieFormation): the network one sets out from today.
                double strength = pop.tieStrength[i];
                double p0 = half > 0 ? most * strength / (strength + half) : most;
                double u = r.nextDouble();
                boolean undisturbed = u < p0;
                boolean actual = u < Clamp.atMost(p0 * factor, 1);
                if (!undisturbed && !actual) {
                    continue;
                }
                int base = g.base(i);
                double total = 0;
                for (int k = 0; k < deg; k++) {
                    total += TieWord.strength(ties[base + k]);
                }
                double pick = r.nextDouble() * total;
                int k = 0;
                while (k < deg - 1 && (pick -= TieWord.strength(ties[base + k])) >= 0) {
                    k++;
                }
                byte kind = (byte) ((actual ? Population.PROPOSES : 0)
                        | (undisturbed ? Population.PROPOSES_UNDISTURBED : 0));
                pop.contactWord[i] = ContactWord.withProposal(word, nb[base + k], kind);
            }
        });
    }
}
