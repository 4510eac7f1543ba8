package org.lonelyloop.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.lonelyloop.model.observe.LedgerBreakdown;

/**
 * Writes ledger.csv: the pathway ledger by age band and loneliness category on each recorded day,
 * in long format (one row per day, group and source), the shape R's tidyverse and pandas pivot from.
 */
public final class LedgerWriter implements AutoCloseable {
    public static final String FILE = "ledger.csv";

    private final BufferedWriter out;

    public LedgerWriter(Path file) throws IOException {
        this(file, false);
    }

    /** @param append continue an existing file (a resumed run) instead of starting one */
    public LedgerWriter(Path file, boolean append) throws IOException {
        out = Csv.open(file, append, "day,grouping,group,source,agents,meanContribution\n");
    }

    public void flush() throws IOException {
        out.flush();
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

    @Override
    public void close() throws IOException {
        out.close();
    }
}
