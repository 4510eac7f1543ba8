package org.lonelyloop.model.params;

import java.io.Serializable;

/**
 * A span of simulated time in whole days. Written in scenario files with a unit: {@code 21d},
 * {@code 8w} (weeks), {@code 9y} (years of 365 days).
 */
public record Days(int count) implements Serializable, Comparable<Days> {
    public static final int PER_YEAR = 365;
    public static final int PER_WEEK = 7;

    public Days {
        if (count < 0) {
            throw new IllegalArgumentException("a number of days cannot be negative, was " + count);
        }
    }

    public static Days of(int count) {
        return new Days(count);
    }

    public static Days years(int years) {
        return new Days(years * PER_YEAR);
    }

    public static Days weeks(int weeks) {
        return new Days(weeks * PER_WEEK);
    }

    /**
     * Parses {@code <whole number><unit>} with unit d, w or y.
     *
     * @throws IllegalArgumentException with a message fit for a user when the text is not a duration
     */
    public static Days parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.length() < 2) {
            throw malformed(text);
        }
        char unit = Character.toLowerCase(t.charAt(t.length() - 1));
        int factor;
        switch (unit) {
            case 'd': factor = 1; break;
            case 'w': factor = PER_WEEK; break;
            case 'y': factor = PER_YEAR; break;
            default: throw malformed(text);
        }
        String number = t.substring(0, t.length() - 1).trim();
        if (!number.matches("\\d{1,7}")) {
            throw malformed(text);
        }
        return new Days(Integer.parseInt(number) * factor);
    }

    private static IllegalArgumentException malformed(String text) {
        return new IllegalArgumentException("'" + text + "' is not a duration: write a whole number followed by "
                + "d (days), w (weeks) or y (years), e.g. 21d, 8w, 9y");
    }

    /** The shortest exact form: {@code 2y}, {@code 8w} or {@code 10d}. */
    @Override
    public String toString() {
        if (count > 0 && count % PER_YEAR == 0) {
            return count / PER_YEAR + "y";
        }
        if (count > 0 && count % PER_WEEK == 0) {
            return count / PER_WEEK + "w";
        }
        return count + "d";
    }

    @Override
    public int compareTo(Days o) {
        return Integer.compare(count, o.count);
    }
}
