package org.lonelyloop.report;

/**
 * The unit of a chart's time axis, chosen from the run's length so the ticks read naturally: days
 * for a few weeks, weeks for up to two years, years beyond.
 *
 * @param label  the axis label
 * @param perDay units per simulated day
 */
record TimeScale(String label, double perDay) {
    static TimeScale forLastDay(double lastDay) {
        if (lastDay >= 730) {
            return new TimeScale("years", 1 / 365.0);
        }
        if (lastDay >= 84) {
            return new TimeScale("weeks", 1 / 7.0);
        }
        return new TimeScale("days", 1);
    }

    /** Rows per bin so that a bin spans at least a week once the axis is in weeks or years. */
    int rowsPerBin(double daysBetweenRows) {
        return perDay < 1 && daysBetweenRows > 0 ? (int) Math.max(1, Math.round(7 / daysBetweenRows)) : 1;
    }

    double of(double day) {
        return day * perDay;
    }
}
