package org.lonelyloop.report;

/**
 * Averages consecutive rows into at most {@code MAX_POINTS} bins, so a nine-year daily series
 * draws as a readable line (and a small SVG) while keeping its level and trend.
 */
final class Bins {
    static final int MAX_POINTS = 400;

    private final int rows;
    private final int width;

    Bins(int rows) {
        this(rows, 1);
    }

    /** Bins of at least {@code minWidth} rows (weekly means of daily rows smooth out the weekday rhythm). */
    Bins(int rows, int minWidth) {
        this.rows = rows;
        this.width = Math.max(Math.max(1, minWidth), (rows + MAX_POINTS - 1) / MAX_POINTS);
    }

    int count() {
        return (rows + width - 1) / width;
    }

    /** The mean of each bin, ignoring missing values (NaN when a bin has none). */
    double[] of(double[] values) {
        double[] out = new double[count()];
        for (int b = 0; b < out.length; b++) {
            double sum = 0;
            int n = 0;
            for (int r = b * width; r < Math.min(rows, (b + 1) * width); r++) {
                if (!Double.isNaN(values[r])) {
                    sum += values[r];
                    n++;
                }
            }
            out[b] = n == 0 ? Double.NaN : sum / n;
        }
        return out;
    }
}
