package org.lonelyloop.experiment;

import java.io.PrintStream;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Where a long job says how far it has come. On a terminal, one line redrawn in place a few times a
 * second. Anywhere else (a log file, a pipe, a batch job's output) a redrawn line would be one line
 * of carriage returns growing for hours, and silence leaves whoever runs the country's three-hour
 * run or a sweep shard on a cluster unable to tell a slow job from a stuck one; there it writes a
 * plain line at most once a {@link #LOG_INTERVAL_NANOS minute}, so a job of hours leaves a readable
 * trace and a job under a minute none.
 *
 * <p>Jobs that run replications on several threads report through one status line: {@link #show}
 * and {@link #clear} are synchronized.
 */
public final class StatusLine {
    /** Least time between two redraws on a terminal. */
    static final long REDRAW_NANOS = 200_000_000L;
    /** Least time between two lines in a log, and before the first. */
    static final long LOG_INTERVAL_NANOS = 60_000_000_000L;

    private final PrintStream out;
    private final boolean redraws;
    private final long interval;
    private final LongSupplier clock;
    private long last;
    private boolean shown;
    /** Length of the line on the terminal now. */
    private int drawn;

    private StatusLine(PrintStream out, boolean redraws, long interval, LongSupplier clock) {
        this.out = out;
        this.redraws = redraws;
        this.interval = interval;
        this.clock = clock;
        // A log's first line waits a whole interval; a terminal's comes at once.
        this.last = redraws ? clock.getAsLong() - interval : clock.getAsLong();
    }

    /**
     * The status line on standard error: redrawn if it is a terminal, logged otherwise, and none
     * (null) when asked to be quiet.
     */
    public static StatusLine onStandardError(boolean quiet) {
        if (quiet) {
            return null;
        }
        return System.console() != null ? terminal(System.err) : log(System.err);
    }

    /** One line redrawn in place on {@code out}. */
    public static StatusLine terminal(PrintStream out) {
        return new StatusLine(out, true, REDRAW_NANOS, System::nanoTime);
    }

    /** A plain line on {@code out} at most once a minute. */
    public static StatusLine log(PrintStream out) {
        return new StatusLine(out, false, LOG_INTERVAL_NANOS, System::nanoTime);
    }

    /** As {@link #log} or {@link #terminal}, on a clock of the caller's (tests). */
    static StatusLine on(PrintStream out, boolean redraws, LongSupplier clock) {
        return new StatusLine(out, redraws, redraws ? REDRAW_NANOS : LOG_INTERVAL_NANOS, clock);
    }

    /** Whether the line is redrawn in place (a terminal) rather than written line after line. */
    public boolean redraws() {
        return redraws;
    }

    /**
     * Shows the status if its interval has passed since the last; the text is only worked out then,
     * as a daily step may call this many thousand times a second.
     */
    public synchronized void show(Supplier<String> text) {
        long now = clock.getAsLong();
        if (now - last < interval) {
            return;
        }
        last = now;
        if (redraws) {
            // Spaces over what a longer line before left at the end.
            String line = text.get();
            out.print("\r" + line + " ".repeat(Math.max(0, drawn - line.length())));
            drawn = line.length();
        } else {
            out.println(text.get());
        }
        out.flush();
        shown = true;
    }

    /** Takes a redrawn line off the terminal, so what is printed next starts clean; a log keeps its lines. */
    public synchronized void clear() {
        if (redraws && shown) {
            out.print("\r" + " ".repeat(drawn) + "\r");
            out.flush();
            shown = false;
            drawn = 0;
        }
    }
}
