package org.lonelyloop.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lonelyloop.table.CsvTable;

/**
 * An odds ratio from cross-sectional data (a run's survey.csv, or any CSV with 0/1 outcomes): the
 * odds of an outcome among the exposed against the unexposed, by logistic regression
 * ({@link LogisticRegression}, Wald 95 % interval), optionally adjusted for covariates, as Primack
 * et al. (2017) reported depression by platform count adjusted for total time of use.
 */
public final class SurveyAnalysis {
    private static final Pattern CONDITION = Pattern.compile("\\s*([A-Za-z][A-Za-z0-9_.]*)\\s*(>=|<=|==|=|>|<)\\s*"
            + "(-?[0-9]+(?:\\.[0-9]+)?)\\s*");

    /** A condition on one column, such as {@code platforms>=7}. */
    public record Condition(String column, String op, double value) {
        /**
         * @throws IllegalArgumentException when the text is not COLUMN OP NUMBER
         */
        public static Condition parse(String text) {
            Matcher m = CONDITION.matcher(text);
            if (!m.matches()) {
                throw new IllegalArgumentException("'" + text + "' is not a condition: write COLUMN OP NUMBER with OP one "
                        + "of >= <= > < ==, e.g. platforms>=7");
            }
            return new Condition(m.group(1), m.group(2).equals("=") ? "==" : m.group(2), Double.parseDouble(m.group(3)));
        }

        boolean holds(double v) {
            switch (op) {
                case ">=": return v >= value;
                case "<=": return v <= value;
                case ">": return v > value;
                case "<": return v < value;
                default: return v == value;
            }
        }

        @Override
        public String toString() {
            return column + op + (value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value));
        }
    }

    /**
     * The estimate.
     *
     * @param exposedCases   outcome 1 among the exposed
     * @param unexposedCases outcome 1 among the unexposed
     */
    public record Result(double oddsRatio, double low, double high, int exposed, int exposedCases, int unexposed,
            int unexposedCases) {
    }

    private SurveyAnalysis() {
    }

    /**
     * @param unexposed null for "everyone not exposed"
     * @throws IllegalArgumentException a column is missing, an outcome is not 0/1, or the data cannot
     *                                  identify the model (the message says which)
     */
    public static Result estimate(Path file, String outcome, Condition exposed, Condition unexposed, List<String> adjust)
            throws IOException {
        CsvTable t = CsvTable.read(file);
        List<String> needed = new ArrayList<>(List.of(outcome, exposed.column()));
        if (unexposed != null) {
            needed.add(unexposed.column());
        }
        needed.addAll(adjust);
        for (String c : needed) {
            if (!t.has(c)) {
                throw new IllegalArgumentException(file + ": no column '" + c + "'; it has " + String.join(", ", t.header()));
            }
        }
        List<double[]> rows = new ArrayList<>();
        List<Boolean> ys = new ArrayList<>();
        int[] counts = new int[4];
        for (int r = 0; r < t.size(); r++) {
            boolean isExposed = exposed.holds(t.number(r, exposed.column()));
            boolean isUnexposed = unexposed == null ? !isExposed : unexposed.holds(t.number(r, unexposed.column()));
            if (isExposed == isUnexposed) {
                continue;
            }
            double y = t.number(r, outcome);
            if (y != 0 && y != 1) {
                throw new IllegalArgumentException(file + ", line " + (r + 2) + ": " + outcome + " must be 0 or 1, was "
                        + t.text(r, outcome));
            }
            double[] x = new double[1 + adjust.size()];
            x[0] = isExposed ? 1 : 0;
            for (int k = 0; k < adjust.size(); k++) {
                x[k + 1] = t.number(r, adjust.get(k));
            }
            rows.add(x);
            ys.add(y == 1);
            counts[isExposed ? 0 : 2]++;
            counts[isExposed ? 1 : 3] += y == 1 ? 1 : 0;
        }
        boolean[] y = new boolean[ys.size()];
        for (int k = 0; k < y.length; k++) {
            y[k] = ys.get(k);
        }
        LogisticRegression.Fit fit;
        try {
            fit = LogisticRegression.fit(rows.toArray(new double[0][]), y);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
        double[] ci = fit.oddsRatioInterval(0);
        return new Result(fit.oddsRatio(0), ci[0], ci[1], counts[0], counts[1], counts[2], counts[3]);
    }
}
