package org.lonelyloop.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.lonelyloop.table.CsvTable;

/**
 * Cross-lagged analysis of a panel in long format (panel.csv, or a real study's data in the same
 * columns): for active and for passive use, the within-person effect of use on later loneliness
 * and of loneliness on later use, by three estimators side by side: the random-intercept
 * cross-lagged panel model ({@link RiClpm}, maximum likelihood, Wald intervals), the classic
 * cross-lagged panel model (the same without random intercepts), and person-mean centring with a
 * cluster bootstrap ({@link CrossLaggedPanel}, which also gives the between-person correlation).
 * Loneliness is the De Jong Gierveld score, use the self-reported hours of the past week, both as
 * the panel recorded them. The likelihood models use everyone seen at least once, by full
 * information (or, on request, only those seen at every wave); fixed effects, everyone seen twice.
 */
public final class PanelAnalysis {
    /** Columns the file must have. */
    public static final List<String> COLUMNS = List.of("id", "wave", "lonelinessScore", "activeHours", "passiveHours");

    /** The estimators, in the order their rows are written. */
    public static final List<String> ESTIMATORS = List.of("RI-CLPM", "CLPM", "fixed-effects");

    /**
     * One estimate.
     *
     * @param estimator {@code RI-CLPM}, {@code CLPM} or {@code fixed-effects}
     * @param use       {@code active} or {@code passive}
     * @param effect    {@code useToLoneliness}, {@code lonelinessToUse} or {@code between}
     * @param estimate  standardised (the likelihood models: std.all averaged over waves; fixed
     *                  effects: on pooled within-person SDs; between: a correlation)
     * @param low       lower end of the 95 % interval, same scale
     * @param high      upper end
     * @param persons   persons the estimator used (every wave for the likelihood models, at least
     *                  two for fixed effects)
     * @param note      why an estimator gave no estimate, or empty
     */
    public record Row(String estimator, String use, String effect, double estimate, double low, double high,
            int persons, String note) {
    }

    /** The panel's shape, for the report. */
    public record Shape(int persons, int waves, int atLastWave) {
    }

    private final double[][] loneliness;
    private final double[][] active;
    private final double[][] passive;
    private final Shape shape;
    private final long[] ids;

    private PanelAnalysis(double[][] loneliness, double[][] active, double[][] passive, Shape shape, long[] ids) {
        this.loneliness = loneliness;
        this.active = active;
        this.passive = passive;
        this.shape = shape;
        this.ids = ids;
    }

    /** The persons' ids, in the order the estimators see them. */
    public long[] ids() {
        return ids.clone();
    }

