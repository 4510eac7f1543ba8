package org.lonelyloop.model.pathway;

import java.util.List;
import org.lonelyloop.model.params.Range;
import org.lonelyloop.model.random.Purpose;
import org.lonelyloop.model.random.RandomStream;
import org.lonelyloop.model.state.Day;
import org.lonelyloop.model.state.LonelinessSource;
import org.lonelyloop.model.state.MoodSink;
import org.lonelyloop.model.state.Phase;
import org.lonelyloop.model.state.Population;

/**
 * Person-specific, fleeting mood effects: the same hour of scrolling lifts one person, dents
 * another, and does nothing for a third, and for one person the effect drifts from week to week
 * (seed 003; Beyens et al. 2020, Sci. Rep. 10:10763: 46 % of adolescents felt better after passive
 * use, 10 % worse, 44 % neither). Because mood forgets quickly (affect.moodDecay), these effects
 * are large on a day and small over years, except for the few whose response is persistently
 * negative and whose use is heavy.
 *
 * <p>Each agent's mean response to an hour of passive use is drawn once: helped (share
 * {@code helpedShare}, normal around {@code helpedEffect}), harmed (share {@code harmedShare},
 * around {@code -harmedEffect}) or unaffected (around 0), each with spread {@code spread}. Today's
 * response drifts around that mean: {@code s += drift * (mean - s) + driftNoise * z}. Today's
 * response is {@code s * passiveHours}; of it, {@code lastingShare} enters lasting mood (and so
 * depressive symptoms and loneliness, like every other mood push) and the rest is momentary: part
 * of how the person feels today, as an experience-sampling study would record it, gone tomorrow.
 *
 * <p>Why momentary by default: Beyens et al. measured affect within the hour after use, and seed
 * 003 names the fleetingness of these mood effects as the reason they leave no trace in long-term
 * mental health. A lift from entertaining content also does not meet the need that loneliness
 * signals: belonging is met by frequent, pleasant contact within lasting caring relationships
 * (Baumeister and Leary 1995, Psychol. Bull. 117:497), not by a better hour. Booked as lasting, the
 * average lift made passive use relieve loneliness, and taking social media away made people
 * lonelier, against the trials (Hunt et al. 2018) and the Dutch panel (Roberts et al. 2025).
 */
public final class MoodDynamics extends AbstractPathway<MoodDynamics.Params> {
    private static final long serialVersionUID = 1L;

    /**
     * @param enabled      whether the pathway runs
     * @param helpedShare  share of people whose mood rises with passive use
     * @param harmedShare  share of people whose mood falls with passive use
     * @param helpedEffect typical mood gain per passive hour of the helped
     * @param harmedEffect typical mood loss per passive hour of the harmed
     * @param spread       spread of personal effects within each group
     * @param drift        share of the gap to one's mean response closed per day
     * @param driftNoise   day-to-day wander of the response
     * @param lastingShare share of the response that enters lasting mood; the rest is momentary
     */
    public record Params(
            boolean enabled,
            @Range(min = 0, max = 1, unit = "share") double helpedShare,
            @Range(min = 0, max = 1, unit = "share") double harmedShare,
            @Range(min = 0, max = 2, unit = "mood per passive hour") double helpedEffect,
            @Range(min = 0, max = 2, unit = "mood per passive hour") double harmedEffect,
            @Range(min = 0, max = 1, unit = "mood per passive hour") double spread,
            @Range(min = 0, max = 1, unit = "per day") double drift,
            @Range(min = 0, max = 1, unit = "mood per passive hour") double driftNoise,
            @Range(min = 0, max = 1, unit = "share of the response") double lastingShare) implements
            org.lonelyloop.model.params.CrossChecked, java.io.Serializable {
        public static Params defaults() {
            return new Params(true, 0.687, 0.06327, 0.064, 0.1453, 0.015, 0.05, 0.004, 0.0);
        }

        @Override
        public List<org.lonelyloop.model.params.Violation> crossCheck() {
            if (helpedShare + harmedShare > 1) {
                return List.of(new org.lonelyloop.model.params.Violation("harmedShare",
                        "plus helpedShare must not exceed 1"));
            }
            return List.of();
        }

        /** A person's mean response, from two uniforms and a standard normal. */
        public double draw(double u, double z) {
            double centre = u < helpedShare ? helpedEffect : u < helpedShare + harmedShare ? -harmedEffect : 0;
            return centre + spread * z;
        }
    }

    public MoodDynamics(Params p) {
        super(p, Phase.ONLINE);
    }

    @Override
    public void apply(Phase phase, Day day) {
        Population pop = day.population();
        long seed = day.seed();
        int d = day.index();
        MoodSink mood = day.moodSink(LonelinessSource.MOOD_DYNAMICS);
        double lasting = p.lastingShare();
        long key = RandomStream.dayKey(seed, d, Purpose.SUSCEPTIBILITY);
        day.workers().forEachChunk(pop.size, (chunk, from, to) -> {
            RandomStream r = new RandomStream();
            for (int i = from; i < to; i++) {
                r.reset(key, i);
                double s = pop.susceptibility[i];
                s += p.drift() * (pop.susceptibilityMean[i] - s) + p.driftNoise() * r.nextGaussian();
                pop.susceptibility[i] = (float) s;
                double response = s * pop.passiveMinutes[i] / 60.0;
                if (lasting != 0) {
                    mood.push(i, lasting * response);
                }
                pop.momentaryMood[i] = (float) ((1 - lasting) * response);
            }
        });
    }
}
