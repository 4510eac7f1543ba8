package org.lonelyloop.model.params;

import java.io.Serializable;
import java.util.Arrays;

/**
 * One value per {@link AgeGroup}, in band order (15-24 first, 75+ last). Written in scenario files
 * as a list of seven numbers.
 */
public final class AgeProfile implements Serializable {
    private static final long serialVersionUID = 1L;
    private final double[] values;

    private AgeProfile(double[] values) {
        if (values.length != AgeGroup.COUNT) {
            throw new IllegalArgumentException("an age profile needs " + AgeGroup.COUNT
                    + " values (15-24, 25-34, 35-44, 45-54, 55-64, 65-74, 75+), got " + values.length);
        }
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("age profile values must be finite numbers, got " + v);
            }
        }
        this.values = values.clone();
    }

    public static AgeProfile of(double... values) {
        return new AgeProfile(values);
    }

    /** The same value for every age group. */
    public static AgeProfile flat(double value) {
        double[] v = new double[AgeGroup.COUNT];
        Arrays.fill(v, value);
        return new AgeProfile(v);
    }

    public double get(int group) {
        return values[group];
    }

    public double get(AgeGroup group) {
        return values[group.ordinal()];
    }

    public double[] toArray() {
        return values.clone();
    }

    public double min() {
        return Arrays.stream(values).min().orElseThrow();
    }

    public double max() {
        return Arrays.stream(values).max().orElseThrow();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AgeProfile && Arrays.equals(values, ((AgeProfile) o).values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
