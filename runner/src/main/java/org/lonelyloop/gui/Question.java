package org.lonelyloop.gui;

import org.lonelyloop.model.observe.DailyMetrics;
import org.lonelyloop.model.observe.DayRecord;
import org.lonelyloop.report.KeyFigure;

/**
 * The lesson's questions a class answers before play (docs/teaching.md): what will have happened
 * by the end of the run. Each is read from the run's first and last week, the way the live chart
 * beside it on the comparison card shows it.
 */
enum Question {
    /** Share of the group very lonely at the end, in per cent (a number). */
    STRONGLY_LONELY(false, 0, 5) {
        @Override
        double value(DayRecord r, int people) {
            return KeyFigure.shown(DailyMetrics.STRONGLY_LONELY, r);
        }
    },
    /** Minutes a day on social media in the last week: more or less than in the first. */
    USE(true, 1, 0) {
        @Override
        double value(DayRecord r, int people) {
            return r.get("meanUseMinutes");
        }
    },
    /** Face-to-face meetings a week in the last week: more or less than in the first. */
    MEETINGS(true, 2, 0) {
        @Override
        double value(DayRecord r, int people) {
            return KeyFigure.shown("meanContacts", r);
        }
    },
    /** People whose loop feeds itself at the end (a number). */
    REINFORCING(false, -1, 1) { // chart -1: the loop diagram (LOOP)
        @Override
        double value(DayRecord r, int people) {
            return r.get("shareLoopReinforcing") * people;
        }
    };

    /** Answered with more or less (than on the first day) rather than a number. */
    final boolean moreOrLess;
    /** Index of the live chart that shows it ({@link LiveCharts#charts()}), or {@link #LOOP}. */
    final int chart;
    /** How far off a number may be and still count as right. */
    final double tolerance;

    Question(boolean moreOrLess, int chart, double tolerance) {
        this.moreOrLess = moreOrLess;
        this.chart = chart;
        this.tolerance = tolerance;
    }

    abstract double value(DayRecord r, int people);

    /** Shown by the loop diagram rather than a chart. */
    static final int LOOP = -1;

    String key() {
        return "predict." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
