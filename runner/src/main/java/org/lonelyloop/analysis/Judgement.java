package org.lonelyloop.analysis;

import org.lonelyloop.scenario.Expectation;

/**
 * A stated prediction judged over replications. Each replication gives the measure in the scenario's
 * run and in what it is compared with (the same seeds); the prediction is judged on their
 * difference, with a 95 % t interval over replications: it passes when the interval lies wholly on
 * the predicted side (or within the stated range), fails when it lies wholly on the other side, and
 * is unclear otherwise. With one replication the interval is the point itself.
 *
 * @param expectation the prediction
 * @param n           replications
 * @param value       mean of the measure in the scenario's run
 * @param reference   mean of what it is compared with (0 when the value itself is judged)
 * @param difference  mean of value minus reference, per replication
 * @param low         lower end of the difference's 95 % interval
 * @param high        upper end
 * @param verdict     the outcome
 */
public record Judgement(Expectation expectation, int n, double value, double reference, double difference,
        double low, double high, Verdict verdict) {

    /** What the replications show. */
    public enum Verdict {
        /** The interval lies on the predicted side, or within the stated range. */
        PASS("pass"),
        /** The interval straddles the line: these replications cannot tell. */
        UNCLEAR("unclear"),
        /** The interval lies on the other side, or outside the stated range. */
        FAIL("fail");

        public final String word;

        Verdict(String word) {
            this.word = word;
        }
    }

    /**
     * Judges {@code e} from each replication's value and reference (all zeros when nothing is
     * compared).
     */
    public static Judgement of(Expectation e, double[] values, double[] references) {
        int n = values.length;
        if (n == 0 || references.length != n) {
            throw new IllegalArgumentException("one value and one reference per replication, at least one");
        }
        double[] d = new double[n];
        for (int r = 0; r < n; r++) {
            d[r] = values[r] - references[r];
        }
        double[] interval = MeanInterval.of(d);
        double mean = interval[0];
        // One replication has no interval: the point stands for it.
        double low = n > 1 ? interval[1] : mean;
        double high = n > 1 ? interval[2] : mean;
        return new Judgement(e, n, mean(values), mean(references), mean, low, high, verdict(e, low, high));
    }

    private static Verdict verdict(Expectation e, double low, double high) {
        if (Double.isNaN(low) || Double.isNaN(high)) {
            return Verdict.UNCLEAR;
        }
        switch (e.direction()) {
            case lower:
                return high < 0 ? Verdict.PASS : low > 0 ? Verdict.FAIL : Verdict.UNCLEAR;
            case higher:
                return low > 0 ? Verdict.PASS : high < 0 ? Verdict.FAIL : Verdict.UNCLEAR;
            default:
                double a = e.within().get(0);
                double b = e.within().get(1);
                return low >= a && high <= b ? Verdict.PASS : high < a || low > b ? Verdict.FAIL : Verdict.UNCLEAR;
        }
    }

    /** Whether this counts against the scenario: not passing where it was expected to. */
    public boolean failed() {
        return expectation.bornOut() && verdict != Verdict.PASS;
    }

    /** The verdict as a table shows it, noting predictions marked as not borne out. */
    public String shown() {
        if (expectation.bornOut()) {
            return verdict.word;
        }
        return verdict == Verdict.PASS ? "pass (marked bornOut: false)" : verdict.word + " (known: bornOut: false)";
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }
}
