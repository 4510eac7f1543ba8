package org.lonelyloop.model;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import java.util.List;
import org.lonelyloop.model.network.OnlineGraph;
import org.lonelyloop.model.network.OnlineNetworkGenerator;
import org.lonelyloop.model.network.Ring;
import org.lonelyloop.model.network.TieGraph;
import org.lonelyloop.model.observe.Ledger;
import org.lonelyloop.model.submodel.Circumstances;

/**
 * The people of a run and what holds them together: the population's arrays, the offline and online
 * networks, the ring of settings where ties form, and the pathway ledger. Built once from the
 * scenario's world parts ({@link #keyOf}) and the seed; every day changes it in place.
 */
public final class World implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Population population;
    private final TieGraph offline;
    private final OnlineGraph online;
    private final Ledger ledger;
    private final Ring ring;

    private World(Population population, TieGraph offline, OnlineGraph online, Ledger ledger, Ring ring) {
        this.population = population;
        this.offline = offline;
        this.online = online;
        this.ledger = ledger;
        this.ring = ring;
    }

    /**
     * The world of {@code scenario} on the first day of its burn-in: people drawn, their ties laid
     * on the ring of settings, the online network over them, and (in a large population) every
     * agent renumbered by its place on the ring.
     */
    static World build(Scenario scenario, long seed, MersenneTwisterFast random, Workers workers) {
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

    Population population() {
        return population;
    }

    TieGraph offline() {
        return offline;
    }

    OnlineGraph online() {
        return online;
    }

    Ledger ledger() {
        return ledger;
    }

    Ring ring() {
        return ring;
    }

    /**
     * Everything a burn-in depends on, as a value: equal for two scenarios exactly when they are the
     * same world ({@link #same}), and a hash key for grouping many scenarios by world.
     */
    public static List<Object> keyOf(Scenario s) {
        return List.of(s.seed(), s.burnIn(), s.population(), s.partners(), s.networks(), s.contact(), s.loneliness(),
                s.affect(), s.pathways(), s.measures());
    }

    /** Whether two scenarios share everything a burn-in depends on. */
    public static boolean same(Scenario a, Scenario b) {
        return keyOf(a).equals(keyOf(b));
    }
}
