package org.lonelyloop.experiment;

import java.util.Locale;

/**
 * How far a run has come, on a {@link StatusLine}: simulated day, share done, speed in agent-days
 * per second and the time left; with a bar of the share done where the line is redrawn in place.
 */
public final class ProgressBar {
    private static final int WIDTH = 24;

    private final StatusLine status;
    private final String label;
    private final long agents;
    private final long totalDays;
    private final long started = System.nanoTime();
    /** Days already done when this process began (a resumed run), so speed counts only its own. */
    private long before = -1;

    /** A bar on {@code status}, or a silent one if it is null. */
    public ProgressBar(StatusLine status, String label, long agents, long totalDays) {
        this.status = status;
        this.label = label;
        this.agents = agents;
        this.totalDays = Math.max(1, totalDays);
    }

    /** Reports that {@code done} of the total days (burn-in included) have run. */
    public void update(long done) {
        if (before < 0) {
            before = done - 1;
        }
        if (status != null) {
            status.show(() -> line(done, (System.nanoTime() - started) / 1e9, status.redraws()));
        }
    }

    /** The progress line for {@code done} days after {@code seconds}, with the bar or without. */
    String line(long done, double seconds, boolean bar) {
        double share = Math.min(1, (double) done / totalDays);
        int bars = (int) Math.round(share * WIDTH);
        long ran = done - Math.max(0, before);
        double rate = seconds > 0 ? (double) agents * ran / seconds : 0;
        double left = ran > 0 ? seconds * (totalDays - done) / ran : Double.NaN;
        String head = bar ? label + " [" + "#".repeat(bars) + " ".repeat(WIDTH - bars) + "]" : label + ":";
        return String.format(Locale.ROOT, "%s %3.0f%% day %d/%d  %.2fM agent-days/s  %s left", head, share * 100,
                done, totalDays, rate / 1e6, duration(left));
    }

    static String duration(double seconds) {
        if (Double.isNaN(seconds)) {
            return "--:--";
        }
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** Clears a redrawn line so the next output starts clean. */
    public void finish() {
        if (status != null) {
            status.clear();
        }
    }
}
