package org.lonelyloop.model.observe;

import java.util.Arrays;
import java.util.List;

/**
 * The population measures of one simulated day, aligned with {@link DailyMetrics#columns()}.
 */
public final class DayRecord {
    private final int day;
    private final double[] values;
    private final List<Column> columns;

    DayRecord(int day, double[] values, List<Column> columns) {
        this.day = day;
        this.values = values;
        this.columns = columns;
    }

    public int day() {
        return day;
    }

    public List<Column> columns() {
        return columns;
    }

    public double value(int column) {
        return values[column];
    }

    /** The value of a named column; throws if there is no such column. */
    public double get(String name) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).name().equals(name)) {
                return values[c];
            }
        }
        throw new IllegalArgumentException("no column " + name);
    }

    public double[] values() {
        return values.clone();
    }

    @Override
    public String toString() {
        return "DayRecord[day=" + day + ", " + Arrays.toString(values) + "]";
    }
}
