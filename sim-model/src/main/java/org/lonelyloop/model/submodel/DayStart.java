package org.lonelyloop.model.submodel;

import java.util.Arrays;
import org.lonelyloop.model.DailyProcess;
import org.lonelyloop.model.Day;
import org.lonelyloop.model.Phase;
import org.lonelyloop.model.Population;

/** Clears the accumulators that pathways add to during the day, and yesterday's ledger. */
public final class DayStart implements DailyProcess {
    @Override
    public Phase phase() {
        return Phase.BEGIN;
    }

    @Override
    public void apply(Day day) {
        Population pop = day.population();
        day.workers().forEachChunk(pop.size, (chunk, from, to) -> {
            Arrays.fill(pop.useDrive, from, to, 0f);
            Arrays.fill(pop.contactFactor, from, to, 1f);
            day.ledger().clear(from, to);
        });
    }
}
