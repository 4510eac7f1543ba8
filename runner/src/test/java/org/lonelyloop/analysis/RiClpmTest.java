package org.lonelyloop.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The RI-CLPM and CLPM agree with lavaan 0.6 (the reference implementation) to three decimals on
 * panels simulated with known lags (fixtures made by src/test/resources/riclpm/make-fixtures.R).
 */
class RiClpmTest {
    private static List<String[]> csv(String name) throws IOException {
        try (InputStream in = RiClpmTest.class.getResourceAsStream("/riclpm/" + name)) {
            List<String[]> rows = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                rows.add(lines[i].replace("\"", "").split(","));
            }
            return rows;
        }
    }

    /** x and y as [person][wave] from the long panel. */
    private static double[][][] panel(int k) throws IOException {
        List<String[]> rows = csv("panel-" + k + ".csv");
        int persons = 0;
        int waves = 0;
        for (String[] r : rows) {
            persons = Math.max(persons, Integer.parseInt(r[0]));
            waves = Math.max(waves, Integer.parseInt(r[1]));
        }
        double[][] x = new double[persons][waves];
        double[][] y = new double[persons][waves];
        for (String[] r : rows) {
            x[Integer.parseInt(r[0]) - 1][Integer.parseInt(r[1]) - 1] = Double.parseDouble(r[2]);
            y[Integer.parseInt(r[0]) - 1][Integer.parseInt(r[1]) - 1] = Double.parseDouble(r[3]);
        }
        return new double[][][] {x, y};
    }

    private static RiClpm.Options options(String model) {
        return switch (model) {
            case "RI-CLPM" -> RiClpm.Options.riClpm();
            case "RI-CLPM (free lags)" -> new RiClpm.Options(true, RiClpm.Lags.FREE);
            case "CLPM" -> RiClpm.Options.clpm();
            default -> throw new IllegalArgumentException(model);
        };
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void estimatesStandardErrorsAndStandardisedLagsAgreeWithLavaanToThreeDecimals(int k) throws IOException {
        double[][][] p = panel(k);
        Map<String, RiClpm.Fit> fits = new LinkedHashMap<>();
        Map<String, double[]> stdSums = new LinkedHashMap<>();
        int checked = 0;
        for (String[] r : csv("lavaan-" + k + ".csv")) {
            String model = r[0];
            RiClpm.Fit fit = fits.computeIfAbsent(model, m -> RiClpm.fit(p[0], p[1], options(m)));
            String parameter = r[1];
            int wave = Integer.parseInt(r[2]);
            double estimate = Double.parseDouble(r[3]);
            if (parameter.equals("chiSquare")) {
                assertEquals(estimate, fit.chiSquare(), 1e-3 * Math.max(1, estimate), model + " chi-square");
                continue;
            }
            boolean free = model.contains("free") && parameter.matches("[ab][XY]+");
            String name = free ? parameter + "." + wave : parameter;
            RiClpm.Parameter ours = fit.get(name);
            String what = model + " " + name + " (fixture " + k + ")";
            assertEquals(estimate, ours.estimate(), 1e-4, what + " estimate");
            assertEquals(Double.parseDouble(r[4]), ours.se(), 1e-4, what + " standard error");
            if (!r[5].equals("NA")) {
                if (free) {
                    assertEquals(Double.parseDouble(r[5]), ours.standardized(), 1e-4, what + " std.all");
                } else {
                    double[] s = stdSums.computeIfAbsent(model + " " + name, n -> new double[2]);
                    s[0] += Double.parseDouble(r[5]);
                    s[1]++;
                }
            }
            checked++;
        }
        for (Map.Entry<String, double[]> e : stdSums.entrySet()) {
            String[] mn = e.getKey().split(" (?=[ab][XY]+$)");
            double lavaanMean = e.getValue()[0] / e.getValue()[1];
            assertEquals(lavaanMean, fits.get(mn[0]).get(mn[1]).standardized(), 1e-4,
                    e.getKey() + " std.all averaged over waves");
        }
        assertTrue(checked >= 20, "the fixture was read: " + checked + " parameters compared");
    }

    /** x and y as [person][wave] from a long panel whose missed waves have no row (NaN here). */
    private static double[][][] panelWithGaps(String name, int persons, int waves) throws IOException {
        double[][] x = new double[persons][waves];
        double[][] y = new double[persons][waves];
        for (double[] row : x) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        for (double[] row : y) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        for (String[] r : csv(name)) {
            x[Integer.parseInt(r[0]) - 1][Integer.parseInt(r[1]) - 1] = Double.parseDouble(r[2]);
            y[Integer.parseInt(r[0]) - 1][Integer.parseInt(r[1]) - 1] = Double.parseDouble(r[3]);
        }
        return new double[][][] {x, y};
    }

    /**
     * Every figure the full output reports, against lavaan (make-fiml-fixtures.R): each parameter's
     * estimate, standard error, z, p and std.all, and the fit measures, by full information on a
     * five-wave panel of 2,000 in which a tenth leave at each wave (the lonelier more often), on its
     * complete cases, and on a complete panel.
     */
    @ParameterizedTest
    @ValueSource(strings = {"attrition", "1"})
    void everyReportedFigureAgreesWithLavaanToThreeDecimals(String fixture) throws IOException {
        double[][][] p = fixture.equals("1") ? panel(1) : panelWithGaps("panel-attrition.csv", 2000, 5);
        Map<String, RiClpm.Fit> fits = new LinkedHashMap<>();
        Map<String, double[]> stdSums = new LinkedHashMap<>();
        int checked = 0;
        for (String[] r : csv("full-" + fixture + ".csv")) {
            RiClpm.Fit fit = fits.computeIfAbsent(r[0] + " " + r[1], key -> fitOf(p, r[0], r[1]));
            RiClpm.Parameter ours = fit.get(r[2]);
            String what = r[0] + " (" + r[1] + ") " + r[2] + " wave " + r[3];
            assertEquals(Double.parseDouble(r[4]), ours.estimate(), 5e-4, what + " estimate");
            assertEquals(Double.parseDouble(r[5]), ours.se(), 5e-4, what + " standard error");
            assertEquals(Double.parseDouble(r[6]), ours.z(), 5e-3 * Math.max(1, Math.abs(ours.z())), what + " z");
            assertEquals(Double.parseDouble(r[7]), ours.p(), 5e-4, what + " p");
            if (r[2].matches("[ab][XY]+")) {
                double[] s = stdSums.computeIfAbsent(r[0] + " " + r[1] + "|" + r[2], n -> new double[2]);
                s[0] += Double.parseDouble(r[8]);
                s[1]++;
            } else {
                assertEquals(Double.parseDouble(r[8]), ours.standardized(), 5e-4, what + " std.all");
            }
            checked++;
        }
        for (Map.Entry<String, double[]> e : stdSums.entrySet()) {
            String[] at = e.getKey().split("\\|");
            assertEquals(e.getValue()[0] / e.getValue()[1], fits.get(at[0]).get(at[1]).standardized(), 5e-4,
                    e.getKey() + " std.all averaged over waves");
        }
        for (String[] r : csv("fit-" + fixture + ".csv")) {
            RiClpm.Fit fit = fits.get(r[0] + " " + r[1]);
            double lavaan = Double.parseDouble(r[3]);
            String what = r[0] + " (" + r[1] + ") " + r[2];
            RiClpm.Quality q = fit.quality();
            double ours = switch (r[2]) {
                case "ntotal" -> fit.persons();
                case "logl" -> fit.logLikelihood();
                case "unrestricted.logl" -> q.saturatedLogLikelihood();
                case "chisq" -> fit.chiSquare();
                case "df" -> fit.degreesOfFreedom();
                case "pvalue" -> q.pValue();
                case "baseline.chisq" -> q.baselineChiSquare();
                case "baseline.df" -> q.baselineDegreesOfFreedom();
                case "cfi" -> q.cfi();
                case "rmsea" -> q.rmsea();
                case "srmr" -> q.srmr();
                default -> throw new IllegalArgumentException(r[2]);
            };
            assertEquals(lavaan, ours, 5e-4 * Math.max(1, Math.abs(lavaan) / 1000), what);
            checked++;
        }
        assertTrue(checked > 80, "the fixtures were read: " + checked + " figures compared");
    }

    private static RiClpm.Fit fitOf(double[][][] p, String model, String missing) {
        RiClpm.Options o = model.equals("CLPM") ? RiClpm.Options.clpm() : RiClpm.Options.riClpm();
        RiClpm.Fit fit = RiClpm.fit(p[0], p[1], o.with(missing.equals("ml") ? RiClpm.MissingWaves.FIML
                : RiClpm.MissingWaves.COMPLETE_CASES));
        assertEquals(missing.equals("ml"), fit.fullInformation(), model + " " + missing);
        return fit;
    }

    @Test
    void theRandomInterceptsKeepStableDifferencesOutOfTheLagsWhereTheClassicModelDoesNot() {
        // Stable between-person differences and no within-person lag at all.
        SplittableRandom r = new SplittableRandom(7);
        int n = 3000;
        int waves = 6;
        double[][] x = new double[n][waves];
        double[][] y = new double[n][waves];
        for (int p = 0; p < n; p++) {
            double common = gaussian(r);
            double rx = common + 0.5 * gaussian(r);
            double ry = common + 0.5 * gaussian(r);
            for (int t = 0; t < waves; t++) {
                x[p][t] = rx + gaussian(r);
                y[p][t] = ry + gaussian(r);
            }
        }
        RiClpm.Parameter ri = RiClpm.fit(x, y, RiClpm.Options.riClpm()).get("bYX");
        RiClpm.Parameter classic = RiClpm.fit(x, y, RiClpm.Options.clpm()).get("bYX");
        assertTrue(ri.low() < 0 && ri.high() > 0, "RI-CLPM finds no lag: " + ri);
        assertTrue(classic.low() > 0.1, "the CLPM mistakes the stable association for a lag: " + classic);
    }

    @Test
    void tooFewWavesOrPersonsAreRefusedWithTheReason() {
        double[][] two = new double[100][2];
        IllegalArgumentException waves = assertThrows(IllegalArgumentException.class,
                () -> RiClpm.fit(two, two, RiClpm.Options.riClpm()));
        assertTrue(waves.getMessage().contains("needs at least 3 waves, the panel has 2"), waves.getMessage());
        double[][] few = new double[10][5];
        IllegalArgumentException persons = assertThrows(IllegalArgumentException.class,
                () -> RiClpm.fit(few, few, RiClpm.Options.riClpm()));
        assertTrue(persons.getMessage().contains("needs at least 23 persons, the panel has 10"), persons.getMessage());
        double[][] gaps = new double[30][5];
        for (double[] row : gaps) {
            row[4] = Double.NaN;
        }
        IllegalArgumentException complete = assertThrows(IllegalArgumentException.class,
                () -> RiClpm.fit(gaps, gaps, RiClpm.Options.riClpm().with(RiClpm.MissingWaves.COMPLETE_CASES)));
        assertTrue(complete.getMessage().contains("persons seen at every wave, the panel has 0"), complete.getMessage());
    }

    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
