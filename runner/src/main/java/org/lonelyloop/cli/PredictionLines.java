package org.lonelyloop.cli;

import java.util.Locale;
import org.lonelyloop.analysis.Judgement;
import org.lonelyloop.scenario.Expectation;
import org.lonelyloop.scenario.Scenario;

/** A prediction's verdict as one table line, for test, run and compare alike. */
final class PredictionLines {
    private PredictionLines() {
    }

    /** The table line of a prediction about days after the run's end. */
    static String notJudged(Expectation e, Scenario s) {
        return String.format(Locale.ROOT, "  %-8s %s%n           the run ends on day %d", "not judged", e.summary(),
                s.duration().count());
    }

    /** One table line: verdict, the prediction, the difference and its interval. */
    static String line(Judgement j) {
        Expectation e = j.expectation();
        String interval = j.n() == 1 ? " (one replication: no interval)"
                : String.format(Locale.ROOT, " [%s, %s]", num(j.low()), num(j.high()));
        String estimate = e.compare() == null ? num(j.difference()) + interval
                : String.format(Locale.ROOT, "%s vs %s: difference %s%s", num(j.value()), num(j.reference()),
                        num(j.difference()), interval);
        if (Double.isNaN(j.difference())) {
            estimate = "no value: the run did not record the days it reads, or the measure is undefined there";
        }
        return String.format(Locale.ROOT, "  %-8s %s%n           %s", j.shown(), e.summary(), estimate);
    }

    private static String num(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        double a = Math.abs(v);
        return a != 0 && (a < 0.001 || a >= 100_000) ? String.format(Locale.ROOT, "%.3g", v)
                : String.format(Locale.ROOT, a < 1 ? "%.4f" : "%.2f", v);
    }
}
