package org.lonelyloop.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.lonelyloop.model.observe.DailyMetrics;
import org.lonelyloop.model.observe.DayRecord;
import org.lonelyloop.model.observe.LoopGain;
import org.lonelyloop.model.state.World;

/**
 * What a run tells of its days: the observers given each recorded day's measures (every {@code
 * outputs.every} days and on the last), the last day measured, and the listener told when any day,
 * burn-in included, is done; and the loop gain of the scenario as it stands, worked out once per
 * scenario rather than per agent read (the GUI reads it for every person it draws). Nothing of it is
 * saved in a checkpoint: a model read back is observed afresh, and measures again when asked.
 */
final class DayRecords {
    private final List<Consumer<DayRecord>> observers = new ArrayList<>();
    private IntConsumer dayListener;
    private DayRecord latest;
    private volatile ParamsGain loopGain;

    private record ParamsGain(ModelParams params, LoopGain gain) {
    }

    void add(Consumer<DayRecord> observer) {
        observers.add(observer);
    }

    void onDayDone(IntConsumer listener) {
        dayListener = listener;
    }

    /** After day {@code day} of {@code model} has run (negative in the burn-in). */
    void dayRun(LonelyLoop model, int day) {
        ModelParams s = model.params();
        if (day >= 0 && (day % s.recordEvery().count() == 0 || day == s.duration().count() - 1)
                && !observers.isEmpty()) {
            latest = measure(model, day, this);
            for (Consumer<DayRecord> o : observers) {
                o.accept(latest);
            }
        }
        if (dayListener != null) {
            dayListener.accept(day + 1 + s.burnIn().count());
        }
    }

    /** The measures of {@code day}, the last day run: the observers' if they measured it. */
    DayRecord latest(LonelyLoop model, int day) {
        if (latest == null || latest.day() != day) {
            latest = measure(model, day, this);
        }
        return latest;
    }

    /** The loop gain of {@code now}, the scenario as it stands (interventions and retuned pathways included). */
    LoopGain loopGain(ModelParams now) {
        ParamsGain g = loopGain;
        if (g == null || g.params() != now) {
            g = new ParamsGain(now, new LoopGain(now.pathways(), now.loneliness(), now.population()));
            loopGain = g;
        }
        return g.gain();
    }

    /** Forgets the last day measured (a model started again). */
    void restart() {
        latest = null;
    }

    private static DayRecord measure(LonelyLoop model, int day, DayRecords records) {
        World w = model.world();
        ModelParams s = model.params();
        return DailyMetrics.measure(day, s.measures(), records.loopGain(s), w.population(), w.offline(),
                w.ledger(), model.workers(), model.groups());
    }
}
