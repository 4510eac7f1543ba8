package org.lonelyloop.model.params;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The calibration the build ships: the dispositions of the default Dutch population and what the
 * default world settles at, written by {@code lonelyloop calibrate --dispositions} into
 * {@value #RESOURCE} (a versioned file in sim-model's resources) and read once per process. A run
 * never fits its people to the CBS shares itself: that is this calibration step, done once for the
 * default world (docs/ODD.md 5 and 8).
 *
 * @param version             when and how the file was made
 * @param dispositions        the default dispositions
 * @param emotionalStart      mean settled emotional loneliness minus the set point, per band (logit):
 *                            where each agent starts, so the burn-in settles from near its balance
 * @param socialStart         the same for social loneliness
 * @param referenceLoneliness mean settled loneliness (0..1) per band of the default world: the reference
 *                            pathways centre on (an agent as lonely as its band's mean uses its baseline)
 */
public record Calibrated(String version, Dispositions dispositions, AgeProfile emotionalStart,
        AgeProfile socialStart, AgeProfile referenceLoneliness) {

    /** Where the shipped calibration lives on the class path. */
    public static final String RESOURCE = "/org/lonelyloop/model/nl-calibration.properties";

    private static final Calibrated SHIPPED = read();

    public static Calibrated shipped() {
        return SHIPPED;
    }

    private static Calibrated read() {
        Properties p = new Properties();
        try (InputStream in = Calibrated.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the build ships no calibration: " + RESOURCE + " is missing");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped calibration " + RESOURCE, e);
        }
        return parse(p);
    }

    /** A calibration from its properties (the format {@link #toProperties} writes). */
    public static Calibrated parse(Properties p) {
        Dispositions d = new Dispositions(profile(p, "emotionalMean"), profile(p, "emotionalSd"),
                profile(p, "socialMean"), profile(p, "socialSd"), number(p, "subscaleCorrelation"));
        return new Calibrated(p.getProperty("version", "unversioned"), d, profile(p, "emotionalStart"),
                profile(p, "socialStart"), profile(p, "referenceLoneliness"));
    }

    /** This calibration as the properties {@link #parse} reads, in a fixed order. */
    public String toProperties(String comment) {
        StringBuilder sb = new StringBuilder();
        for (String line : comment.split("\n")) {
            sb.append("# ").append(line).append('\n');
        }
        sb.append("version=").append(version).append('\n');
        line(sb, "emotionalMean", dispositions.emotionalMean());
        line(sb, "emotionalSd", dispositions.emotionalSd());
        line(sb, "socialMean", dispositions.socialMean());
        line(sb, "socialSd", dispositions.socialSd());
        sb.append("subscaleCorrelation=").append(round(dispositions.subscaleCorrelation())).append('\n');
        line(sb, "emotionalStart", emotionalStart);
        line(sb, "socialStart", socialStart);
        line(sb, "referenceLoneliness", referenceLoneliness);
        return sb.toString();
    }

    private static void line(StringBuilder sb, String key, AgeProfile values) {
        sb.append(key).append('=');
        double[] v = values.toArray();
        for (int g = 0; g < v.length; g++) {
            sb.append(g == 0 ? "" : ",").append(round(v[g]));
        }
        sb.append('\n');
    }

    private static String round(double v) {
        return Double.toString(Math.round(v * 1e5) / 1e5);
    }

    private static AgeProfile profile(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalStateException("the calibration has no " + key);
        }
        String[] parts = v.split(",");
        double[] out = new double[parts.length];
        for (int k = 0; k < parts.length; k++) {
            out[k] = Double.parseDouble(parts[k].trim());
        }
        return AgeProfile.of(out);
    }

    private static double number(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalStateException("the calibration has no " + key);
        }
        return Double.parseDouble(v.trim());
    }
}
