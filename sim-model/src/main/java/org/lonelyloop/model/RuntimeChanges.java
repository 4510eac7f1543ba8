package org.lonelyloop.model;

import java.util.ArrayList;
import java.util.List;
import org.lonelyloop.model.intervention.Choices;
import org.lonelyloop.model.intervention.Intervention;
import org.lonelyloop.model.intervention.InterventionSpec;
import org.lonelyloop.model.intervention.InterventionTypes;
import org.lonelyloop.model.observe.Groups;
import org.lonelyloop.model.params.Bounds;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.pathway.PathwayParams;
import org.lonelyloop.model.state.Population;

/**
 * Changes made to a started model between two days, each acting from the next day to run: the
 * GUI's sliders and switches, a researcher's change of regime mid-run, a trial arm's treatment, an
 * experimenter's nudge, a class's choices. Every change that touches the scenario is checked as a
 * scenario file would be, and the scenario records it, so a run's manifest says what ran.
 */
public final class RuntimeChanges {
    private final LonelyLoop model;

    private RuntimeChanges(LonelyLoop model) {
        this.model = model;
    }

    /**
     * The changes to this model. (The model does not hand them out itself: the SimState does not
     * know what may change it, which keeps this class out of the engine's knot of dependencies.)
     */
    public static RuntimeChanges of(LonelyLoop model) {
        return new RuntimeChanges(model);
    }

    /**
     * Replaces the pathways' switches and strengths, keeping every agent's state.
     *
     * @throws IllegalArgumentException listing every parameter out of bounds
     */
    public void retune(PathwayParams pathways) {
        ModelParams next = model.params().withPathways(pathways);
        Bounds.require(next);
        model.params(next);
        model.plan().arrange(model.params());
    }

    /**
     * Changes the circumstances of these agents so that their usual use is {@code exp(logShift)}
     * times what it was; the change then fades as circumstances do ({@code population.useDriftYears}).
     * An experimenter's hand: it measures what a change of use does (the ground truth of a panel's
     * cross-lags), nothing in the world causes it.
     */
    public void nudgeUse(int[] agents, double logShift) {
        Population population = model.world().population();
        for (int i : agents) {
            population.useDrift[i] += (float) logShift;
        }
    }

    /**
     * Raises the loneliness of these agents, both kinds, by {@code logitShift} on the logit scale now,
     * and their circumstances with it, so the change lasts as a change of circumstances does
     * ({@code loneliness.driftYears}). As {@link #nudgeUse}, for experiments on the model.
     */
    public void nudgeLoneliness(int[] agents, double logitShift) {
        Population population = model.world().population();
        for (int i : agents) {
            population.lonelinessDrift[i] += (float) logitShift;
            population.setLoneliness(i, population.emotionalLogit[i] + logitShift,
                    population.socialLogit[i] + logitShift);
        }
    }

    /**
     * Starts an intervention open-ended, whatever start and end the spec gives (the GUI's switches).
     * Participants are chosen from the target group as it is then.
     *
     * @return its index in {@link LonelyLoop#interventions()}
     */
    public int startIntervention(InterventionSpec spec) {
        return startIntervention(spec, null);
    }

    /**
     * As {@link #startIntervention(InterventionSpec)}, offered to exactly these agents (a trial's
     * treatment arm) instead of its target group; null selects from the target group.
     */
    public int startIntervention(InterventionSpec spec, int[] participants) {
        InterventionSpec now = InterventionTypes.retimed(spec, Days.of(Math.max(0, model.day())), null);
        List<InterventionSpec> specs = new ArrayList<>(model.params().interventions());
        specs.add(now);
        ModelParams next = model.params().withInterventions(specs);
        Bounds.require(next);
        model.params(next);
        model.world().readyForInterventions();
        List<Intervention> running = model.plan().running();
        Intervention started = now.build(running.size());
        if (participants != null) {
            started.assign(participants);
        }
        running.add(started);
        model.plan().arrange(model.params());
        return running.size() - 1;
    }

    /** Ends intervention {@code index} before the next day to run (its participants keep their mark). */
    public void stopIntervention(int index) {
        int day = model.day();
        Intervention it = model.plan().running().get(index);
        it.stopFrom(day);
        List<InterventionSpec> specs = new ArrayList<>(model.params().interventions());
        InterventionSpec spec = specs.get(index);
        if (spec.end() == null || spec.end().count() > day) {
            specs.set(index, InterventionTypes.retimed(spec, spec.start(), Days.of(Math.max(day, spec.start().count()))));
            model.params(model.params().withInterventions(specs));
        }
    }

    /**
     * Makes this started model, still at the end of its burn-in, the model of {@code arm}: the same
     * world (seed, burn-in, population, networks, contact, loneliness, affect, pathways, measures)
     * with its own interventions, life events, groups and duration. Interventions and events act only from
     * day 0, so one burn-in serves every arm of a comparison: copy the model ({@link Checkpoint#copy})
     * for each arm and branch the copy. An arm's interventions and events are built exactly as
     * {@link LonelyLoop#start()} builds them, so a branched arm runs as a fresh run of {@code arm} would.
     *
     * @throws IllegalStateException    when a recorded day has already run
     * @throws IllegalArgumentException when {@code arm} is another world, or has parameters out of bounds
     */
    public void branch(ModelParams arm) {
        if (model.day() != 0 || model.world() == null) {
            throw new IllegalStateException("an arm branches at the end of the burn-in, before day 0 runs; this "
                    + "model is at day " + model.day());
        }
        ModelParams now = model.params();
        ModelParams next = arm.withSeed(now.seed());
        if (!now.sameWorld(next)) {
            throw new IllegalArgumentException(arm.name() + " is not the same world as " + now.name()
                    + ": an arm may differ only in its interventions, life events, groups and duration");
        }
        Bounds.require(next);
        model.params(next);
        model.groups(new Groups(next.groups()));
        if (model.plan().act(next)) {
            model.world().readyForInterventions();
        }
        model.plan().arrange(next);
    }

    /**
     * What the agents someone plays from outside the model choose to do (a class playing the loop
     * from their phones, one agent each); created on first use. An agent with no choice lives as the
     * model has it, to the bit.
     */
    public Choices choices() {
        Choices c = model.plan().choices();
        if (c == null) {
            model.world().readyForInterventions();
            c = new Choices(model.populationSize());
            model.plan().choices(c);
            model.plan().arrange(model.params());
        }
        return c;
    }
}
