package org.lonelyloop.model.submodel;

import java.util.ArrayList;
import java.util.List;
import org.lonelyloop.model.params.LonelinessParams;
import org.lonelyloop.model.state.DailyProcess;
import org.lonelyloop.model.state.Day;
import org.lonelyloop.model.state.Ledger;
import org.lonelyloop.model.state.LonelinessSource;
import org.lonelyloop.model.state.Phase;
import org.lonelyloop.model.state.Population;

/**
 * Moves the two kinds of loneliness (Weiss 1973; De Jong Gierveld and Van Tilburg 2006), each on
 * its logit scale, by the sum of today's terms:
 * <pre>
 *   d emotional = emotionalPersistence * (emotionalSetPoint + drift - emotional)
 *               - attachmentEffect * A                         A: closest attachment, below
 *               + the terms that move both kinds (mood pushes, bullying)
 *   d social    = persistence * (socialSetPoint + drift - social)
 *               - contactEffect * Q                            contact, less the shares below
 *               + sum over contact pathways p: -contactEffect * Qu * ln(f_p)
 *               + social terms the pathways booked (online support, misread contact)
 *               + the terms that move both kinds
 * </pre>
 * Q is today's contact quality, Qu the quality the agent would have had undisturbed, f_p the factor
 * pathway p put on its chance of contact (the contact pathways' shares are the first-order split of
 * the contact lost; the realised remainder stays under contact). A is the closeness of the agent's
 * partner (lived with or not), or its intimacy with its confidant times {@code confidantWeight},
 * whichever is closer: emotional loneliness answers to one close attachment, which a partner gives
 * and a confidant gives in part. Intimacy is built over months with one person (Meetings), so losing
 * the confidant leaves less than a tie strength would: the next friend is not yet as close.
 *
 * <p>The one-number loneliness the pathways respond to is the mean of the two logits, and the
 * ledger books each term's share of it: a term on one subscale half, a term on both whole, so the
 * ledger's entries sum to the day's change of the mean. The set points are each agent's dispositions
 * (drawn once, {@link org.lonelyloop.model.params.Dispositions}); nothing here fits anyone to a
 * target: the burn-in lets networks, partnerships, habits and loneliness settle where the
 * mechanisms put them.
 */
public final class LonelinessDynamics implements DailyProcess {
    private static final long serialVersionUID = 2L;
    private final LonelinessParams params;

    private final LonelinessSource[] contactSources;
    /** Sources pathways book in social-loneliness units (besides the contact shares). */
    private final LonelinessSource[] socialSources;
    private final LonelinessSource[] bothSources;

    /** Built with the scenario's loneliness section, which stays as it is for the world's life. */
    public LonelinessDynamics(LonelinessParams params) {
        this.params = params;
        List<LonelinessSource> contact = new ArrayList<>();
        List<LonelinessSource> social = new ArrayList<>();
        List<LonelinessSource> both = new ArrayList<>();
        for (LonelinessSource s : LonelinessSource.values()) {
            if (s == LonelinessSource.PERSISTENCE || s == LonelinessSource.CONTACT || s == LonelinessSource.ATTACHMENT) {
                continue;
            }
            if (s.throughContact) {
                contact.add(s);
            }
            if (s.acts == LonelinessSource.Subscale.SOCIAL) {
                social.add(s);
            } else if (s.acts == LonelinessSource.Subscale.BOTH) {
                both.add(s);
            }
        }
        contactSources = contact.toArray(new LonelinessSource[0]);
        socialSources = social.toArray(new LonelinessSource[0]);
        bothSources = both.toArray(new LonelinessSource[0]);
    }

    @Override
    public List<Phase> phases() {
        return List.of(Phase.LONELINESS);
    }

    /** The closest attachment: the partner's closeness, or intimacy with one's confidant times the confidant weight. */
    public static double attachment(Population pop, int i, double confidantWeight) {
        return Math.max(pop.partnerCloseness[i], confidantWeight * pop.intimacy[i]);
    }

    @Override
    public void apply(Phase phase, Day day) {
        Population pop = day.population();
        LonelinessParams lp = params;
        Ledger ledger = day.ledger();
        double rhoSocial = lp.persistencePerDay();
        double rhoEmotional = lp.emotionalPersistencePerDay();
        double phi = lp.contactEffect();
        double alpha = lp.attachmentEffect();
        double confidant = lp.confidantWeight();
        float[] persistence = ledger.loneliness(LonelinessSource.PERSISTENCE);
        float[] attachment = ledger.loneliness(LonelinessSource.ATTACHMENT);
        float[] contact = ledger.loneliness(LonelinessSource.CONTACT);
        // The ledger's columns looked up once a day, not once per agent and source.
        float[][] both = columns(ledger, bothSources);
        float[][] social = columns(ledger, socialSources);
        float[][] contactLog = new float[contactSources.length][];
        float[][] contactBooking = new float[contactSources.length][];
        for (int k = 0; k < contactLog.length; k++) {
            contactLog[k] = ledger.contactLog(contactSources[k]);
            contactBooking[k] = ledger.loneliness(contactSources[k]);
        }
        day.workers().forEachChunk(pop.size, (chunk, from, to) -> {
            for (int i = from; i < to; i++) {
                double shared = 0;
                for (float[] column : both) {
                    shared += column[i];
                }
                // Social terms as the pathways booked them (social units), then their share of the mean.
                double socialDirect = 0;
                for (float[] column : social) {
                    float booked = column[i];
                    // The columns of interventions and events may be shared zeros: never written.
                    if (booked != 0) {
                        socialDirect += booked;
                        column[i] = 0.5f * booked;
                    }
                }
                double total = -phi * pop.contactQuality[i];
                double attributed = 0;
                for (int k = 0; k < contactLog.length; k++) {
                    float logFactor = contactLog[k][i];
                    if (logFactor != 0) {
                        double share = -phi * pop.contactQualityUndisturbed[i] * logFactor;
                        contactBooking[k][i] += (float) (0.5 * share);
                        attributed += share;
                    }
                }
                contact[i] = (float) (0.5 * (total - attributed));
                double attached = -alpha * attachment(pop, i, confidant);
                attachment[i] = (float) (0.5 * attached);
                double drift = pop.lonelinessDrift[i];
                double emotional = pop.emotionalLogit[i];
                double socialNow = pop.socialLogit[i];
                double pullEmotional = rhoEmotional * (pop.emotionalSetPoint[i] + drift - emotional);
                double pullSocial = rhoSocial * (pop.socialSetPoint[i] + drift - socialNow);
                persistence[i] = (float) (0.5 * (pullEmotional + pullSocial));
                pop.setLoneliness(i, emotional + pullEmotional + attached + shared,
                        socialNow + pullSocial + total + socialDirect + shared);
            }
        });
    }

    private static float[][] columns(Ledger ledger, LonelinessSource[] sources) {
        float[][] out = new float[sources.length][];
        for (int k = 0; k < out.length; k++) {
            out[k] = ledger.loneliness(sources[k]);
        }
        return out;
    }
}
