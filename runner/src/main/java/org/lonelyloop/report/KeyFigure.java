package org.lonelyloop.report;

import java.util.List;
import org.lonelyloop.model.observe.DayRecord;
import org.lonelyloop.model.observe.DailyMetrics;

/**
 * A measure the reports show in their key-figure tables: its column in timeseries.csv, its label
 * with unit, and the factor from the column's unit to the label's (shares shown as percentages,
 * daily contacts as weekly ones).
 */
public record KeyFigure(String column, String label, double scale) {
    /** Every key figure, in the order the reports list them. */
    public static final List<KeyFigure> ALL = List.of(
            new KeyFigure(DailyMetrics.NOT_LONELY, "not lonely (%)", 100),
            new KeyFigure(DailyMetrics.SOMEWHAT_LONELY, "somewhat lonely (%)", 100),
            new KeyFigure(DailyMetrics.STRONGLY_LONELY, "strongly lonely (%)", 100),
            new KeyFigure("meanLoneliness", "mean loneliness (0..1)", 1),
            new KeyFigure("meanUseMinutes", "social media (minutes per day)", 1),
            new KeyFigure("meanActiveMinutes", "active use (minutes per day)", 1),
            new KeyFigure("meanPassiveMinutes", "passive use (minutes per day)", 1),
            new KeyFigure("meanNightMinutes", "use at night (minutes per day)", 1),
            new KeyFigure("shareProblematicUse", "problematic use (%)", 100),
            new KeyFigure("meanContacts", "face-to-face meetings per week", 7),
            new KeyFigure("meanOfflineTies", "offline ties per person", 1),
            new KeyFigure("shareSleepProblem", "sleep problems (%)", 100),
            new KeyFigure("meanLoopGain", "mean loop gain", 1),
            new KeyFigure("shareLoopReinforcing", "self-reinforcing loop (%)", 100));

    /**
     * The same measures among those an intervention was offered to and the others: what a trial
     * compares (empty columns, and not shown, where a scenario offers nothing).
     */
    public static final List<KeyFigure> PARTICIPANTS = List.of(
            new KeyFigure("meanLonelinessParticipants", "mean loneliness, participants", 1),
            new KeyFigure("meanLonelinessOthers", "mean loneliness, others", 1),
            new KeyFigure("meanUseMinutesParticipants", "social media, participants (min)", 1),
            new KeyFigure("meanUseMinutesOthers", "social media, others (min)", 1));

    /** The key figure of a column. */
    public static KeyFigure of(String column) {
        for (KeyFigure k : PARTICIPANTS) {
            if (k.column().equals(column)) {
                return k;
            }
        }
        for (KeyFigure k : ALL) {
            if (k.column().equals(column)) {
                return k;
            }
        }
        throw new IllegalArgumentException("no key figure for " + column);
    }

    /** Those of these columns, in this order. */
    public static List<KeyFigure> of(String... columns) {
        return java.util.Arrays.stream(columns).map(KeyFigure::of).toList();
    }

    /** A column's value on a day the model reports, in its label's unit (as the GUI shows it live). */
    public static double shown(String column, DayRecord day) {
        return of(column).shown(day.get(column));
    }

    /** A value of the column in the label's unit. */
    public double shown(double value) {
        return value * scale;
    }
}
