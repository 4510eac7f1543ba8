package org.lonelyloop.scenario;

import java.util.List;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.params.Range;

/**
 * What a run records.
 *
 * @param every     interval between rows of the time series (1d daily, 1w weekly)
 * @param snapshots days on which agents.csv records every agent's state (none by default)
 */
public record OutputParams(@Range(min = 1, max = 3650) Days every, List<Days> snapshots) implements java.io.Serializable {
    public OutputParams {
        snapshots = snapshots == null ? null : List.copyOf(snapshots);
    }

    public static OutputParams defaults() {
        return new OutputParams(Days.of(1), List.of());
    }

    /** A copy recording every {@code interval}, keeping the snapshots. */
    public OutputParams every(Days interval) {
        return new OutputParams(interval, snapshots);
    }
}
