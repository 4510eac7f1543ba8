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
    private transient float[] audienceTable;
    private transient OnlineGraph audienceNetwork;

    public Reinforcement(Params p) {
        super(p, Phase.USE, Phase.ONLINE);
    }

    /**
     * {@code sqrt(degree / mean degree)} for every online degree up to the largest, worked out
     * once per network (online ties do not change during a run): a root and a division fewer per
     * agent-day, on the way to the reactions' mean, with the same values.
     */
    private float[] audience(OnlineGraph online) {
        if (audienceNetwork != online) {
            double meanDegree = Math.max(1, online.meanDegree());
            int largest = 0;
            for (int i = 0; i < online.agents(); i++) {
                largest = Math.max(largest, online.degree(i));
            }
            float[] table = new float[largest + 1];
            for (int k = 0; k <= largest; k++) {
                table[k] = (float) Math.sqrt(k / meanDegree);
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
        float[] audienceOf = audience(online);
        long seed = day.seed();
        int d = day.index();
        MoodSink mood = day.moodSink(LonelinessSource.REINFORCEMENT);
        long key = RandomStream.dayKey(seed, d, Purpose.REACTIONS);
        // Worked in float, each division by the hour's 60 minutes folded into its parameter.
        float reactionsPerActiveMinute = (float) (p.reactionsPerActiveHour() / 60);
        float habitGain = (float) p.habitGain();
        float habitKept = (float) (1 - p.habitDecay());
        float habitDecay = (float) p.habitDecay();
        float moodPerReaction = (float) p.moodPerReaction();
        float dependencePerMinute = (float) (p.dependenceGain() / 60);
        float dependenceKept = (float) (1 - p.dependenceDecay());
        float dependenceDecay = (float) p.dependenceDecay();
        float expectationRate = (float) EXPECTATION_RATE;
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
                    pop.habit[i] = Clamp.atLeast(pop.habit[i] * habitKept, 0f);
                    pop.dependence[i] = Clamp.atLeast(pop.dependence[i] * dependenceKept, 0f);
                    continue;
                }
                r.reset(key, i);
                float mean = reactionsPerActiveMinute * pop.activeMinutes[i] * audienceOf[online.degree(i)];
                int reactions = Poisson.draw(r, mean);
                pop.rewards[i] = (short) Math.min(Short.MAX_VALUE, reactions);
                // The expectation is of reactions per unit of activity (the agent's learnt reward
                // rate), so using less or more does not by itself surprise: only reactions beyond
                // what this much activity usually brings do.
                float rate = pop.rewardExpectation[i];
                float expected = rate * mean;
                float surprise = Clamp.atLeast(reactions - expected, 0f) / (1 + expected);
                float h = pop.habit[i];
                h += habitGain * pop.habitLearning(i) * surprise * (1 - h) - habitDecay * h;
                pop.habit[i] = Clamp.between(h, 0f, 1f);
                if (mean > 0) {
                    // A day of little activity is little evidence about the rate.
                    float weight = expectationRate * Clamp.atMost(mean, 1f);
                    pop.rewardExpectation[i] = rate + weight * (reactions / mean - rate);
                }
                mood.push(i, moodPerReaction * (reactions - expected));

                float low = 0.5f * (pop.loneliness[i] + Clamp.atLeast(-pop.mood[i], 0f));
                float e = pop.dependence[i];
                e += dependencePerMinute * pop.useMinutes[i] * low * (1 - e) - dependenceDecay * e;
                pop.dependence[i] = Clamp.between(e, 0f, 1f);
            }
        });
    }
}
