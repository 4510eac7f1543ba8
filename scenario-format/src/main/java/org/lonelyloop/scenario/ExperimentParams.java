package org.lonelyloop.scenario;

import java.util.ArrayList;
import java.util.List;
import org.lonelyloop.model.params.CrossChecked;
import org.lonelyloop.model.params.Range;
import org.lonelyloop.model.params.Violation;

/**
 * How a scenario is run as an experiment: how many replications (seeds), and which values to sweep
 * (full factorial over every {@link Variation}).
 *
 * @param replications runs per parameter point, with seeds derived from the scenario's seed
 * @param vary         parameters to sweep and their values
 * @param trial        a simulated randomised trial, run by 'lonelyloop trial'
 */
public record ExperimentParams(
        @Range(min = 1, max = ExperimentParams.MAX_REPLICATIONS, unit = "runs per point") int replications,
        List<Variation> vary,
        TrialParams trial) implements CrossChecked, java.io.Serializable {
    /** The most runs per parameter point a scenario or --replications may ask for. */
    public static final int MAX_REPLICATIONS = 100_000;

    public ExperimentParams {
        vary = vary == null ? null : List.copyOf(vary);
    }

    /**
     * One swept parameter.
     *
     * @param key    key path, as with --set (e.g. pathways.compensation.strength)
     * @param values the values, written as in a scenario file
     */
    public record Variation(String key, List<String> values) implements java.io.Serializable {
        public Variation {
            values = values == null ? null : List.copyOf(values);
        }

        /**
         * A value listed more than once (numbers compared as numbers, so 100 and 100.0 are one
         * value), or null.
         */
        public String repeatedValue() {
            java.util.Set<Object> seen = new java.util.HashSet<>();
            for (String value : values) {
                if (!seen.add(comparable(value))) {
                    return value;
                }
            }
            return null;
        }

        private static Object comparable(String value) {
            String v = value.strip();
            try {
                return Double.valueOf(Double.parseDouble(v) + 0.0);
            } catch (NumberFormatException notANumber) {
                return v;
            }
        }
    }

    public static ExperimentParams defaults() {
        return new ExperimentParams(1, List.of(), TrialParams.defaults());
    }

    /** Parameter points of the full-factorial sweep (one empty point when nothing varies). */
    public int points() {
        int n = 1;
        for (Variation v : vary) {
            n *= v.values().size();
        }
        return n;
    }

    @Override
    public List<Violation> crossCheck() {
        List<Violation> out = new ArrayList<>();
        if (vary == null) {
            return out;
        }
        for (int k = 0; k < vary.size(); k++) {
            Variation v = vary.get(k);
            if (v.key() == null || v.key().isBlank()) {
                out.add(new Violation("vary[" + k + "].key", "names the parameter to sweep, e.g. pathways.compensation.strength"));
            }
            if (v.values() == null || v.values().isEmpty()) {
                out.add(new Violation("vary[" + k + "].values", "needs at least one value"));
            } else {
                String twice = v.repeatedValue();
                if (twice != null) {
                    out.add(new Violation("vary[" + k + "].values", "lists " + twice + " twice; each value is one point "
                            + "of the sweep"));
                }
            }
        }
        return out;
    }
}
