package org.lonelyloop.scenario;

import java.util.ArrayList;
import java.util.List;
import org.lonelyloop.model.params.CrossChecked;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.params.MayBeAbsent;
import org.lonelyloop.model.params.Violation;

/**
 * One prediction a scenario states about its own outcome, checked by 'lonelyloop test': a measure,
 * read at a time, compared with something, in a direction, for a reason from the sources.
 *
 * @param measure   a recorded measure (a column of timeseries.csv, e.g. shareStronglyLonely)
 * @param group     the measure of one of the scenario's groups (its members) instead of everyone's
 * @param versus    with {@code group}: a contrast, the group's measure minus the same measure of
 *                  {@code others} (the rest of those the group was chosen among) or of another group;
 *                  read at {@code at} and, when something is compared, at that too (a difference of
 *                  differences)
 * @param at        when it is read: {@code end} (the last recorded day), {@code start} (the first), a day
 *                  ({@code 2y}), or the mean over days {@code FROM..TO} ({@code 1y..3y}, TO not included)
 * @param compare   what it is compared with: {@code without-interventions} (the same world and seeds
 *                  without the scenario's interventions), {@code without-events} (without its life
 *                  events), {@code start} (the same run's first recorded day), a window of the same
 *                  run ({@code 0y..1y}), a number, or another scenario (a bundled name or a file);
 *                  absent: the value itself is judged
 * @param direction {@code lower} or {@code higher} than what it is compared with, or {@code within} a range
 * @param within    for {@code within}: the range [low, high] of the value, or of the difference when
 *                  something is compared
 * @param why       the reason, from the sources: what the prediction tests
 * @param bornOut   false where the calibrated model is known not to bear the prediction out (the scenario
 *                  file's comment says why): 'test' reports it without failing
 */
