package org.lonelyloop.model.pathway;

import org.lonelyloop.model.network.OnlineGraph;
import org.lonelyloop.model.params.Range;
import org.lonelyloop.model.random.Poisson;
import org.lonelyloop.model.random.Purpose;
import org.lonelyloop.model.random.RandomStream;
import org.lonelyloop.model.state.Clamp;
import org.lonelyloop.model.state.Day;
import org.lonelyloop.model.state.LonelinessSource;
import org.lonelyloop.model.state.MoodSink;
import org.lonelyloop.model.state.Phase;
import org.lonelyloop.model.state.Population;
import org.lonelyloop.model.state.UseSource;

/**
 * Reinforcement: likes and reactions arrive as intermittent rewards; unexpected ones teach the
 * brain that checking pays, and checking becomes a habit (seed 000; Lindstrom et al. 2021, Nat.
 * Commun. 12:1311, model social-media engagement as reward learning). Using social media to feel
 * better when lonely or low builds emotional dependence. Habit and dependence together define
 * problematic use (measures.problematicUseCutoff).
 *
 * <p>ONLINE: reactions r ~ Poisson({@code reactionsPerActiveHour * activeHours * sqrt(degree /
 * meanDegree)}) (more followers, more reactions). The agent expects {@code rate * mean} reactions,
 * where its learnt reward rate follows r / mean (rate 0.1, weighted by min(1, mean)): using more or
 * less is not itself a surprise. The surprise {@code max(0, r - expected)} strengthens habit:
 * {@code H += habitGain * surprise / (1 + expected) * (1 - H) - habitDecay * H}; on a day without
 * any use nothing is observed, so only the decays act. Mood moves by {@code moodPerReaction * (r - expected)}:
 * fewer reactions than hoped for feel bad. Dependence grows with hours of use while lonely or low:
 * {@code E += dependenceGain * useHours * (L + max(0, -mood)) / 2 * (1 - E) - dependenceDecay * E}.
 * USE: pushes the log of use by {@code strength * (H - reference)}.
 */
public final class Reinforcement extends AbstractPathway<Reinforcement.Params> {
    private static final long serialVersionUID = 1L;
    /** Rate at which the expected number of reactions follows the reactions received. */
    static final double EXPECTATION_RATE = 0.1;

    /**
     * @param enabled                whether the pathway runs
     * @param strength               change in log daily use per unit of habit above the reference
     * @param reference              habit at which use is at its baseline (the default population's typical habit)
     * @param reactionsPerActiveHour expected reactions per hour of active use, for an agent of average online degree
     * @param habitGain              habit gained per unit of relative surprise
     * @param habitDecay             share of habit lost per day
     * @param dependenceGain         dependence gained per hour of use while fully lonely or low
     * @param dependenceDecay        share of dependence lost per day
     * @param moodPerReaction        mood per reaction above (or below) the expected number
     */
    public record Params(
            boolean enabled,
            @Range(min = -5, max = 5, unit = "log minutes per unit habit") double strength,
            @Range(min = 0, max = 1) double reference,
            @Range(min = 0, max = 500, unit = "reactions per hour") double reactionsPerActiveHour,
            @Range(min = 0, max = 1, unit = "per unit surprise") double habitGain,
            @Range(min = 0, max = 1, unit = "per day") double habitDecay,
            @Range(min = 0, max = 1, unit = "per hour of use") double dependenceGain,
            @Range(min = 0, max = 1, unit = "per day") double dependenceDecay,
            @Range(min = -0.5, max = 0.5, unit = "mood per reaction") double moodPerReaction) implements java.io.Serializable {
        public static Params defaults() {
            return new Params(true, 1.0, 0.426, 10, 0.024, 0.005, 0.006819, 0.005, 0.002);
        }
    }

    /**
     * The table {@link #audience(OnlineGraph)} works out and the network it belongs to (not saved
     * in a checkpoint: worked out again on the first day after one is read back).
     */
    private transient double[] audienceTable;
    private transient OnlineGraph audienceNetwork;

