package org.lonelyloop.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The models {@link RiClpm} fits, written as lavaan model syntax (Rosseel 2012), and an R script
 * that fits them to the same panel file: a methodologist can check every figure against the
 * reference implementation, or extend the model, without retyping it. The syntax is Hamaker et
 * al.'s (2015) RI-CLPM as lavaan's own tutorial writes it (unit loadings of each wave on the random
 * intercepts and on a within-person part, measurement error fixed at zero), the CLPM the same
 * without random intercepts.
 */
public final class LavaanSyntax {
    /** The script's first line, by which a rerun knows the file as its own. */
    public static final String FIRST_LINE = "# lonelyloop analyze panel: the models it fitted, in lavaan";

    private LavaanSyntax() {
    }

    /**
     * The model text.
     *
     * @param x     the name of X at each wave (use)
     * @param y     the name of Y at each wave (loneliness)
     */
    public static String model(RiClpm.Options o, List<String> x, List<String> y) {
        int waves = x.size();
        List<String> lines = new ArrayList<>();
        if (o.randomIntercepts()) {
            lines.add("RIx =~ " + String.join(" + ", x.stream().map(v -> "1*" + v).toList()));
            lines.add("RIy =~ " + String.join(" + ", y.stream().map(v -> "1*" + v).toList()));
            lines.add("RIx ~~ RIx");
            lines.add("RIy ~~ RIy");
            lines.add("RIx ~~ RIy");
        }
        for (int t = 1; t <= waves; t++) {
            lines.add("wx" + t + " =~ 1*" + x.get(t - 1));
            lines.add("wy" + t + " =~ 1*" + y.get(t - 1));
            lines.add(x.get(t - 1) + " ~~ 0*" + x.get(t - 1));
            lines.add(y.get(t - 1) + " ~~ 0*" + y.get(t - 1));
        }
        for (int t = 2; t <= waves; t++) {
            String suffix = o.lags() == RiClpm.Lags.INVARIANT ? "" : "." + t;
            lines.add(String.format(Locale.ROOT, "wx%d ~ aX%s*wx%d + bXY%s*wy%d", t, suffix, t - 1, suffix, t - 1));
            lines.add(String.format(Locale.ROOT, "wy%d ~ bYX%s*wx%d + aY%s*wy%d", t, suffix, t - 1, suffix, t - 1));
            lines.add("wx" + t + " ~~ wy" + t);
            lines.add("wx" + t + " ~~ wx" + t);
            lines.add("wy" + t + " ~~ wy" + t);
        }
        lines.add("wx1 ~~ wy1");
        lines.add("wx1 ~~ wx1");
        lines.add("wy1 ~~ wy1");
        if (o.randomIntercepts()) {
            lines.add("RIx + RIy ~~ 0*wx1 + 0*wy1");
        }
        return String.join("\n", lines) + "\n";
    }

    /**
     * An R script fitting each of these models of active and passive use with loneliness to the panel
     * file, as {@link RiClpm} did: maximum likelihood, free means, and full information or complete
     * cases as the fit did.
     *
     * @param panelFile the panel in long format (its absolute path is written into the script)
     * @param waves     the wave numbers of the file, in order
     */
    public static String script(String panelFile, List<Integer> waves, List<RiClpm.Options> models) {
        StringBuilder b = new StringBuilder(FIRST_LINE).append('\n');
        b.append("# Run with: Rscript <this file>   (needs R with lavaan; Debian: r-cran-lavaan)\n");
        b.append("# The parameter labels are lonelyloop's: aX, aY autoregressions; bYX use -> later loneliness;\n");
        b.append("# bXY loneliness -> later use (a suffix .t: the lag into wave t, counted from 1).\n");
        b.append("library(lavaan)\n");
        b.append("panel <- read.csv(\"").append(panelFile.replace("\\", "/").replace("\"", "\\\""))
                .append("\")\n");
        b.append("wide <- reshape(panel[, c(\"id\", \"wave\", \"lonelinessScore\", \"activeHours\", \"passiveHours\")],\n");
        b.append("                idvar = \"id\", timevar = \"wave\", direction = \"wide\")\n");
        List<String> loneliness = waves.stream().map(w -> "lonelinessScore." + w).toList();
        for (RiClpm.Options o : models) {
            for (String use : List.of("active", "passive")) {
                List<String> x = waves.stream().map(w -> use + "Hours." + w).toList();
                String name = (o.randomIntercepts() ? "riclpm" : "clpm") + (o.lags() == RiClpm.Lags.FREE ? "_free" : "")
                        + "_" + use;
                b.append('\n').append("# ").append(o.estimator()).append(", ").append(use).append(" use (X) with loneliness (Y)")
                        .append('\n');
                b.append(name).append(" <- '\n").append(model(o, x, loneliness)).append("'\n");
                b.append("fit <- lavaan(").append(name).append(", data = wide, estimator = \"ML\", missing = \"")
                        .append(o.missing() == RiClpm.MissingWaves.FIML ? "ml" : "listwise")
                        .append("\", meanstructure = TRUE,\n")
                        .append("              int.ov.free = TRUE, int.lv.free = FALSE, auto.var = FALSE)\n");
                b.append("summary(fit, standardized = TRUE, fit.measures = TRUE)\n");
            }
        }
        return b.toString();
    }
}
