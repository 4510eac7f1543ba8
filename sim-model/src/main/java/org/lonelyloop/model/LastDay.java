package org.lonelyloop.model;

import java.util.List;
import org.lonelyloop.model.observe.LedgerBreakdown;
import org.lonelyloop.model.state.Population;
import org.lonelyloop.model.state.World;

/**
 * What the last day run did to the whole population beyond its measures: the offline ties formed
 * and lost, and the pathway ledger by age band and loneliness category. Read after a day has run,
 * or from an observer (events.csv and ledger.csv are written from it).
 */
public final class LastDay {
    private final LonelyLoop model;

    private LastDay(LonelyLoop model) {
        this.model = model;
    }

    /** The last day of {@code model}. */
    public static LastDay of(LonelyLoop model) {
        return new LastDay(model);
    }

    /** Offline ties formed. */
    public int tiesFormed() {
        return model.plan().tiesFormedToday();
    }

    /** Offline ties that ended. */
    public long tiesLost() {
        long sides = 0;
        Population population = model.world().population();
        for (int i = 0; i < population.size; i++) {
            sides += population.tiesLost[i];
        }
        return sides / 2;
    }

    /** The pathway ledger by age band and loneliness category. */
    public List<LedgerBreakdown.Row> ledgerBreakdown() {
        World w = model.world();
        return LedgerBreakdown.measure(w.population(), w.ledger(), model.workers());
    }
}
