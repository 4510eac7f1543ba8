package org.lonelyloop.model.pathway;

import org.lonelyloop.model.params.Range;
import org.lonelyloop.model.state.Clamp;
import org.lonelyloop.model.state.Day;
import org.lonelyloop.model.state.LonelinessSource;
import org.lonelyloop.model.state.MoodSink;
import org.lonelyloop.model.state.Phase;
import org.lonelyloop.model.state.Population;

/**
 * Night use and sleep: scrolling late at night takes time from sleep ("five more minutes"), and
 * lost sleep worsens mood and depressive symptoms (seeds 000 and 003; Levenson et al. 2017, Sleep
 * 40(2): checking often before bed raises the odds of sleep disturbance).
 *
 * <p>Sleep debt relaxes toward the agent's baseline from everything else in life (work, children,
 * insomnia) and grows with night use: {@code Z <- Z0 + (Z - Z0) * (1 - recoveryPerDay) +
 * sleepLossPerNightHour * nightHours}. Mood falls by {@code moodPerDebtHour * (Z - Z0)} and
 * depressive symptoms rise by {@code depressionPerDebtHour * (Z - Z0)} per day: the pathway books
 * only the sleep that night use costs.
 */
public final class SleepLoss extends AbstractPathway<SleepLoss.Params> {
    private static final long serialVersionUID = 1L;

    /**
     * @param enabled               whether the pathway runs
     * @param sleepLossPerNightHour hours of sleep lost per hour of night use
     * @param recoveryPerDay        share of sleep debt made up per day
     * @param moodPerDebtHour       mood lost per day per hour of sleep debt
     * @param depressionPerDebtHour depressive symptoms added per day per hour of sleep debt
     */
    public record Params(
            boolean enabled,
            @Range(min = -2, max = 2, unit = "hours per hour") double sleepLossPerNightHour,
            @Range(min = 0.01, max = 1, unit = "per day") double recoveryPerDay,
            @Range(min = -1, max = 1, unit = "mood per hour of debt") double moodPerDebtHour,
            @Range(min = -0.05, max = 0.05, unit = "per hour of debt per day") double depressionPerDebtHour) implements java.io.Serializable {
        public static Params defaults() {
            return new Params(true, 0.195, 0.3, 0.05, 0.0005);
        }
    }

    public SleepLoss(Params p) {
        super(p, Phase.ONLINE);
    }

    @Override
    public void apply(Phase phase, Day day) {
        Population pop = day.population();
        MoodSink mood = day.moodSink(LonelinessSource.SLEEP);
        float kept = (float) (1 - p.recoveryPerDay());
        float lossPerNightMinute = (float) (p.sleepLossPerNightHour() / 60);
        float moodPerHour = (float) -p.moodPerDebtHour();
        float depressionPerHour = (float) p.depressionPerDebtHour();
        day.workers().forEachChunk(pop.size, (chunk, from, to) -> {
            for (int i = from; i < to; i++) {
                float base = pop.sleepDebtBase[i];
                float z = base + (pop.sleepDebt[i] - base) * kept + lossPerNightMinute * pop.nightMinutes[i];
                z = Clamp.between(z, 0f, 24f);
                pop.sleepDebt[i] = z;
                float fromNights = z - base;
                mood.push(i, moodPerHour * fromNights);
                pop.depressionPush[i] += depressionPerHour * fromNights;
            }
        });
    }
}
