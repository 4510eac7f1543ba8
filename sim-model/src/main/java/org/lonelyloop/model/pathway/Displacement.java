package org.lonelyloop.model.pathway;

import org.lonelyloop.model.params.Range;
import org.lonelyloop.model.state.Clamp;
import org.lonelyloop.model.state.Day;
import org.lonelyloop.model.state.LonelinessSource;
import org.lonelyloop.model.state.Phase;
import org.lonelyloop.model.state.Population;

/**
 * Displacement: time spent on social media is taken from other free time, including time with
 * people face to face, so offline friendships get less contact and weaken (seed 000).
 *
 * <p>What moves time is a change of use. A person's social life is arranged around the use that is
 * usual for them (their {@code baseMinutes}, the trait their days are built on); use above it takes
 * time from people, use below it gives time back. So the pathway multiplies the agent's chance of
 * initiating and accepting a meeting by {@code max(0.01, 1 - strength * (useMinutes - baseMinutes)
 * / freeMinutes)}: with strength 1, an extra hour online removes the share of social time that hour
 * held in the agent's free time; with 0, use costs no contact; a negative strength encodes the
 * stimulation hypothesis (use arranges meetings). Use pushed up by loneliness, habit, FOMO, a new
 * phone or a lockdown displaces; a time limit or a deactivation frees time (Allcott et al. 2020: a
 * month without Facebook raised time with friends and family). Heavy and light users, each at their
 * usual level, meet people about equally often: across people, time online and face-to-face contact
 * are nearly unrelated (Hall, Kearney and Xing 2019), and so are use and loneliness (Zhang et al.
 * 2022: r = 0.05), which displacement of the usual level made 0.2 here.
 */
public final class Displacement extends AbstractPathway<Displacement.Params> {
    private static final long serialVersionUID = 1L;
    /** Contact never falls below this share of its undisturbed level, so logs stay finite. */
    static final double FLOOR = 0.01;

    /**
     * @param enabled  whether the pathway runs
     * @param strength share of social time lost per share of free time spent online
     */
    public record Params(
            boolean enabled,
            @Range(min = -2, max = 2, unit = "share of social time per share of free time online") double strength) implements java.io.Serializable {
        public static Params defaults() {
            return new Params(true, 1.25);
        }
    }

    /**
     * The use a person's days are arranged around: their baseline, within the share of free time
     * nobody exceeds (someone whose baseline is above it never uses it all, and gains no time).
     */
    public static float usual(Population pop, int i) {
        return Clamp.atMost(pop.baseMinutes[i], MOST_USE_SHARE * pop.freeMinutes[i]);
    }

    /** {@link Population#MAX_USE_SHARE} in float, for the usual level worked in float. */
    private static final float MOST_USE_SHARE = (float) Population.MAX_USE_SHARE;

    public Displacement(Params p) {
        super(p, Phase.CONTACT);
    }

    @Override
    public void apply(Phase phase, Day day) {
        Population pop = day.population();
        float[] logFactor = day.ledger().contactLog(LonelinessSource.DISPLACEMENT);
        float strength = (float) p.strength();
        float floor = (float) FLOOR;
        // In float but for the logarithm: the share's division is the pass's dearest step in double.
        day.workers().forEachChunk(pop.size, (chunk, from, to) -> {
            for (int i = from; i < to; i++) {
                float share = (pop.useMinutes[i] - usual(pop, i)) / pop.freeMinutes[i];
                float factor = Clamp.atLeast(1 - strength * share, floor);
                pop.contactFactor[i] *= factor;
                logFactor[i] = (float) Math.log(factor);
            }
        });
    }
}
