package org.lonelyloop.model.submodel;

import java.util.List;
import org.lonelyloop.model.params.AffectParams;
import org.lonelyloop.model.random.Purpose;
import org.lonelyloop.model.random.RandomStream;
import org.lonelyloop.model.state.Clamp;
import org.lonelyloop.model.state.DailyProcess;
import org.lonelyloop.model.state.Day;
import org.lonelyloop.model.state.Phase;
import org.lonelyloop.model.state.Population;

/**
 * Mood, depressive symptoms, social anxiety and self-esteem take the day's pushes:
 * <pre>
 *   mood       = (1 - moodDecay) * mood + pushes + moodNoise * z        in [-1, 1]
 *   depression += depressionPersistence * (D0 - D) + depressionFromMood * (-mood) + pushes
 *   anxiety    += anxietyPersistence * (A0 - A) + pushes
 *   selfEsteem += esteemPersistence * (S0 - S) + pushes
 * </pre>
 * with D0, A0, S0 the agent's set points (drawn at the start). Mood forgets quickly; the others
 * integrate slowly, which is why a daily push matters to mood at once and to depression only when
 * it lasts.
 */
public final class Affect implements DailyProcess {
    private static final long serialVersionUID = 1L;
    private final AffectParams affect;

    /**
     * Built with its section of the scenario, which stays as it is for the world's life (a branch is
     * the same world): the process depends on the parameters it reads, not on the whole scenario.
     */
    public Affect(AffectParams affect) {
        this.affect = affect;
    }

    @Override
    public List<Phase> phases() {
        return List.of(Phase.AFFECT);
    }

    @Override
    public void apply(Phase phase, Day day) {
        Population pop = day.population();
        AffectParams a = affect;
        long seed = day.seed();
        int d = day.index();
        long key = RandomStream.dayKey(seed, d, Purpose.MOOD);
        day.workers().forEachChunk(pop.size, (chunk, from, to) -> {
            RandomStream r = new RandomStream();
            for (int i = from; i < to; i++) {
                r.reset(key, i);
                double mood = (1 - a.moodDecay()) * pop.mood[i] + pop.moodPush[i] + a.moodNoise() * r.nextGaussian();
                mood = clamp(mood, -1, 1);
                pop.mood[i] = (float) mood;
                double dep = pop.depression[i] + a.depressionPersistence() * (pop.depressionSetPoint[i] - pop.depression[i])
                        - a.depressionFromMood() * mood + pop.depressionPush[i];
                pop.depression[i] = (float) clamp(dep, 0, 1);
                double anx = pop.socialAnxiety[i] + a.anxietyPersistence() * (pop.anxietySetPoint[i] - pop.socialAnxiety[i])
                        + pop.anxietyPush[i];
                pop.socialAnxiety[i] = (float) clamp(anx, 0, 1);
                double est = pop.selfEsteem[i] + a.esteemPersistence() * (pop.esteemSetPoint[i] - pop.selfEsteem[i])
                        + pop.esteemPush[i];
                pop.selfEsteem[i] = (float) clamp(est, 0, 1);
            }
        });
    }

    static double clamp(double v, double lo, double hi) {
        return Clamp.between(v, lo, hi);
    }
}
