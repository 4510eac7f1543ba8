package org.lonelyloop.model;

import ec.util.MersenneTwisterFast;
import org.lonelyloop.model.network.OnlineGraph;
import org.lonelyloop.model.network.OnlineNetworkGenerator;
import org.lonelyloop.model.network.Ring;
import org.lonelyloop.model.network.TieGraph;
import org.lonelyloop.model.params.OfflineNetworkParams;
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
        Circumstances.initialise(population, scenario.loneliness(), scenario.population(), seed, workers);
        OfflineNetworkParams offlineParams = scenario.networks().offline();
        TieGraph offline = new TieGraph(population.size, offlineParams.capacity(), offlineParams.meanDegree());
        int[] ringOrder = PopulationSampler.ringOrder(population, offlineParams, seed, random);
        OnlineNetworkGenerator onlineNetwork = new OnlineNetworkGenerator(scenario.networks().online().overlap(),
                scenario.networks().online().strangerTies());
        OnlineGraph online;
        Ring ring;
        if (population.size >= offlineParams.localityFrom()) {
            // Agents numbered by their place on the ring, where ties are formed: an agent's ties are
            // then mostly to agents with nearby numbers, so the meeting step's reads of a neighbour's
            // state come from memory already in cache instead of anywhere in the heap. Numbered
            // before the networks are built, so that building them has the same locality; the draws
            // that build them still name agents by their numbers before, so the world is the same.
            int[] place = Ring.placesOf(ringOrder);
            population.renumber(ringOrder);
            ring = Ring.numbered(population.size);
            PopulationSampler.offlineNetwork(offline, offlineParams, ring.order(), place, random);
            offline.compact();
            online = onlineNetwork.generate(offline, place, ringOrder, random);
        } else {
            ring = new Ring(ringOrder);
            PopulationSampler.offlineNetwork(offline, offlineParams, ringOrder,
                    Ring.numbered(population.size).order(), random);
            online = onlineNetwork.generate(offline, random);
        }
        // The ties a run starts from are dated to the first day of the burn-in: their age is a lower bound.
        offline.markFormed(-scenario.burnIn().count());
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
