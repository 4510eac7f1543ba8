package org.lonelyloop.model.state;

import java.io.Serializable;
import org.lonelyloop.model.network.OnlineGraph;
import org.lonelyloop.model.network.Ring;
import org.lonelyloop.model.network.TieGraph;

/**
 * The people of a run and what holds them together: the population's arrays, the offline and online
 * networks, the ring of settings where ties form, and the pathway ledger. Built once from the
 * scenario's world parts (its world key) and the seed, by the model's WorldBuilder; every day
 * changes it in place. It knows nothing of scenarios or processes: they use it, not it them.
 */
public final class World implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Population population;
    private final TieGraph offline;
    private final OnlineGraph online;
    private final Ledger ledger;
    private final Ring ring;

    public World(Population population, TieGraph offline, OnlineGraph online, Ledger ledger, Ring ring) {
        this.population = population;
        this.offline = offline;
        this.online = online;
        this.ledger = ledger;
        this.ring = ring;
    }

    public Population population() {
        return population;
    }

    public TieGraph offline() {
        return offline;
    }

    public OnlineGraph online() {
        return online;
    }

    public Ledger ledger() {
        return ledger;
    }

    public Ring ring() {
        return ring;
    }

    /**
     * Gives the state only interventions and life events write (the day's modifiers, their ledger
     * columns) arrays of its own; until then the modifiers have no arrays and read as their neutral
     * values, and the ledger's columns are shared zeros.
     */
    public void readyForInterventions() {
        population.ownModifiers();
        ledger.ownOutsideColumns();
    }
}
