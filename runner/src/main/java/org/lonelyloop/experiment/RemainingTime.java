package org.lonelyloop.experiment;

/**
 * How long a batch of runs has left, from the pace at which its latest runs finished. The mean time
 * per run since the start misleads where the first runs carry work the later ones share: in a sweep
 * or sensitivity study of settled worlds one burn-in serves many runs, so the first run to finish
 * took the burn-in's time and the rest take a fraction of it (a Morris study once said "58:12 left"
 * and ended a minute and a half later). The pace is taken between finishes, over the last
 * {@link #WINDOW}, so runs finishing together on parallel workers count as they should.
 */
final class RemainingTime {
    /** Finishes the pace is measured over: recent enough to follow a change of pace. */
    static final int WINDOW = 16;
    /** Finishes before an estimate: two runs finishing together on two workers give no pace yet. */
    static final int FIRST_ESTIMATE = 3;

    private final long[] finished = new long[WINDOW];
    private int count;

    /** Notes a run finished at {@code nanos} (System.nanoTime). */
    synchronized void finished(long nanos) {
        finished[count % WINDOW] = nanos;
        count++;
    }

    /** Seconds left for {@code left} more runs, or NaN until {@link #FIRST_ESTIMATE} have finished. */
    synchronized double seconds(int left) {
        if (count < FIRST_ESTIMATE) {
            return Double.NaN;
        }
        int n = Math.min(count, WINDOW);
        long newest = finished[(count - 1) % WINDOW];
        long oldest = finished[(count - n) % WINDOW];
        double perRun = (newest - oldest) / 1e9 / (n - 1);
        return perRun * left;
    }
}
