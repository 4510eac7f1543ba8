package org.lonelyloop.model.params;

import java.io.Serializable;

/**
 * An amount of time within a day, in minutes. Written in scenario files as {@code 90m} or
 * {@code 2h} (also {@code 1.5h}).
 */
public record Minutes(double value) implements Serializable {
    public static final double PER_DAY = 24 * 60;

    public Minutes {
        if (!(value >= 0 && value <= PER_DAY)) {
            throw new IllegalArgumentException("minutes in a day must be between 0 and 1440, was " + value);
        }
    }

    public static Minutes of(double value) {
        return new Minutes(value);
    }

    public static Minutes hours(double hours) {
        return new Minutes(hours * 60);
    }

    /** Parses {@code <number>m} or {@code <number>h}. */
    public static Minutes parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
        double factor;
        String number;
        if (t.endsWith("min")) {
            factor = 1;
            number = t.substring(0, t.length() - 3);
        } else if (t.endsWith("m")) {
            factor = 1;
            number = t.substring(0, t.length() - 1);
        } else if (t.endsWith("h")) {
            factor = 60;
            number = t.substring(0, t.length() - 1);
        } else {
            throw malformed(text);
        }
        number = number.trim();
        if (!number.matches("\\d{1,4}(\\.\\d{1,3})?")) {
            throw malformed(text);
        }
        double v = Double.parseDouble(number) * factor;
        if (v > PER_DAY) {
            throw new IllegalArgumentException("'" + text + "' is longer than a day (1440 minutes)");
        }
        return new Minutes(v);
    }

    private static IllegalArgumentException malformed(String text) {
        return new IllegalArgumentException("'" + text + "' is not an amount of time per day: write a number followed by "
                + "m (minutes) or h (hours), e.g. 90m, 2h, 1.5h");
    }

    /** {@code 2h} when a whole number of hours, otherwise minutes such as {@code 90m}. */
    @Override
    public String toString() {
        if (value > 0 && value % 60 == 0) {
            return (long) (value / 60) + "h";
        }
        if (value == Math.rint(value)) {
            return (long) value + "m";
        }
        return value + "m";
    }
}
