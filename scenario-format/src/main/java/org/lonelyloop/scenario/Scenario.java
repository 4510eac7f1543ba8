package org.lonelyloop.scenario;

import java.util.List;
import org.lonelyloop.model.ModelParams;
import org.lonelyloop.model.event.LifeEventSpec;
import org.lonelyloop.model.intervention.InterventionSpec;
import org.lonelyloop.model.observe.GroupSpec;
import org.lonelyloop.model.params.AffectParams;
import org.lonelyloop.model.params.ContactParams;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.params.LonelinessParams;
import org.lonelyloop.model.params.MeasureParams;
import org.lonelyloop.model.params.NetworkParams;
import org.lonelyloop.model.params.PartnerParams;
import org.lonelyloop.model.params.PopulationParams;
import org.lonelyloop.model.params.Range;
import org.lonelyloop.model.params.Records;
import org.lonelyloop.model.pathway.PathwayParams;

/**
 * Everything a run needs: the question it asks, what the model reads ({@link #model()}: its seed and
 * length, every model parameter, interventions, life events, groups) and the studies run on it
 * (panel, experience sampling, survey, output files, sweep and trial, predictions), which only the
 * runner reads. Built from a scenario file by this package, or in code from {@link #defaults()}.
 *
 * @param name        short identifier, used in result folder names
 * @param description the question the scenario asks, in plain words
 * @param seed        seed of every random number in the run
 * @param duration    simulated time recorded
 * @param burnIn      simulated time run before recording starts, so networks, habits and moods settle
 * @param partners    living with a partner: who does, and how partnerships end and begin
 * @param interventions the interventions, in order (docs/scenarios.md)
 * @param events      life events: moves, losses, lockdowns, illnesses (docs/scenarios.md)
 * @param groups      groups of people followed through the run, each measured apart (groups.csv)
 * @param panel       a virtual panel study measured during the run (panel.csv)
 * @param esm         an experience-sampling study measured during the run (esm.csv)
 * @param survey      a cross-sectional survey taken during the run (survey.csv)
 * @param experiment  replications and sweep values, for 'run' and 'sweep'
 * @param expect      the predictions the scenario states about its outcome, checked by 'test'
 */
public record Scenario(
        String name,
        String description,
        long seed,
        @Range(min = 1, max = 73_000, unit = "days") Days duration,
        @Range(min = 0, max = 7_300, unit = "days") Days burnIn,
        PopulationParams population,
        PartnerParams partners,
        NetworkParams networks,
        ContactParams contact,
        LonelinessParams loneliness,
        AffectParams affect,
        PathwayParams pathways,
        List<InterventionSpec> interventions,
        List<LifeEventSpec> events,
        List<GroupSpec> groups,
        MeasureParams measures,
        PanelParams panel,
        EsmParams esm,
        SurveyParams survey,
        OutputParams outputs,
        ExperimentParams experiment,
        List<Expectation> expect) implements java.io.Serializable {

    public Scenario {
        interventions = interventions == null ? null : List.copyOf(interventions);
        events = events == null ? List.of() : List.copyOf(events);
        groups = groups == null ? List.of() : List.copyOf(groups);
        expect = expect == null ? List.of() : List.copyOf(expect);
    }

    /** The model's defaults ({@link ModelParams#defaults()}), studied by no instrument, recorded daily. */
    public static Scenario defaults() {
        ModelParams m = ModelParams.defaults();
        return new Scenario(m.name(), "Dutch residents aged 15 and over under the default calibration.", m.seed(),
                m.duration(), m.burnIn(), m.population(), m.partners(), m.networks(), m.contact(), m.loneliness(),
                m.affect(), m.pathways(), m.interventions(), m.events(), m.groups(), m.measures(),
                PanelParams.defaults(), EsmParams.defaults(), SurveyParams.defaults(),
                OutputParams.defaults().every(m.recordEvery()), ExperimentParams.defaults(), List.of());
    }

    /**
     * Everything a burn-in depends on, as a value: equal for two scenarios exactly when they are the
     * same world ({@link #sameWorld}), and a hash key for grouping many scenarios by world.
     */
    public List<Object> worldKey() {
        return model().worldKey();
    }

    /** What the model reads of this scenario: a model is created from it, and arms branch to it. */
    public ModelParams model() {
        return new ModelParams(name, seed, duration, burnIn, population, partners, networks, contact, loneliness,
                affect, pathways, interventions, events, groups, measures, outputs.every());
    }

    /** Whether {@code other} shares everything a burn-in of this scenario depends on. */
    public boolean sameWorld(Scenario other) {
        return worldKey().equals(other.worldKey());
    }

    // A copy with one component replaced (Records.with names it by the component, as the scenario format does).
    public Scenario withSeed(long newSeed) {
        return Records.with(this, "seed", newSeed);
    }

    public Scenario withDuration(Days newDuration) {
        return Records.with(this, "duration", newDuration);
    }

    public Scenario withBurnIn(Days newBurnIn) {
        return Records.with(this, "burnIn", newBurnIn);
    }

    public Scenario withPopulation(PopulationParams newPopulation) {
        return Records.with(this, "population", newPopulation);
    }

    public Scenario withPathways(org.lonelyloop.model.pathway.PathwayParams newPathways) {
        return Records.with(this, "pathways", newPathways);
    }

    public Scenario withInterventions(List<InterventionSpec> newInterventions) {
        return Records.with(this, "interventions", newInterventions);
    }

    public Scenario withEvents(List<LifeEventSpec> newEvents) {
        return Records.with(this, "events", newEvents);
    }

    public Scenario withExperiment(ExperimentParams newExperiment) {
        return Records.with(this, "experiment", newExperiment);
    }

    public Scenario withOutputs(OutputParams newOutputs) {
        return Records.with(this, "outputs", newOutputs);
    }

    public Scenario withGroups(List<GroupSpec> newGroups) {
        return Records.with(this, "groups", newGroups);
    }

    public Scenario withExpect(List<Expectation> newExpect) {
        return Records.with(this, "expect", newExpect);
    }
}
