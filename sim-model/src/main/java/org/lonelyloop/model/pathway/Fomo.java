package org.lonelyloop.model.pathway;

import org.lonelyloop.model.params.Range;
import org.lonelyloop.model.state.Clamp;
import org.lonelyloop.model.state.Day;
import org.lonelyloop.model.state.LonelinessSource;
import org.lonelyloop.model.state.MoodSink;
import org.lonelyloop.model.state.Phase;
import org.lonelyloop.model.state.Population;
import org.lonelyloop.model.state.UseSource;

/**
 * Fear of missing out: seeing friends together without you raises stress and the urge to keep
 * checking (seeds 000 and 003; Przybylski et al. 2013, Comput. Hum. Behav. 29:1841).
 *
 * <p>ONLINE: exposure is the share of one's offline ties who are also online and met someone else
 * yesterday (their posts show it today; counted by the meeting step), times
 * {@code min(1, passiveMinutes / 30)} (one must look to see it). FOMO rises by
 * {@code gain * exposure * (1 - F)} and fades by {@code decay * F}; mood falls by
 * {@code moodCost * F}. USE (the next day): pushes the log of use by {@code urge * (F - reference)}.
 */
public final class Fomo extends AbstractPathway<Fomo.Params> {
    private static final long serialVersionUID = 1L;
    /** Passive minutes at which one sees everything there is to see in a day. */
    static final double FULL_VIEW_MINUTES = 30;

    /**
     * @param enabled   whether the pathway runs
     * @param gain      rise of FOMO per unit of exposure (share of the gap to 1)
     * @param decay     share of FOMO that fades per day
     * @param urge      change in log daily use per unit of FOMO above the reference
     * @param reference FOMO at which use is at its baseline (the default population's typical level)
     * @param moodCost  mood lost per day per unit of FOMO
     */
    public record Params(
            boolean enabled,
            @Range(min = 0, max = 1, unit = "per unit exposure") double gain,
            @Range(min = 0.001, max = 1, unit = "per day") double decay,
            @Range(min = -5, max = 5, unit = "log minutes per unit FOMO") double urge,
            @Range(min = 0, max = 1) double reference,
            @Range(min = -1, max = 1, unit = "mood per unit FOMO") double moodCost) implements java.io.Serializable {
        public static Params defaults() {
            return new Params(true, 0.1, 0.05, 0.5, 0.3412, 0.05);
        }
    }

    public Fomo(Params p) {
        super(p, Phase.USE, Phase.ONLINE);
    }

    @Override
    public void apply(Phase phase, Day day) {
        Population pop = day.population();
        if (phase == Phase.USE) {
            pushUse(day, UseSource.FOMO, i -> p.urge() * (pop.fomo[i] - p.reference()));
            return;
        }
        MoodSink mood = day.moodSink(LonelinessSource.FOMO);
        float gain = (float) p.gain();
        float decay = (float) p.decay();
        float cost = (float) -p.moodCost();
        float perMinute = (float) (1 / FULL_VIEW_MINUTES);
        day.workers().forEachChunk(pop.size, (chunk, from, to) -> {
            for (int i = from; i < to; i++) {
                int linked = pop.linkedTies[i];
                float seen = Clamp.atMost(pop.passiveMinutes[i] * perMinute, 1f);
                float exposure = linked == 0 ? 0 : seen * pop.friendsOutWithoutMe[i] / linked;
                float f = pop.fomo[i];
                f += gain * exposure * (1 - f) - decay * f;
                f = Clamp.between(f, 0f, 1f);
                pop.fomo[i] = f;
                mood.push(i, cost * f);
            }
        });
    }
}
