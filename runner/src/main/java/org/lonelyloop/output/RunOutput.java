package org.lonelyloop.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.observe.DayRecord;

/**
 * One output of a run (a file or a virtual study): told after every day, flushed before a
 * checkpoint seals the files' lengths, closed at the end. An output that remembers something
 * between days beyond what it has written (the panel's week of use) saves it with each checkpoint
 * and gets it back on resume. A run folder's outputs are listed in one place (RunOutputs).
 */
public interface RunOutput extends AutoCloseable {
    /**
     * After day {@code day} has run.
     *
     * @param recorded the day's measures when it is a recorded day ({@code outputs.every}), else null
     */
    void afterDay(LonelyLoop model, int day, DayRecord recorded) throws IOException;

    /** Writes everything so far through to its files. */
    default void flush() throws IOException {
    }

    /** The extension of the side file a checkpoint keeps for this output ({@code day-N.<ext>}), or null for none. */
    default String checkpointState() {
        return null;
    }

    /** Saves what {@link #checkpointState()} names. */
    default void save(OutputStream out) throws IOException {
    }

    /** Takes back what {@link #save} wrote, on resume. */
    default void restore(InputStream in) throws IOException {
    }

    @Override
    default void close() throws IOException {
    }
}
