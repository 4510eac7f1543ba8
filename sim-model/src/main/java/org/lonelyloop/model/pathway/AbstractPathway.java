package org.lonelyloop.model.pathway;

import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.lonelyloop.model.state.Day;
import org.lonelyloop.model.state.Phase;
import org.lonelyloop.model.state.Population;
import org.lonelyloop.model.state.UseSource;

/**
 * What every pathway has: its parameter record and the phases it acts in; and
 * the one step four pathways share, pushing the log of today's use and booking the push.
 *
 * @param <P> the pathway's parameter record
 */
abstract class AbstractPathway<P extends Record> implements Pathway {
    private static final long serialVersionUID = 1L;

    /** The pathway's parameters. */
    protected final P p;
    private final List<Phase> phases;

    AbstractPathway(P params, Phase... phases) {
        this.p = params;
        this.phases = List.of(phases);
    }

    @Override
    public final Record parameters() {
        return p;
    }

    @Override
    public final List<Phase> phases() {
        return phases;
    }

    /** Adds {@code push.applyAsDouble(i)} to each agent's log of today's use and books it to {@code source}. */
    static void pushUse(Day day, UseSource source, IntToDoubleFunction push) {
        Population pop = day.population();
        float[] ledger = day.ledger().useDrive(source);
        day.workers().forEachChunk(pop.size, (chunk, from, to) -> {
            for (int i = from; i < to; i++) {
                double v = push.applyAsDouble(i);
                pop.useDrive[i] += (float) v;
                ledger[i] = (float) v;
            }
        });
    }
}