    /** The RI-CLPM (lags equal across waves) of active or passive use with loneliness. */
    public RiClpm.Fit riClpm(String use) {
        return RiClpm.fit(use.equals("active") ? active : passive, loneliness, RiClpm.Options.riClpm());
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
        if (t.size() == 0) {
            throw new IllegalArgumentException(file + ": holds a header and no rows; a panel needs a row per person "
                    + "and wave");
        }
        TreeMap<Long, Integer> persons = new TreeMap<>();
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        int waves = 0;
        for (int r = 0; r < t.size(); r++) {
            long id = whole(t, r, "id", file);
            int wave = (int) whole(t, r, "wave", file);
            if (wave < 0) {
                throw new IllegalArgumentException(file + ", line " + (r + 2) + ": wave must be 0 or more, was " + wave);
            }
            Integer first = seen.putIfAbsent(id + "/" + wave, r + 2);
            if (first != null) {
                throw new IllegalArgumentException(file + ", line " + (r + 2) + ": person " + id + " at wave " + wave
                        + " appears a second time (first on line " + first + ")");
            }
            for (String c : List.of("lonelinessScore", "activeHours", "passiveHours")) {
                finite(t, r, c, file);
            }
            persons.putIfAbsent(id, persons.size());
            waves = Math.max(waves, wave + 1);
        }
        if (waves < 2) {
            throw new IllegalArgumentException(file + ": every row is wave " + (waves - 1) + "; cross-lagged effects "
                    + "need at least two waves (the RI-CLPM three)");
        }
        for (String c : List.of("lonelinessScore", "activeHours", "passiveHours")) {
            double[] v = t.numbers(c);
            if (java.util.Arrays.stream(v).distinct().count() == 1) {
                throw new IllegalArgumentException(file + ": column " + c + " is " + v[0] + " in every row; a "
                        + "constant has no effect to estimate");
            }
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
        long[] ids = persons.keySet().stream().mapToLong(Long::longValue).toArray();
        return new PanelAnalysis(y, a, p, new Shape(persons.size(), waves, atLast), ids);
    }

    /** A cell that must hold a whole number; the message names file, line and column. */
    static long whole(CsvTable t, int r, String column, Path file) {
        String v = t.text(r, column);
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ", line " + (r + 2) + ": " + column + " must be a whole number, was '"
                    + v + "'");
        }
    }

    /** A cell that must hold a finite number, which it returns; the message names file, line and column. */
    static double finite(CsvTable t, int r, String column, Path file) {
        String v = t.text(r, column).strip();
        String where = file + ", line " + (r + 2) + ", column " + (t.header().indexOf(column) + 1) + " (" + column + ")";
        if (v.isEmpty() || v.equals("NA")) {
            throw new IllegalArgumentException(where + ": is empty; every row needs a value (leave out the rows of "
                    + "waves a person missed)");
        }
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": '" + v + "' is not a number");
        }
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException(where + ": '" + v + "' is not a finite number");
        }
        return d;
    }

    /** A persons-by-waves matrix of NaN (missing). */
    static double[][] filled(int persons, int waves) {
        double[][] m = new double[persons][waves];
        for (double[] row : m) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        return m;
    }

    public Shape shape() {
        return shape;
    }

    /** Every estimate: by estimator (RI-CLPM, CLPM, fixed effects), active use first; lags equal across waves. */
    public List<Row> estimate(int bootstrap, long seed) {
        return estimate(bootstrap, seed, models(RiClpm.Lags.INVARIANT, RiClpm.MissingWaves.FIML));
    }

    /**
     * A likelihood model fitted to one use with loneliness, or why it could not be.
     *
     * @param fit   the fit, or null
     * @param error why there is none, or empty
     */
    public record Model(String estimator, String use, RiClpm.Fit fit, String error) {
    }

    /** The RI-CLPM and the CLPM of active and of passive use with loneliness, in that order. */
    public List<Model> models(RiClpm.Lags lags, RiClpm.MissingWaves missing) {
        List<Model> out = new ArrayList<>();
        for (RiClpm.Options o : List.of(new RiClpm.Options(true, lags, missing), new RiClpm.Options(false, lags, missing))) {
            for (String use : List.of("active", "passive")) {
                try {
                    out.add(new Model(o.estimator(), use, RiClpm.fit(use.equals("active") ? active : passive,
                            loneliness, o), ""));
                } catch (IllegalArgumentException e) {
                    out.add(new Model(o.estimator(), use, null, e.getMessage()));
                }
            }
        }
        return out;
    }

    /**
     * Every estimate, the likelihood models' from {@code models}; with free lags they give one row
     * per lag and wave, the effect named with the wave it leads into ({@code useToLoneliness.3}: wave
     * 2 to 3, waves counted from 1).
     */
    public List<Row> estimate(int bootstrap, long seed, List<Model> models) {
        List<Row> out = new ArrayList<>();
        for (Model m : models) {
            if (m.fit() == null) {
                for (String effect : List.of("useToLoneliness", "lonelinessToUse")) {
                    out.add(new Row(m.estimator(), m.use(), effect, Double.NaN, Double.NaN, Double.NaN, 0, m.error()));
                }
                continue;
            }
            RiClpm.Fit fit = m.fit();
            boolean free = fit.options().lags() == RiClpm.Lags.FREE;
            for (int k = 0; k < (free ? fit.waves() - 1 : 1); k++) {
                String wave = free ? "." + (k + 2) : "";
                out.add(standardised(m.estimator(), m.use(), "useToLoneliness" + wave, fit.get("bYX" + wave),
                        fit.persons()));
                out.add(standardised(m.estimator(), m.use(), "lonelinessToUse" + wave, fit.get("bXY" + wave),
                        fit.persons()));
            }
        }
        for (String use : List.of("active", "passive")) {
            if (shape.waves() < 3) {
                // With two waves each person's centred series is a mirror image: every lag is 0 +- 0.
                for (String effect : List.of("useToLoneliness", "lonelinessToUse", "between")) {
                    out.add(new Row("fixed-effects", use, effect, Double.NaN, Double.NaN, Double.NaN, 0,
                            "person-mean centring needs at least 3 waves, the panel has " + shape.waves()));
                }
                continue;
            }
            CrossLaggedPanel.Result r = CrossLaggedPanel.estimate(use.equals("active") ? active : passive, loneliness,
                    bootstrap, seed);
            out.add(row(use, "useToLoneliness", r.useToLoneliness(), r.persons()));
            out.add(row(use, "lonelinessToUse", r.lonelinessToUse(), r.persons()));
            out.add(row(use, "between", r.between(), r.persons()));
        }
        return out;
    }

    /** A likelihood model's lag on the standardised scale, its Wald interval scaled alike. */
    private static Row standardised(String estimator, String use, String effect, RiClpm.Parameter p, int persons) {
        return new Row(estimator, use, effect, p.standardized(), p.standardizedLow(), p.standardizedHigh(), persons, "");
    }

    private static Row row(String use, String effect, CrossLaggedPanel.Estimate e, int persons) {
        return new Row("fixed-effects", use, effect, e.value(), e.low(), e.high(), persons, "");
    }

    /** A row's effect in words. */
    public static String describe(Row r) {
        String use = r.use() + " use";
        int dot = r.effect().indexOf('.');
        String effect = dot < 0 ? r.effect() : r.effect().substring(0, dot);
        String wave = dot < 0 ? "" : ", into wave " + r.effect().substring(dot + 1);
        switch (effect) {
            case "useToLoneliness": return use + " -> later loneliness (within person" + wave + ")";
            case "lonelinessToUse": return "loneliness -> later " + use + " (within person" + wave + ")";
            default: return String.format(Locale.ROOT, "r(%s, loneliness) between persons", use);
        }
    }
}
