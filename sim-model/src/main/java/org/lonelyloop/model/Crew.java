package org.lonelyloop.model;

import java.io.Serializable;
import org.lonelyloop.model.state.Workers;

/**
 * The worker threads a model runs its days on: how many, and the threads themselves, started on
 * first use and never saved (a model read back starts its own). Results are the same for any count.
 */
final class Crew implements Serializable {
    private static final long serialVersionUID = 1L;

    private int threads;
    private transient Workers workers;

    Crew(int threads) {
        use(threads);
    }

    int threads() {
        return threads;
    }

    /** Runs from now on with {@code n} threads; the current ones end. */
    void use(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + n);
        }
        close();
        threads = n;
    }

    Workers workers() {
        if (workers == null) {
            workers = new Workers(threads);
        }
        return workers;
    }

    /** Ends the threads (a later day starts them again). */
    void close() {
        if (workers != null) {
            workers.close();
            workers = null;
        }
    }
}
