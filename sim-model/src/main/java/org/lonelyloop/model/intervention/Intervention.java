package org.lonelyloop.model.intervention;

import java.util.List;
import org.lonelyloop.model.random.Purpose;
import org.lonelyloop.model.random.RandomStream;
import org.lonelyloop.model.state.DailyProcess;
import org.lonelyloop.model.state.Day;
import org.lonelyloop.model.state.Phase;
import org.lonelyloop.model.state.Population;

/**
 * The machinery every intervention shares. On its first day it selects its participants: the
 * target group as it stands that day, each member taking part with probability {@code coverage}.
 * From then until its end, each participant keeps to it on a given day with probability
 * {@code adherence}, and on those days {@link #act} sets the agent's intervention modifiers (the
 * population's "today" arrays that pathways and the daily-use step read). Nothing here or in a
 * subclass edits loneliness: interventions act through the pathways.
 *
 * <p>Runs in the BEGIN phase, after the day's modifiers are cleared. Random draws are keyed by the
 * intervention's place in the scenario as well as the agent, day and purpose.
 */
public abstract class Intervention implements DailyProcess {
    private static final long serialVersionUID = 1L;

    private final InterventionSpec spec;
    private final long salt;
    private int[] participants;
    /** Participants fixed in advance (a trial's treatment arm), or null to select from the target group. */
    private int[] assigned;
    /** First day it no longer runs because it was switched off mid-run. */
    private int stoppedFrom = Integer.MAX_VALUE;

    protected Intervention(InterventionSpec spec, int index) {
        this.spec = spec;
        this.salt = RandomStream.mix(0x1F0E3D2C4B5A6978L + index);
    }

    /** Participants, once selected (null before the first day). */
    public int[] participants() {
        return participants == null ? null : participants.clone();
    }

    @Override
    public List<Phase> phases() {
        return List.of(Phase.BEGIN);
    }

    /** Whether it runs on this day. */
    public boolean activeOn(int day) {
        return day >= spec.start().count() && (spec.end() == null || day < spec.end().count()) && day < stoppedFrom;
    }

    /**
     * Gives it these participants instead of selecting from its target group (a trial's
     * treatment arm: everyone randomised to it is offered it; adherence still applies daily).
     */
    public void assign(int[] ids) {
        if (participants != null) {
            throw new IllegalStateException("participants are already chosen");
        }
        assigned = ids.clone();
    }

    /** Switches it off from {@code day} on, whatever its planned end. */
    public void stopFrom(int day) {
        stoppedFrom = Math.min(stoppedFrom, day);
    }

    /** The spec it runs. */
    public InterventionSpec spec() {
        return spec;
    }

    @Override
    public void apply(Phase phase, Day day) {
        int d = day.index();
        if (!activeOn(d)) {
            return;
        }
        Population pop = day.population();
        long seed = day.seed() ^ salt;
        if (participants == null) {
            participants = assigned != null ? assigned.clone() : select(day, seed);
            for (int i : participants) {
                pop.participant[i] = 1;
            }
        }
        int[] ids = participants;
        int since = d - spec.start().count();
        double adherence = spec.adherence();
        long key = RandomStream.dayKey(seed, d, Purpose.INTERVENTION_ADHERE);
        day.workers().forEachChunk(ids.length, (chunk, from, to) -> {
            RandomStream r = new RandomStream();
            for (int k = from; k < to; k++) {
                int i = ids[k];
                if (adherence < 1 && !r.reset(key, i).nextBoolean(adherence)) {
                    continue;
                }
                pop.intervened[i] = 1;
                act(day, i, since);
            }
        });
    }

    private int[] select(Day day, long seed) {
        int[] group = spec.target().select(day.population(), day.offline(), day.online(),
                day.problematicUseCutoff());
        double coverage = spec.coverage();
        RandomStream r = new RandomStream();
        int kept = 0;
        int[] out = new int[group.length];
        for (int i : group) {
            if (coverage >= 1 || r.reset(seed, 0, Purpose.INTERVENTION_SELECT, i).nextBoolean(coverage)) {
                out[kept++] = i;
            }
        }
        return java.util.Arrays.copyOf(out, kept);
    }

    /**
     * Raises agent {@code i}'s chance of face-to-face contact today by the factor {@code exp(log)}
     * and books it to the ledger's interventions entry, whose share of the contact term the
     * loneliness step then attributes (as for displacement and withdrawal).
     */
    protected static void boostContact(Day day, int i, double log) {
        day.population().contactFactor[i] *= (float) Math.exp(log);
        day.ledger().contactLog(org.lonelyloop.model.state.LonelinessSource.INTERVENTIONS)[i] += (float) log;
    }

    /** Adds {@code extra} to the offline ties agent {@code i} seeks today. */
    protected static void seekTies(Day day, int i, int extra) {
        byte[] boost = day.population().tieTargetBoost;
        boost[i] = (byte) Math.min(Byte.MAX_VALUE, boost[i] + extra);
    }

    /**
     * Sets agent {@code i}'s modifiers for today; called only for participants keeping to the
     * intervention today. Writes only agent {@code i}'s slots.
     *
     * @param since days since the intervention started
     */
    protected abstract void act(Day day, int i, int since);
}
