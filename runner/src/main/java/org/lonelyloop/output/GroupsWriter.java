package org.lonelyloop.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.observe.DailyMetrics;
import org.lonelyloop.model.observe.DayRecord;
import org.lonelyloop.model.observe.GroupSpec;
import org.lonelyloop.table.Csv;

/**
 * groups.csv, for a scenario with groups: on every recorded day, a row for each group's members and
 * one for its others, with the group's size and every measure of timeseries.csv. Long rather than
 * wide, so R and pandas can filter or facet by group and part without renaming columns.
 */
public final class GroupsWriter extends CsvFileOutput {
    public static final String FILE = "groups.csv";
    /** The part column's values. */
    public static final String MEMBERS = "members";

    private final List<GroupSpec> groups;

    public GroupsWriter(Path file, boolean append, List<GroupSpec> groups) throws IOException {
        super(file, append, header());
        this.groups = List.copyOf(groups);
    }

    /** day, group, part, agents, then timeseries.csv's measures. */
    public static String header() {
        return "day,group,part," + DailyMetrics.AGENTS + TimeSeriesWriter.measures() + "\n";
    }

    @Override
    public void afterDay(LonelyLoop model, int day, DayRecord recorded) {
        if (recorded != null) {
            write(recorded);
        }
    }

    /** The rows of one recorded day. */
    void write(DayRecord r) {
        try {
            out.write(rows(r.day(), r.values(), groups));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + FILE + ": " + e.getMessage(), e);
        }
    }

    /**
     * The rows of one day of a series recorded with these groups: its values are the population's
     * measures, then per group its members' and its others' ({@link DailyMetrics#columns(List)}).
     */
    public static String rows(int day, double[] values, List<GroupSpec> groups) {
        int width = 1 + DailyMetrics.columns().size();
        StringBuilder row = new StringBuilder();
        for (int g = 0; g < groups.size(); g++) {
            for (int part = 0; part < 2; part++) {
                int at = DailyMetrics.columns().size() + (2 * g + part) * width;
                row.append(day).append(',').append(groups.get(g).name()).append(',')
                        .append(part == 0 ? MEMBERS : GroupSpec.OTHERS);
                for (int c = 0; c < width; c++) {
                    row.append(',').append(Csv.number(values[at + c]));
                }
                row.append('\n');
            }
        }
        return row.toString();
    }
}