public record Expectation(
        // Required, but said missing by crossCheck, which can tell the user what to write.
        @MayBeAbsent String measure,
        @MayBeAbsent String group,
        @MayBeAbsent String versus,
        @MayBeAbsent String at,
        @MayBeAbsent String compare,
        @MayBeAbsent Direction direction,
        @MayBeAbsent List<Double> within,
        @MayBeAbsent String why,
        boolean bornOut) implements CrossChecked, java.io.Serializable {

    /** Compared with the same seeds and burn-in without the scenario's interventions. */
    public static final String WITHOUT_INTERVENTIONS = "without-interventions";
    /** Compared with the same seeds and burn-in without the scenario's life events. */
    public static final String WITHOUT_EVENTS = "without-events";
    /** Compared with the run's own first recorded day. */
    public static final String START = "start";
    private static final String END = "end";

    /** The way the prediction goes. */
    public enum Direction {
        lower, higher, within
    }

    public Expectation {
        within = within == null ? null : List.copyOf(within);
    }

    /** What an item of an {@code expect:} list is laid over: read at the end, judged as it is. */
    public static Expectation defaults() {
        return new Expectation(null, null, null, END, null, null, null, null, true);
    }

    /** The number {@link #compare} names, or null when it names an arm, the start or a scenario. */
    public Double compareNumber() {
        if (compare == null) {
            return null;
        }
        try {
            return Double.valueOf(compare.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /**
     * The window of the same run {@link #compare} names ({@code start}, or {@code FROM..TO}) as
     * [from, to), or null when it names an arm, a number or a scenario.
     */
    public int[] compareWindow() {
        if (compare == null) {
            return null;
        }
        String c = compare.strip();
        if (c.equals(START)) {
            return new int[] {0, 1};
        }
        int dots = c.indexOf("..");
        if (dots < 0) {
            return null;
        }
        try {
            return new int[] {Days.parse(c.substring(0, dots).strip()).count(),
                Days.parse(c.substring(dots + 2).strip()).count()};
        } catch (IllegalArgumentException notAWindow) {
            return null;
        }
    }

    /** Whether {@link #compare} names another arm to run: the twins or another scenario. */
    public boolean comparesArm() {
        return compare != null && compareNumber() == null && compareWindow() == null;
    }

    /** The first recorded day read (0-based, of a run recording {@code recorded} days). */
    public int fromDay(int recorded) {
        return window(recorded)[0];
    }

    /** The day after the last one read. */
    public int toDay(int recorded) {
        return window(recorded)[1];
    }

    /** [from, to) of {@link #at} in a run recording {@code recorded} days; throws on text that is no time. */
    private int[] window(int recorded) {
        String a = at.strip();
        if (a.equals(END)) {
            return new int[] {recorded - 1, recorded};
        }
        if (a.equals(START)) {
            return new int[] {0, 1};
        }
        int dots = a.indexOf("..");
        if (dots < 0) {
            int d = Days.parse(a).count();
            return new int[] {d, d + 1};
        }
        return new int[] {Days.parse(a.substring(0, dots).strip()).count(),
            Days.parse(a.substring(dots + 2).strip()).count()};
    }

    /** Whether it states a contrast between a group and others ({@link #versus}). */
    public boolean contrast() {
        return versus != null;
    }

    /**
     * A short phrase for tables: "shareStronglyLonely at 2y..3y lower than without-interventions",
     * "meanLoneliness of anxious - others at 1y..421d lower than without-events".
     */
    public String summary() {
        StringBuilder b = new StringBuilder(measure);
        if (group != null) {
            b.append(" of ").append(group);
            if (versus != null) {
                b.append(" - ").append(versus);
            }
        }
        b.append(" at ").append(at).append(' ').append(direction);
        if (direction == Direction.within) {
            b.append(" [").append(within.get(0)).append(", ").append(within.get(1)).append(']');
            if (compare != null) {
                b.append(" of the difference from ").append(compare);
            }
        } else {
            b.append(" than ").append(compare);
        }
        return b.toString();
    }

    @Override
    public List<Violation> crossCheck() {
        List<Violation> v = new ArrayList<>();
        if (measure == null || measure.isBlank()) {
            v.add(new Violation("measure", "is missing: a recorded measure such as shareStronglyLonely "
                    + "(the columns of timeseries.csv, listed in docs/outputs.md)"));
        }
        if (versus != null && group == null) {
            v.add(new Violation("versus", "contrasts a group with '" + versus + "', but no group is named: "
                    + "add group: (one of the scenario's groups)"));
        }
        if (versus != null && versus.equals(group)) {
            v.add(new Violation("versus", "contrasts " + group + " with itself; name 'others' or another group"));
        }
        if (why == null || why.isBlank()) {
            v.add(new Violation("why", "is missing: say what the prediction tests and where it comes from"));
        }
        if (at == null || at.isBlank()) {
            v.add(new Violation("at", "is missing: end, start, a day such as 2y, or a window such as 1y..3y"));
        } else {
            try {
                int[] w = window(Integer.MAX_VALUE / 2);
                if (w[1] <= w[0]) {
                    v.add(new Violation("at", "the window " + at + " is empty: write FROM..TO with TO after FROM"));
                }
            } catch (IllegalArgumentException e) {
                v.add(new Violation("at", "'" + at + "' is not end, start, a day such as 2y, or a window such as 1y..3y"));
            }
        }
        if (direction == null) {
            v.add(new Violation("direction", "is missing: lower, higher or within"));
        } else if (direction == Direction.within) {
            if (within == null || within.size() != 2 || !(within.get(0) < within.get(1))) {
                v.add(new Violation("within", "needs two numbers, low then high, e.g. [0.08, 0.14]"));
            }
        } else {
            if (within != null) {
                v.add(new Violation("within", "is only read with direction: within"));
            }
            if (compare == null || compare.isBlank()) {
                v.add(new Violation("compare", "is missing: " + direction + " than what? without-interventions, "
                        + "without-events, start, a window of the run (0y..1y), a number or another scenario"));
            }
        }
        int[] other = compareWindow();
        if (other != null && other[1] <= other[0]) {
            v.add(new Violation("compare", "the window " + compare + " is empty: write FROM..TO with TO after FROM"));
        } else if (other != null && at != null && at.strip().equals(compare.strip())) {
            v.add(new Violation("compare", "compares " + at + " with itself; read the measure at another time"));
        }
        return v;
    }
}
