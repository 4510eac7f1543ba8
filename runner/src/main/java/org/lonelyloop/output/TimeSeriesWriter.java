package org.lonelyloop.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.observe.Column;
import org.lonelyloop.model.observe.DailyMetrics;
import org.lonelyloop.model.observe.DayRecord;
import org.lonelyloop.table.Csv;

/**
 * Writes timeseries.csv: a header of {@code day} and the model's metric columns
 * ({@link DailyMetrics#columns()}), then one row per recorded day.
 */
public final class TimeSeriesWriter extends CsvFileOutput implements Consumer<DayRecord> {
    public static final String FILE = "timeseries.csv";

    private int rows;

    public TimeSeriesWriter(Path file) throws IOException {
        this(file, false);
    }

    /** @param append continue an existing file (a resumed run) instead of starting one */
    public TimeSeriesWriter(Path file, boolean append) throws IOException {
        super(file, append, header());
    }

    private static String header() {
        return "day" + measures() + "\n";
    }

    /** Every measure's column name, each after a comma: what timeseries.csv and groups.csv both list. */
    public static String measures() {
        StringBuilder b = new StringBuilder();
        for (Column c : DailyMetrics.columns()) {
            b.append(',').append(c.name());
        }
        return b.toString();
    }

    /** A row for each recorded day. */
    @Override
    public void afterDay(LonelyLoop model, int day, DayRecord recorded) {
        if (recorded != null) {
            accept(recorded);
        }
    }

    @Override
    public void accept(DayRecord r) {
        StringBuilder row = new StringBuilder().append(r.day());
        // The population's measures; a group's are groups.csv's.
        for (int c = 0; c < DailyMetrics.columns().size(); c++) {
            row.append(',').append(Csv.number(r.value(c)));
        }
        try {
            out.write(row.append('\n').toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + FILE + ": " + e.getMessage(), e);
        }
        rows++;
    }

    public int rows() {
        return rows;
    }
}
