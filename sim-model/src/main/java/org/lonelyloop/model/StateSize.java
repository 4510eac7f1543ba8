package org.lonelyloop.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How much heap a started model's state takes: the agents' arrays, offline ties, online ties, the
 * ledger and the ring of settings (where memory goes is what a change to it is about). Read by the
 * memory benchmark, the run's memory estimate and the settled-world cache; kept out of the
 * SimState, which is the model's schedule and state, not its accounting.
 */
public final class StateSize {
    private StateSize() {
    }

    /** Heap bytes of agent state, ties, ledger and ring. */
    public static long of(LonelyLoop model) {
        long sum = 0;
        for (long part : byPart(model).values()) {
            sum += part;
        }
        return sum;
    }

    /** {@link #of} part by part, in a fixed order. */
    public static Map<String, Long> byPart(LonelyLoop model) {
        Map<String, Long> parts = new LinkedHashMap<>();
        parts.put("agents", model.world().population().bytes());
        parts.put("offline ties", model.world().offline().bytes());
        parts.put("online ties", model.world().online().bytes());
        parts.put("ledger", model.world().ledger().bytes());
        parts.put("ring", model.world().ring().bytes());
        return parts;
    }
}
