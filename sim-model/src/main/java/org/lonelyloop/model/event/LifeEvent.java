package org.lonelyloop.model.event;

import java.util.Arrays;
import java.util.List;
import org.lonelyloop.model.random.Purpose;
import org.lonelyloop.model.random.RandomStream;
import org.lonelyloop.model.state.DailyProcess;
import org.lonelyloop.model.state.Day;
import org.lonelyloop.model.state.Phase;

/**
 * What every life event shares: on its day it chooses whom it happens to (the named agent, or each
 * member of the target group as it stands that day with probability {@code share}); an event of
 * one day then happens to them, a lasting one acts on them every day until its end. Runs in the
 * BEGIN phase, after the day's modifiers are cleared, like an intervention; it never edits
 * loneliness itself.
 */
public abstract class LifeEvent implements DailyProcess {
    private static final long serialVersionUID = 1L;

    protected final LifeEventSpec spec;
    private final long salt;
    private int[] affected;
    private long tiesEnded;

    protected LifeEvent(LifeEventSpec spec, int index) {
        this.spec = spec;
        this.salt = RandomStream.mix(0x5EED0F11FEL + index);
    }

    public LifeEventSpec spec() {
        return spec;
    }

    /** The agents it happened to, in id order (null before its day). */
    public int[] affected() {
        return affected == null ? null : affected.clone();
    }

    /** Offline ties it has ended so far (each tie once). */
    public long tiesEnded() {
        return tiesEnded;
    }

    /** Whether it happens, or a lasting one begins, on this day. */
    public boolean beginsOn(int day) {
        return day == spec.day().count();
    }

    /** Whether this is the first day after a lasting event. */
    public boolean endedOn(int day) {
        return spec.type().lasts() && day == spec.end().count();
    }

    protected void countEnded(int ties) {
        tiesEnded += ties;
    }

    @Override
    public List<Phase> phases() {
        return List.of(Phase.BEGIN);
    }

    @Override
    public final void apply(Phase phase, Day day) {
        int d = day.index();
        int from = spec.day().count();
        if (d < from || (spec.type().lasts() ? d >= spec.end().count() : d > from)) {
            return;
        }
        if (affected == null) {
            affected = choose(day);
            for (int i : affected) {
                day.population().eventAffected[i] = 1;
            }
            happen(day, affected);
        }
        if (spec.type().lasts()) {
            for (int i : affected) {
                during(day, i);
            }
        }
    }

    private int[] choose(Day day) {
        int n = day.population().size;
        if (spec.agent() >= 0) {
            if (spec.agent() >= n) {
                throw new IllegalArgumentException("events: agent " + spec.agent() + " does not exist (the population has "
                        + n + " agents, numbered 0 to " + (n - 1) + ")");
            }
            return canHappenTo(day.population(), spec.agent()) ? new int[] {spec.agent()} : new int[0];
        }
        int[] group = spec.target().select(day.population(), day.offline(), day.online(),
                day.problematicUseCutoff());
        long seed = day.seed() ^ salt;
        RandomStream r = new RandomStream();
        int kept = 0;
        int[] out = new int[group.length];
        for (int i : group) {
            if ((spec.share() >= 1 || r.reset(seed, 0, Purpose.EVENT, i).nextBoolean(spec.share()))
                    && canHappenTo(day.population(), i)) {
                out[kept++] = i;
            }
        }
        return Arrays.copyOf(out, kept);
    }

    /** Whether the event can happen to agent {@code i} at all (a widowhood needs a partner). */
    protected boolean canHappenTo(org.lonelyloop.model.state.Population pop, int i) {
        return true;
    }

    /** On its day, once, with everyone it happens to (in id order). */
    protected abstract void happen(Day day, int[] who);

    /** Every day of a lasting event, for each agent it happens to; writes only agent {@code i}'s slots. */
    protected void during(Day day, int i) {
    }
}
