package org.lonelyloop.analysis;

import java.util.List;
import java.util.Locale;

/**
 * A targets file: empirical figures to hold the model to, each with its source, the simulated
 * measure that corresponds to it, a tolerance, and why that tolerance (scenarios/targets/nl.yaml).
 *
 * @param name         short name
 * @param description  what the figures describe
 * @param scenario     the scenario to run, a bundled name or a path relative to the targets file
 * @param agents       agents per run
 * @param years        recorded years per run
 * @param replications runs averaged (seeds from the scenario's seed upward)
 * @param trial        a scenario with an experiment.trial, run as it stands for the trial measures
 *                     (bundled name or path), or null
 * @param events       a scenario run as it stands for the event-study measures (bundled name or path),
 *                     or null: partner changes at its rates and its scripted moves and losses are
 *                     followed against matched people (study.EventStudy)
 * @param targets      the figures
 */
public record Targets(String name, String description, String scenario, int agents, int years, int replications,
        String trial, String events, List<Target> targets) {

    /**
     * One figure.
     *
     * @param measure   a measure of {@code CalibrationStudy.measureNames()} (docs/research.md lists them)
     * @param value     the empirical figure
     * @param tolerance how far the simulated value may be
     * @param source    where the figure comes from
     * @param why       why that tolerance
     */
    public record Target(String measure, double value, Tolerance tolerance, String source, String why) {
    }

    /**
     * Exactly one of: {@code absolute} (value +- absolute), {@code factor} (value / factor .. value *
     * factor), or {@code min} and {@code max}.
     */
    public record Tolerance(Double absolute, Double factor, Double min, Double max) {
        public boolean accepts(double target, double simulated) {
            if (Double.isNaN(simulated)) {
                return false;
            }
            if (absolute != null) {
                return Math.abs(simulated - target) <= absolute;
            }
            if (factor != null) {
                return simulated >= target / factor && simulated <= target * factor;
            }
            return (min == null || simulated >= min) && (max == null || simulated <= max);
        }

        /** The accepted interval, for the table. */
        public String describe(double target) {
            if (absolute != null) {
                return String.format(Locale.ROOT, "%.3g +- %.3g", target, absolute);
            }
            if (factor != null) {
                return String.format(Locale.ROOT, "%.3g .. %.3g", target / factor, target * factor);
            }
            return String.format(Locale.ROOT, "%s .. %s", min == null ? "-inf" : String.format(Locale.ROOT, "%.3g", min),
                    max == null ? "inf" : String.format(Locale.ROOT, "%.3g", max));
        }

        /** A problem with this tolerance, or null if it is well formed. */
        public String problem() {
            int kinds = (absolute != null ? 1 : 0) + (factor != null ? 1 : 0) + (min != null || max != null ? 1 : 0);
            if (kinds != 1) {
                return "give exactly one of absolute, factor, or min/max";
            }
            if (absolute != null && !(absolute >= 0)) {
                return "absolute must not be negative";
            }
            if (factor != null && !(factor >= 1)) {
                return "factor must be at least 1";
            }
            if (min != null && max != null && min > max) {
                return "min must not exceed max";
            }
            return null;
        }
    }
}