    public Reinforcement(Params p) {
        super(p, Phase.USE, Phase.ONLINE);
    }

    /**
     * {@code sqrt(degree / mean degree)} for every online degree up to the largest, worked out
     * once per network (online ties do not change during a run): a root and a division fewer per
     * agent-day, on the way to the reactions' mean, with the same values.
     */
    private double[] audience(OnlineGraph online) {
        if (audienceNetwork != online) {
            double meanDegree = Math.max(1, online.meanDegree());
            int largest = 0;
            for (int i = 0; i < online.agents(); i++) {
                largest = Math.max(largest, online.degree(i));
            }
            double[] table = new double[largest + 1];
            for (int k = 0; k <= largest; k++) {
                table[k] = Math.sqrt(k / meanDegree);
            }
            audienceTable = table;
            audienceNetwork = online;
        }
        return audienceTable;
    }

    @Override
    public void apply(Phase phase, Day day) {
        Population pop = day.population();
        if (phase == Phase.USE) {
            pushUse(day, UseSource.REINFORCEMENT, i -> p.strength() * (pop.habit[i] - p.reference()));
            return;
        }
        OnlineGraph online = day.online();
        double[] audienceOf = audience(online);
        long seed = day.seed();
        int d = day.index();
        MoodSink mood = day.moodSink(LonelinessSource.REINFORCEMENT);
        long key = RandomStream.dayKey(seed, d, Purpose.REACTIONS);
        day.workers().forEachChunk(pop.size, (chunk, from, to) -> {
            RandomStream r = new RandomStream();
            for (int i = from; i < to; i++) {
                if (pop.useMinutes[i] <= 0) {
                    // A day away from social media (deactivated, phone off all day): nothing is seen,
                    // so nothing is learnt and the expectation stays; the unused habit only fades.
                    // Letting the expectation fall to zero would make the first day back a burst of
                    // surprise that rebuilds the habit, the opposite of the lasting drop in use that
                    // follows a deactivation (Allcott et al. 2020).
                    pop.rewards[i] = 0;
                    pop.habit[i] = (float) Clamp.atLeast(pop.habit[i] * (1 - p.habitDecay()), 0);
                    pop.dependence[i] = (float) Clamp.atLeast(pop.dependence[i] * (1 - p.dependenceDecay()), 0);
                    continue;
                }
                r.reset(key, i);
                double audience = audienceOf[online.degree(i)];
                double mean = p.reactionsPerActiveHour() * pop.activeMinutes[i] / 60.0 * audience;
                int reactions = Poisson.draw(r, mean);
                pop.rewards[i] = (short) Math.min(Short.MAX_VALUE, reactions);
                // The expectation is of reactions per unit of activity (the agent's learnt reward
                // rate), so using less or more does not by itself surprise: only reactions beyond
                // what this much activity usually brings do.
                double rate = pop.rewardExpectation[i];
                double expected = rate * mean;
                double surprise = Clamp.atLeast(reactions - expected, 0) / (1 + expected);
                double h = pop.habit[i];
                h += p.habitGain() * pop.habitLearning(i) * surprise * (1 - h) - p.habitDecay() * h;
                pop.habit[i] = (float) Clamp.between(h, 0, 1);
                if (mean > 0) {
                    // A day of little activity is little evidence about the rate.
                    double weight = EXPECTATION_RATE * Clamp.atMost(mean, 1);
                    pop.rewardExpectation[i] = (float) (rate + weight * (reactions / mean - rate));
                }
                mood.push(i, p.moodPerReaction() * (reactions - expected));

                double low = 0.5 * (pop.loneliness[i] + Clamp.atLeast(-pop.mood[i], 0));
                double e = pop.dependence[i];
                e += p.dependenceGain() * pop.useMinutes[i] / 60.0 * low * (1 - e) - p.dependenceDecay() * e;
                pop.dependence[i] = (float) Clamp.between(e, 0, 1);
            }
        });
    }
}
