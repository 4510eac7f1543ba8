package org.lonelyloop.model.intervention;

import java.util.List;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.params.MayBeAbsent;
import org.lonelyloop.model.params.Range;
import org.lonelyloop.model.random.Purpose;
import org.lonelyloop.model.random.RandomStream;
import org.lonelyloop.model.state.Day;
import org.lonelyloop.model.state.Phase;
import org.lonelyloop.model.state.Population;
import org.lonelyloop.model.state.TargetGroup;

/**
 * Therapy for the anxiety or depression underneath (seed 000), face to face or online, with limited
 * capacity. Participants join a waiting list in random order; {@code placesPer1000} places per
 * thousand agents are open at once; a course lasts {@code course}. Each session attended (a day
 * kept to, with probability {@code adherence}) lowers the agent's social-anxiety and
 * depressive-symptom set points by {@code anxietyReduction / courseDays} and
 * {@code depressionReduction / courseDays}, so a full course lowers them by those amounts. The
 * states follow their set points (the affect step); loneliness follows through the pathways that
 * read them (compensation, comparison's vulnerability, withdrawal through contact).
 */
public final class Therapy extends Intervention {
    private static final long serialVersionUID = 1L;

    /**
     * @param placesPer1000       treatment places open at once, per thousand agents
     * @param course              length of one course
     * @param anxietyReduction    fall of the social-anxiety set point over a full course
     * @param depressionReduction fall of the depressive-symptom set point over a full course
     */
    public record Params(TargetGroup target, @Range(min = 0, max = 73_000) Days start, @MayBeAbsent Days end,
            @Range(min = 0, max = 1, unit = "share") double coverage,
            @Range(min = 0, max = 1, unit = "probability per day") double adherence,
            @Range(min = 0, max = 1000, unit = "places per 1000 agents") double placesPer1000,
            @Range(min = 1, max = 3650) Days course,
            @Range(min = 0, max = 1) double anxietyReduction,
            @Range(min = 0, max = 1) double depressionReduction) implements InterventionSpec, java.io.Serializable {
        public static Params defaults() {
            TargetGroup distressed = new TargetGroup(0, 200, 0, false,
                    org.lonelyloop.model.params.Minutes.of(0), 0.5, TargetGroup.NetworkPosition.anyone);
            return new Params(distressed, Days.of(0), null, 0.5, 0.8, 5, Days.weeks(12), 0.15, 0.15);
        }

        @Override
        public Intervention build(int index) {
            return new Therapy(this, index);
        }
    }

    private final Params p;
    private int[] queue;
    private int nextInQueue;
    /** Days left of each agent's course (0: not in therapy), indexed by agent. */
    private int[] courseLeft;
    private int inTherapy;
    private int completed;

    Therapy(Params p, int index) {
        super(p, index);
        this.p = p;
    }

    /** Agents who finished a course so far. */
    public int completed() {
        return completed;
    }

    /** Agents still waiting for a place. */
    public int waiting() {
        return queue == null ? 0 : queue.length - nextInQueue;
    }

    @Override
    public List<Phase> phases() {
        return List.of(Phase.BEGIN);
    }

    @Override
    public void apply(Phase phase, Day day) {
        if (!activeOn(day.index())) {
            return;
        }
        Population pop = day.population();
        if (queue == null) {
            super.apply(phase, day);
            queue = randomOrder(participants(), day.seed());
            courseLeft = new int[pop.size];
        }
        int places = (int) Math.floor(p.placesPer1000() * pop.size / 1000.0);
        while (inTherapy < places && nextInQueue < queue.length) {
            courseLeft[queue[nextInQueue++]] = p.course().count();
            inTherapy++;
        }
        RandomStream r = new RandomStream();
        double perSessionAnxiety = p.anxietyReduction() / p.course().count();
        double perSessionDepression = p.depressionReduction() / p.course().count();
        long key = RandomStream.dayKey(day.seed(), day.index(), Purpose.INTERVENTION_ADHERE);
        for (int i = 0; i < pop.size; i++) {
            if (courseLeft[i] == 0) {
                continue;
            }
            if (p.adherence() >= 1 || r.reset(key, i).nextBoolean(p.adherence())) {
                pop.anxietySetPoint[i] = (float) Math.max(0, pop.anxietySetPoint[i] - perSessionAnxiety);
                pop.depressionSetPoint[i] = (float) Math.max(0, pop.depressionSetPoint[i] - perSessionDepression);
                pop.intervened[i] = 1;
            }
            if (--courseLeft[i] == 0) {
                inTherapy--;
                completed++;
            }
        }
    }

    /** The waiting list: participants in an order drawn from the seed (first come, first served by chance). */
    private static int[] randomOrder(int[] ids, long seed) {
        long[] keyed = new long[ids.length];
        RandomStream r = new RandomStream();
        for (int k = 0; k < ids.length; k++) {
            long priority = r.reset(seed, 0, Purpose.THERAPY_QUEUE, ids[k]).nextLong() >>> 33;
            keyed[k] = (priority << 31) | ids[k];
        }
        java.util.Arrays.sort(keyed);
        int[] out = new int[ids.length];
        for (int k = 0; k < ids.length; k++) {
            out[k] = (int) (keyed[k] & 0x7FFFFFFFL);
        }
        return out;
    }

    /** Selection only: the queue does the rest. */
    @Override
    protected void act(Day day, int i, int since) {
    }
}
