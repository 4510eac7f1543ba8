package org.lonelyloop.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.lonelyloop.output.CsvTable;

/**
 * Cross-lagged analysis of a panel in long format (panel.csv, or a real study's data in the same
 * columns): for active and for passive use, the within-person effect of use on later loneliness
 * and of loneliness on later use, and the between-person correlation, each with a cluster-bootstrap
 * 95 % interval ({@link CrossLaggedPanel}). Loneliness is the De Jong Gierveld score, use the
 * self-reported hours of the past week, both as the panel recorded them.
 */
public final class PanelAnalysis {
    /** Columns the file must have. */
    public static final List<String> COLUMNS = List.of("id", "wave", "lonelinessScore", "activeHours", "passiveHours");

    /**
     * One estimate.
     *
     * @param use     {@code active} or {@code passive}
     * @param effect  {@code useToLoneliness}, {@code lonelinessToUse} or {@code between}
     * @param persons persons with at least two waves
     */
    public record Row(String use, String effect, double estimate, double low, double high, int persons) {
    }

    /** The panel's shape, for the report. */
    public record Shape(int persons, int waves, int atLastWave) {
    }

    private final double[][] loneliness;
    private final double[][] active;
    private final double[][] passive;
    private final Shape shape;

    private PanelAnalysis(double[][] loneliness, double[][] active, double[][] passive, Shape shape) {
        this.loneliness = loneliness;
        this.active = active;
        this.passive = passive;
        this.shape = shape;
    }

    /**
     * Reads a panel in long format.
     *
     * @throws IOException              the file cannot be read or is not CSV
     * @throws IllegalArgumentException a column is missing or a value is not a number (the message names it)
     */
    public static PanelAnalysis read(Path file) throws IOException {
        CsvTable t = CsvTable.read(file);
        for (String c : COLUMNS) {
            if (!t.has(c)) {
                throw new IllegalArgumentException(file + ": no column '" + c + "' (a panel needs " + String.join(", ",
                        COLUMNS) + ")");
            }
        }
        TreeMap<Long, Integer> persons = new TreeMap<>();
        int waves = 0;
        for (int r = 0; r < t.size(); r++) {
            long id = whole(t, r, "id", file);
            int wave = (int) whole(t, r, "wave", file);
            if (wave < 0) {
                throw new IllegalArgumentException(file + ", line " + (r + 2) + ": wave must be 0 or more, was " + wave);
            }
            persons.putIfAbsent(id, persons.size());
            waves = Math.max(waves, wave + 1);
        }
        // Persons in order of id, so the bootstrap sees the same clusters whatever the row order.
        int k = 0;
        for (Long id : persons.keySet()) {
            persons.put(id, k++);
        }
        double[][] y = filled(persons.size(), waves);
        double[][] a = filled(persons.size(), waves);
        double[][] p = filled(persons.size(), waves);
        int atLast = 0;
        for (int r = 0; r < t.size(); r++) {
            int person = persons.get(whole(t, r, "id", file));
            int wave = (int) whole(t, r, "wave", file);
            y[person][wave] = t.number(r, "lonelinessScore");
            a[person][wave] = t.number(r, "activeHours");
            p[person][wave] = t.number(r, "passiveHours");
            atLast += wave == waves - 1 ? 1 : 0;
        }
        return new PanelAnalysis(y, a, p, new Shape(persons.size(), waves, atLast));
    }

    private static long whole(CsvTable t, int r, String column, Path file) {
        String v = t.text(r, column);
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ", line " + (r + 2) + ": " + column + " must be a whole number, was '"
                    + v + "'");
        }
    }

    private static double[][] filled(int persons, int waves) {
        double[][] m = new double[persons][waves];
        for (double[] row : m) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        return m;
    }

    public Shape shape() {
        return shape;
    }

    /** Every estimate, active use first. */
    public List<Row> estimate(int bootstrap, long seed) {
        List<Row> out = new ArrayList<>();
        for (String use : List.of("active", "passive")) {
            CrossLaggedPanel.Result r = CrossLaggedPanel.estimate(use.equals("active") ? active : passive, loneliness,
                    bootstrap, seed);
            out.add(row(use, "useToLoneliness", r.useToLoneliness(), r.persons()));
            out.add(row(use, "lonelinessToUse", r.lonelinessToUse(), r.persons()));
            out.add(row(use, "between", r.between(), r.persons()));
        }
        return out;
    }

    private static Row row(String use, String effect, CrossLaggedPanel.Estimate e, int persons) {
        return new Row(use, effect, e.value(), e.low(), e.high(), persons);
    }

    /** A row's effect in words. */
    public static String describe(Row r) {
        String use = r.use() + " use";
        switch (r.effect()) {
            case "useToLoneliness": return use + " -> later loneliness (within person)";
            case "lonelinessToUse": return "loneliness -> later " + use + " (within person)";
            default: return String.format(Locale.ROOT, "r(%s, loneliness) between persons", use);
        }
    }
}
