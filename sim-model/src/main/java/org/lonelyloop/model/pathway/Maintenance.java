package org.lonelyloop.model.pathway;

import org.lonelyloop.model.params.Range;
import org.lonelyloop.model.state.Clamp;
import org.lonelyloop.model.state.Day;
import org.lonelyloop.model.state.LonelinessSource;
import org.lonelyloop.model.state.Phase;
import org.lonelyloop.model.state.Population;

/**
 * Maintenance and support: active use keeps friendships alive across distance and busy weeks, and
 * brings emotional support, sometimes from like-minded strangers (seeds 000 and 001; a large Dutch
 * study found social media does not weaken friendships and raises contact with the closest people).
 *
 * <p>CONTACT: ties that are also online lose {@code maintenance * min(1, activeMinutes /
 * fullMaintenanceMinutes)} less of their strength on days without a meeting (the pair's mean, so
 * both sides agree). ONLINE: support received is {@code supportPerActiveHour * activeHours * R},
 * where R = {@code feed / (feed + 10)} is how responsive one's online ties are (their mean active
 * minutes, saturating); it relieves loneliness by {@code efficacy * contactEffect} per unit, i.e.
 * {@code efficacy} is online support's worth relative to the same amount of face-to-face contact.
 * A negative efficacy encodes the view that online contact leaves people lonelier.
 */
public final class Maintenance extends AbstractPathway<Maintenance.Params> {
    private static final long serialVersionUID = 1L;
    /** Active minutes of one's online ties at which responsiveness is half its maximum. */
    static final double HALF_RESPONSE_MINUTES = 10;

    /**
     * @param enabled                whether the pathway runs
     * @param maintenance            largest share of a day's tie decay that active use prevents
     * @param fullMaintenanceMinutes active minutes per day that give the full maintenance
     * @param supportPerActiveHour   support, in contact-quality units, from an hour of active use with fully responsive ties
     * @param efficacy               worth of online support relative to face-to-face contact
     */
    public record Params(
            boolean enabled,
            @Range(min = 0, max = 1, unit = "share of decay") double maintenance,
            @Range(min = 1, max = 600, unit = "minutes per day") double fullMaintenanceMinutes,
            @Range(min = 0, max = 5, unit = "contact quality per hour") double supportPerActiveHour,
            @Range(min = -2, max = 2, unit = "relative to face-to-face") double efficacy) implements java.io.Serializable {
        public static Params defaults() {
            return new Params(true, 0.5, 30, 0.4, 0.3);
        }
    }

    /**
     * How much a unit of contact quality lowers loneliness (the loneliness section's contact effect,
     * the same for the world's life), by which this pathway weighs the contact it touches.
     */
    private final double contactEffect;

    public Maintenance(Params p, double contactEffect) {
        super(p, Phase.CONTACT, Phase.ONLINE);
        this.contactEffect = contactEffect;
    }

    @Override
    public void apply(Phase phase, Day day) {
        Population pop = day.population();
        if (phase == Phase.CONTACT) {
            float most = (float) p.maintenance();
            float perActiveMinute = (float) (1 / p.fullMaintenanceMinutes());
            day.workers().forEachChunk(pop.size, (chunk, from, to) -> {
                for (int i = from; i < to; i++) {
                    pop.maintenance[i] = most * Clamp.atMost(pop.activeMinutes[i] * perActiveMinute, 1f);
                }
            });
            return;
        }
        float[] ledger = day.ledger().loneliness(LonelinessSource.MAINTENANCE);
        float relief = (float) (p.efficacy() * contactEffect);
        float perActiveMinute = (float) (p.supportPerActiveHour() / 60);
        float half = (float) HALF_RESPONSE_MINUTES;
        day.workers().forEachChunk(pop.size, (chunk, from, to) -> {
            for (int i = from; i < to; i++) {
                float feed = pop.feedActivity[i];
                float responsive = feed / (feed + half);
                float support = perActiveMinute * pop.activeMinutes[i] * responsive * (1 + pop.supportBoost(i));
                pop.support[i] = support;
                ledger[i] -= relief * support;
            }
        });
    }
}
