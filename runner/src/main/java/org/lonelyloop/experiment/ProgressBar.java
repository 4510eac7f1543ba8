package org.lonelyloop.experiment;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress report on standard error: simulated day, share done, speed in agent-days
 * per second and the time left. Redrawn at most five times a second; silent when standard error is
 * not a terminal (a log file, a pipe, a batch job) or when asked to be quiet.
 */
public final class ProgressBar {
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int WIDTH = 24;

    private final PrintStream out;
    private final boolean enabled;
    private final String label;
    private final long agents;
    private final long totalDays;
    private final long started = System.nanoTime();
    private long lastDraw;
    /** Days already done when this process began (a resumed run), so speed counts only its own. */
    private long before = -1;
    private boolean drawn;

    public ProgressBar(PrintStream out, boolean enabled, String label, long agents, long totalDays) {
        this.out = out;
        this.enabled = enabled;
        this.label = label;
        this.agents = agents;
        this.totalDays = Math.max(1, totalDays);
    }

    /** Whether a progress bar belongs on this terminal: standard error is a console and not --quiet. */
    public static boolean wanted(boolean quiet) {
        return !quiet && System.console() != null;
    }

    /** Reports that {@code done} of the total days (burn-in included) have run. */
    public void update(long done) {
        if (before < 0) {
            before = done - 1;
        }
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < REDRAW_NANOS && done < totalDays) {
            return;
        }
        lastDraw = now;
        out.print("\r" + line(done, (now - started) / 1e9));
        out.flush();
        drawn = true;
    }

    /** The progress line for {@code done} days after {@code seconds}. */
    String line(long done, double seconds) {
        double share = Math.min(1, (double) done / totalDays);
        int bars = (int) Math.round(share * WIDTH);
        long ran = done - Math.max(0, before);
        double rate = seconds > 0 ? (double) agents * ran / seconds : 0;
        double left = ran > 0 ? seconds * (totalDays - done) / ran : Double.NaN;
        return String.format(Locale.ROOT, "%s [%s%s] %3.0f%% day %d/%d  %.2fM agent-days/s  %s left", label,
                "#".repeat(bars), " ".repeat(WIDTH - bars), share * 100, done, totalDays, rate / 1e6, duration(left));
    }

    static String duration(double seconds) {
        if (Double.isNaN(seconds)) {
            return "--:--";
        }
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** Clears the line so the next output starts clean. */
    public void finish() {
        if (enabled && drawn) {
            out.print("\r" + " ".repeat(110) + "\r");
            out.flush();
        }
    }
}
