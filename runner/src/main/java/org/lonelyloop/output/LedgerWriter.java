package org.lonelyloop.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.lonelyloop.model.LastDay;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.observe.DayRecord;
import org.lonelyloop.model.observe.LedgerBreakdown;
import org.lonelyloop.table.Csv;

/**
 * Writes ledger.csv: the pathway ledger by age band and loneliness category on each recorded day,
 * in long format (one row per day, group and source), the shape R's tidyverse and pandas pivot from.
 */
public final class LedgerWriter extends CsvFileOutput {
    public static final String FILE = "ledger.csv";

    public LedgerWriter(Path file) throws IOException {
        this(file, false);
    }

    /** @param append continue an existing file (a resumed run) instead of starting one */
    public LedgerWriter(Path file, boolean append) throws IOException {
        super(file, append, "day,grouping,group,source,agents,meanContribution\n");
    }

    /** The day's breakdown on each recorded day. */
    @Override
    public void afterDay(LonelyLoop model, int day, DayRecord recorded) {
        if (recorded != null) {
            write(recorded.day(), LastDay.of(model).ledgerBreakdown());
        }
    }

    public void write(int day, List<LedgerBreakdown.Row> rows) {
        StringBuilder sb = new StringBuilder();
        for (LedgerBreakdown.Row r : rows) {
            sb.append(day).append(',').append(r.grouping()).append(',').append(Csv.text(r.group())).append(',')
                    .append(r.source()).append(',').append(r.agents()).append(',').append(Csv.number(r.mean()))
                    .append('\n');
        }
        try {
            out.write(sb.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + FILE + ": " + e.getMessage(), e);
        }
    }
}
