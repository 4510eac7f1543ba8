package org.lonelyloop.model.pathway;

import org.lonelyloop.model.params.Range;
import org.lonelyloop.model.params.ReferenceLevels;
import org.lonelyloop.model.state.Clamp;
import org.lonelyloop.model.state.Day;
import org.lonelyloop.model.state.LonelinessSource;
import org.lonelyloop.model.state.Phase;
import org.lonelyloop.model.state.Population;

/**
 * Withdrawal: loneliness itself makes people initiate and accept less contact and read the contact
 * they have as less warm (Cacioppo and Hawkley 2009, Trends Cogn. Sci. 13:447), so lonely people
 * lose ties and drift to the edge of their network: the offline half of the loop. Nothing here
 * copies loneliness from one agent to another, yet loneliness comes to cluster in the network,
 * because a withdrawn agent's friends lose contact too.
 *
 * <p>Social anxiety works the same way on contact: the fear of being judged makes people avoid
 * face-to-face situations (the avoidance at the core of social anxiety; social anxiety predicts
 * later loneliness, Lim, Rodebaugh, Zyphur and Gleeson 2016, J. Abnorm. Psychol. 125:620), so
 * treating the anxiety can give contact back.
 *
 * <p>CONTACT: multiplies the contact factor by
 * {@code exp(-initiative * (L - Lref) - avoidance * (A - Aref))} (bounded to 0.05..20).
 * LONELINESS: contact relief is read at a discount of {@code misread * L}, booked as
 * {@code +contactEffect * Q * misread * L}. Negative initiative encodes lonely people seeking more
 * contact.
 */
public final class Withdrawal extends AbstractPathway<Withdrawal.Params> {
    private static final long serialVersionUID = 1L;
    /**
     * The bounds of the log contact factor, worked out once: the JIT calls the logarithm's stub
     * again for each agent (two calls an agent-day) rather than folding a constant argument.
     */
    private static final double LEAST_LOG_FACTOR = Math.log(0.05);
    private static final double MOST_LOG_FACTOR = Math.log(20);

    /**
     * @param enabled    whether the pathway runs
     * @param initiative fall in log contact chance per unit of loneliness above the reference
     * @param misread    share of contact's relief lost per unit of loneliness
     * @param avoidance  fall in log contact chance per unit of social anxiety above the reference
     */
    public record Params(
            boolean enabled,
            @Range(min = -5, max = 5, unit = "log contact per unit loneliness") double initiative,
            @Range(min = 0, max = 1, unit = "share per unit loneliness") double misread,
            @Range(min = -5, max = 5, unit = "log contact per unit social anxiety") double avoidance)
            implements java.io.Serializable {
        public static Params defaults() {
            return new Params(true, 0.05, 0.15, 0.1);
        }
    }

    /**
     * How much a unit of contact quality lowers loneliness (the loneliness section's contact effect,
     * the same for the world's life), by which this pathway weighs the contact it touches.
     */
    private final double contactEffect;

    public Withdrawal(Params p, double contactEffect) {
        super(p, Phase.CONTACT, Phase.LONELINESS);
        this.contactEffect = contactEffect;
    }

    @Override
    public void apply(Phase phase, Day day) {
        Population pop = day.population();
        if (phase == Phase.CONTACT) {
            float[] logFactor = day.ledger().contactLog(LonelinessSource.WITHDRAWAL);
            double aRef = ReferenceLevels.anxiety();
            day.workers().forEachChunk(pop.size, (chunk, from, to) -> {
                for (int i = from; i < to; i++) {
                    double lonelier = pop.loneliness[i] - ReferenceLevels.loneliness(pop.ageGroup[i]);
                    double push = -p.initiative() * lonelier - p.avoidance() * (pop.socialAnxiety[i] - aRef);
                    double log = Clamp.between(push, LEAST_LOG_FACTOR, MOST_LOG_FACTOR);
                    pop.contactFactor[i] *= (float) Math.exp(log);
                    logFactor[i] = (float) log;
                }
            });
        } else {
            float[] ledger = day.ledger().loneliness(LonelinessSource.WITHDRAWAL);
            double phi = contactEffect;
            day.workers().forEachChunk(pop.size, (chunk, from, to) -> {
                for (int i = from; i < to; i++) {
                    ledger[i] += (float) (phi * pop.contactQuality[i] * p.misread() * pop.loneliness[i]);
                }
            });
        }
    }
}
