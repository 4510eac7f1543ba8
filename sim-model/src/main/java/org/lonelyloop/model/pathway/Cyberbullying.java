package org.lonelyloop.model.pathway;

import org.lonelyloop.model.params.AgeProfile;
import org.lonelyloop.model.params.Range;
import org.lonelyloop.model.random.Purpose;
import org.lonelyloop.model.random.RandomStream;
import org.lonelyloop.model.state.Clamp;
import org.lonelyloop.model.state.Day;
import org.lonelyloop.model.state.LonelinessSource;
import org.lonelyloop.model.state.MoodSink;
import org.lonelyloop.model.state.Phase;
import org.lonelyloop.model.state.Population;

/**
 * Cyberbullying: threats, stalking and shared images hurt; victimisation goes with anxiety,
 * depression and loneliness, in teens and adults (seed 000; Kowalski et al. 2014, Psychol. Bull.
 * 140:1073). More time online, more exposure.
 *
 * <p>On a day, an agent is victimised with probability
 * {@code ratePerDay[age] * max(0, 1 + exposureWeight * (useHours / referenceHours - 1))}. A victim
 * loses {@code moodHit} of mood, gains {@code anxietyJump * (1 - A)} social anxiety,
 * {@code depressionJump} depressive symptoms and {@code lonelinessJump} loneliness.
 */
public final class Cyberbullying extends AbstractPathway<Cyberbullying.Params> {
    private static final long serialVersionUID = 1L;

    /**
     * @param enabled        whether the pathway runs
     * @param ratePerDay     chance of being bullied online on a day at the reference use, per age band
     * @param exposureWeight rise of that chance per extra reference-hours of use (relative)
     * @param referenceHours daily use at which the chance equals ratePerDay
     * @param moodHit        mood lost on the day of an incident
     * @param anxietyJump    share of the gap to full social anxiety added by an incident
     * @param depressionJump depressive symptoms added by an incident
     * @param lonelinessJump loneliness (logit) added by an incident
     */
    public record Params(
            boolean enabled,
            @Range(min = 0, max = 0.1, unit = "probability per day") AgeProfile ratePerDay,
            @Range(min = 0, max = 5) double exposureWeight,
            @Range(min = 0.1, max = 12, unit = "hours per day") double referenceHours,
            @Range(min = -2, max = 2, unit = "mood") double moodHit,
            @Range(min = -1, max = 1, unit = "share") double anxietyJump,
            @Range(min = -1, max = 1) double depressionJump,
            @Range(min = -2, max = 2, unit = "logit") double lonelinessJump) implements java.io.Serializable {
        public static Params defaults() {
            return new Params(true, AgeProfile.of(0.0006, 0.0003, 0.0002, 0.00015, 0.0001, 0.00005, 0.00003),
                    1.0, 1.5, 0.4, 0.05, 0.02, 0.1);
        }
    }

    public Cyberbullying(Params p) {
        super(p, Phase.ONLINE);
    }

    @Override
    public void apply(Phase phase, Day day) {
        Population pop = day.population();
        float[] ledger = day.ledger().loneliness(LonelinessSource.CYBERBULLYING);
        long seed = day.seed();
        int d = day.index();
        MoodSink mood = day.moodSink(LonelinessSource.CYBERBULLYING);
        long key = RandomStream.dayKey(seed, d, Purpose.BULLYING);
        day.workers().forEachChunk(pop.size, (chunk, from, to) -> {
            RandomStream r = new RandomStream();
            for (int i = from; i < to; i++) {
                double exposure = Clamp.atLeast(1 + p.exposureWeight() * (pop.useMinutes[i] / 60.0 / p.referenceHours() - 1), 0);
                double chance = p.ratePerDay().get(pop.ageGroup[i]) * exposure * (1 - pop.curation(i));
                r.reset(key, i);
                if (!r.nextBoolean(chance)) {
                    pop.bullied[i] = 0;
                    continue;
                }
                pop.bullied[i] = 1;
                mood.push(i, -p.moodHit());
                pop.anxietyPush[i] += (float) (p.anxietyJump() * (1 - pop.socialAnxiety[i]));
                pop.depressionPush[i] += (float) p.depressionJump();
                ledger[i] += (float) p.lonelinessJump();
            }
        });
    }
}
