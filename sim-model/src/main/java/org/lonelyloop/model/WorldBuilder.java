package org.lonelyloop.model;

import ec.util.MersenneTwisterFast;
import org.lonelyloop.model.network.OnlineGraph;
import org.lonelyloop.model.network.OnlineNetworkGenerator;
import org.lonelyloop.model.network.Ring;
import org.lonelyloop.model.network.TieGraph;
import org.lonelyloop.model.state.Ledger;
import org.lonelyloop.model.state.Population;
import org.lonelyloop.model.state.Workers;
import org.lonelyloop.model.state.World;
import org.lonelyloop.model.submodel.Circumstances;

/**
 * Builds a {@link World} from a scenario: kept apart from the world itself so that what the daily
 * processes use (the world) does not lead back to the scenario and the specs that build them.
 */
final class WorldBuilder {
    private WorldBuilder() {
    }

    /**
     * The world of {@code scenario} on the first day of its burn-in: people drawn, their ties laid
     * on the ring of settings, the online network over them, and (in a large population) every
     * agent renumbered by its place on the ring.
     */
    static World build(ModelParams scenario, long seed, MersenneTwisterFast random, Workers workers) {
        Population population = new Population(scenario.population().size());
        new PopulationSampler(scenario, seed).populate(population, workers);
        Circumstances.initialise(population, scenario.loneliness(), scenario.population(), seed);
        TieGraph offline = new TieGraph(population.size, scenario.networks().offline().capacity(),
                scenario.networks().offline().meanDegree());
        Ring ring = new Ring(PopulationSampler.offlineNetwork(population, offline, scenario.networks().offline(),
                seed, random));
        // The ties a run starts from are dated to the first day of the burn-in: their age is a lower bound.
        offline.markFormed(-scenario.burnIn().count());
        OnlineGraph online = new OnlineNetworkGenerator(scenario.networks().online().overlap(),
                scenario.networks().online().strangerTies()).generate(offline, random);
        if (population.size >= scenario.networks().offline().localityFrom()) {
            // Agents numbered by their place on the ring, where ties are formed: an agent's ties are
            // then mostly to agents with nearby numbers, so the meeting step's reads of a neighbour's
            // state come from memory already in cache instead of anywhere in the heap. Done before
            // anything holds agent numbers but the two networks.
            int[] order = ring.order();
            int[] place = ring.places();
            population.renumber(order);
            offline.renumber(order, place);
            online = online.renumbered(order, place);
            ring = Ring.numbered(population.size);
        }
        // Contact is sought in proportion to the ties one has (ContactInitiation); on the first day they
        // are the starting network's.
        for (int i = 0; i < population.size; i++) {
            float sum = 0;
            for (int k = 0; k < offline.degree(i); k++) {
                sum += offline.strength(i, k);
            }
            population.tieStrength[i] = sum;
        }
        return new World(population, offline, online, new Ledger(population.size), ring);
    }

}
