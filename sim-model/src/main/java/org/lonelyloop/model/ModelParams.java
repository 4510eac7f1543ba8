package org.lonelyloop.model;

import java.util.List;
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
 * What the model reads: its seed and length, every model parameter, the interventions, life events
 * and groups, and how often the day's measures are recorded. A scenario (the scenario-format module)
 * holds this and the studies run on it (panel, experience sampling, survey, trial, sweep,
 * predictions, output files), which the model never reads.
 *
 * @param name          short identifier, for messages
 * @param seed          seed of every random number in the run
 * @param duration      simulated time recorded
 * @param burnIn        simulated time run before recording starts, so networks, habits and moods settle
 * @param partners      living with a partner: who does, and how partnerships end and begin
 * @param interventions the interventions, in order (docs/scenarios.md)
 * @param events        life events: moves, losses, lockdowns, illnesses (docs/scenarios.md)
 * @param groups        groups of people followed through the run, each measured apart
 * @param recordEvery   interval between recorded days' measures (a scenario's {@code outputs.every})
 */
public record ModelParams(
        String name,
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
        @Range(min = 1, max = 3650, unit = "days") Days recordEvery) implements java.io.Serializable {

    public ModelParams {
        interventions = interventions == null ? List.of() : List.copyOf(interventions);
        events = events == null ? List.of() : List.copyOf(events);
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    /** The default Dutch population under the default calibration, two years after two of burn-in, recorded daily. */
    public static ModelParams defaults() {
        return new ModelParams("default", 1L, Days.years(2), Days.years(2), PopulationParams.defaults(),
                PartnerParams.defaults(), NetworkParams.defaults(), ContactParams.defaults(),
                LonelinessParams.defaults(), AffectParams.defaults(), PathwayParams.defaults(), List.of(), List.of(),
                List.of(), MeasureParams.defaults(), Days.of(1));
    }

    /**
     * Everything a burn-in depends on, as a value: equal for two settings exactly when they are the
     * same world ({@link #sameWorld}), and a hash key for grouping many runs by world.
     */
    public List<Object> worldKey() {
        return List.of(seed, burnIn, population, partners, networks, contact, loneliness, affect, pathways, measures);
    }

    /** Whether {@code other} shares everything a burn-in of this one depends on. */
    public boolean sameWorld(ModelParams other) {
        return worldKey().equals(other.worldKey());
    }

    // A copy with one component replaced (Records.with names it by the component, as the scenario format does).
    public ModelParams withSeed(long newSeed) {
        return Records.with(this, "seed", newSeed);
    }

    public ModelParams withDuration(Days newDuration) {
        return Records.with(this, "duration", newDuration);
    }

    public ModelParams withBurnIn(Days newBurnIn) {
        return Records.with(this, "burnIn", newBurnIn);
    }

    public ModelParams withPopulation(PopulationParams newPopulation) {
        return Records.with(this, "population", newPopulation);
    }

    public ModelParams withPathways(PathwayParams newPathways) {
        return Records.with(this, "pathways", newPathways);
    }

    public ModelParams withInterventions(List<InterventionSpec> newInterventions) {
        return Records.with(this, "interventions", newInterventions);
    }

    public ModelParams withEvents(List<LifeEventSpec> newEvents) {
        return Records.with(this, "events", newEvents);
    }

    public ModelParams withGroups(List<GroupSpec> newGroups) {
        return Records.with(this, "groups", newGroups);
    }
}
