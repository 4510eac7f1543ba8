package org.lonelyloop.experiment;

import java.util.ArrayList;
import java.util.List;
import org.lonelyloop.model.LonelyLoop;

/**
 * Runs a model's days: the one loop every driver uses (a run into its folder, a sweep point, the
 * arms of a comparison, a trial, a calibration's evaluation, the true lags of a panel, the classroom's
 * turns, the benchmark). What a driver does around the days it says through {@link Hook}s: sample or
 * branch before a day, write or measure after it, checkpoint the burn-in. Worlds branched off the model
 * ({@link #alongside}) are stepped with it, day for day, so a trial's arm without the treatment or a
 * panel's nudged copies stay on the model's calendar.
 *
 * <p>The model may be new (it is built first), built and in its burn-in, or settled (a world kept
 * from an earlier burn-in, or branched at its end). Each day runs the model, then every world
 * alongside it in the order they joined; hooks are told in the order they were added.
 */
public final class RunEngine {
    /** What a driver does around the days. Every part is optional. */
    public interface Hook {
        /** After a day of the burn-in ran ({@link LonelyLoop#burnInDaysDone} tells which). */
        default void afterBurnInDay(RunEngine run) {
        }

        /** Once the burn-in is over (also when there was none or it was run before), before day 0. */
        default void settled(RunEngine run) {
        }

        /** Before recorded day {@code day} runs: the place to sample, branch, or start something. */
        default void before(RunEngine run, int day) {
        }

        /** After recorded day {@code day} ran in the model and every world alongside it. */
        default void after(RunEngine run, int day) {
        }
    }

    private final LonelyLoop model;
    private final List<Hook> hooks = new ArrayList<>();
    private final List<LonelyLoop> alongside = new ArrayList<>();
    private boolean settled;
    private boolean stopped;

    /** An engine for {@code model}, new, in its burn-in or settled. */
    public RunEngine(LonelyLoop model) {
        this.model = model;
    }

    /** Adds a hook, told after those added before it (a hook may add another while the days run). */
    public RunEngine with(Hook hook) {
        hooks.add(hook);
        return this;
    }

    /** The model run. */
    public LonelyLoop model() {
        return model;
    }

    /**
     * Steps {@code world}, a copy of the model taken between two days, after the model on every day
     * from the next one, until {@link #leave}.
     */
    public void alongside(LonelyLoop world) {
        alongside.add(world);
    }

    /** Stops stepping {@code world} (from the next day) and finishes it. */
    public void leave(LonelyLoop world) {
        if (alongside.remove(world)) {
            world.finish();
        }
    }

    /**
     * Runs no further day: what was wanted has been measured. Said before a day, that day does not
     * run; said after it, the next does not.
     */
    public void stop() {
        stopped = true;
    }

    /**
     * Builds the model if it is new and runs what is left of its burn-in, telling the hooks after
     * each day and once it is over.
     */
    public RunEngine settle() {
        if (settled) {
            return this;
        }
        if (!model.isBuilt()) {
            model.begin();
        }
        while (model.inBurnIn()) {
            model.stepBurnInDay();
            for (int h = 0; h < hooks.size(); h++) {
                hooks.get(h).afterBurnInDay(this);
            }
        }
        settled = true;
        for (int h = 0; h < hooks.size(); h++) {
            hooks.get(h).settled(this);
        }
        return this;
    }

    /**
     * Settles the model and runs its days to the end of its duration, or until a hook stops it; then
     * finishes the model and every world still alongside it.
     */
    public void run() {
        try {
            days(Integer.MAX_VALUE);
        } finally {
            finish();
        }
    }

    /**
     * Settles the model and runs at most {@code count} more of its days (fewer at the end of its
     * duration or when a hook stops it), leaving it running: a classroom's turn.
     *
     * @return the days run
     */
    public int days(int count) {
        settle();
        int ran = 0;
        while (ran < count && !stopped && !model.isFinished()) {
            int day = model.day();
            for (int h = 0; h < hooks.size(); h++) {
                hooks.get(h).before(this, day);
            }
            if (stopped) {
                break;
            }
            model.stepDay();
            for (LonelyLoop w : alongside) {
                w.stepDay();
            }
            for (int h = 0; h < hooks.size(); h++) {
                hooks.get(h).after(this, day);
            }
            ran++;
        }
        return ran;
    }

    /** Finishes the model and the worlds alongside it (their worker threads end). */
    public void finish() {
        model.finish();
        for (LonelyLoop w : alongside) {
            w.finish();
        }
        alongside.clear();
    }
}
