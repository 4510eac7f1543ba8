package org.lonelyloop.gui;

import java.util.Arrays;

/**
 * One followed person's loop gain as the loop window reads it: the median of their last seven
 * days. A person's gain moves with the day's state (a day of little passive use, a night of
 * scrolling), so the verdict reads the typical day of the week rather than the last one.
 */
final class WeeklyGain {
    private static final int WEEK = 7;
    private final double[] days = new double[WEEK];
    private int count;

    void add(double gain) {
        days[count % WEEK] = gain;
        count++;
    }

    /** Starts afresh (another person followed, a new run). */
    void clear() {
        count = 0;
    }

    /** The median of the days seen this week so far (NaN before the first). */
    double median() {
        int n = Math.min(count, WEEK);
        if (n == 0) {
            return Double.NaN;
        }
        double[] sorted = Arrays.copyOf(days, n);
        Arrays.sort(sorted);
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }
}
