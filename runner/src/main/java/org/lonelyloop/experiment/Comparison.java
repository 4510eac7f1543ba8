package org.lonelyloop.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.lonelyloop.analysis.MeanInterval;
import org.lonelyloop.model.observe.Column;
import org.lonelyloop.model.observe.DailyMetrics;
import org.lonelyloop.model.observe.GroupSpec;
import org.lonelyloop.output.GroupsWriter;
import org.lonelyloop.output.TimeSeriesWriter;
import org.lonelyloop.table.Csv;

/**
 * The files of a comparison of two arms: compare.csv, every measure on every recorded day in both
 * arms with their difference and its 95 % interval over replications (the replications are
 * paired: each ran both arms on one seed), and each run's own series under
 * {@code arms/scenario/timeseries-rNN.csv} and {@code arms/comparison/timeseries-rNN.csv} (with
 * {@code groups-rNN.csv} beside them for a scenario with groups, whose measures compare.csv also
 * holds, named as {@code anxious.meanLoneliness}).
 */
public final class Comparison {
    public static final String FILE = "compare.csv";
    public static final String ARMS = "arms";
    /** The arms' folders under {@link #ARMS}: the scenario's, then what it is compared with. */
    public static final List<String> FOLDERS = List.of("scenario", "comparison");
    /** compare.csv's columns. */
    public static final String HEADER = "day,measure,scenario,comparison,difference,low,high";

    private Comparison() {
    }

    /** Writes compare.csv and the runs' series for arms 0 (the scenario) and 1 (what it is compared with). */
    public static void write(Path work, Arms.Outcome o) throws IOException {
        int n = o.replications();
        Arms.Series first = o.runs().get(0).get(0);
        // The population's measures, then the groups' (anxious.meanLoneliness, anxious.others.meanLoneliness).
        List<Column> columns = first.columns();
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        double[] mine = new double[n];
        double[] theirs = new double[n];
        double[] diff = new double[n];
        for (int k = 0; k < first.days().length; k++) {
            int day = first.days()[k];
            int[] rowOfOther = new int[n];
            boolean everywhere = true;
            for (int r = 0; r < n && everywhere; r++) {
                rowOfOther[r] = indexOf(o.runs().get(r).get(1).days(), day);
                everywhere = rowOfOther[r] >= 0 && o.runs().get(r).get(0).days()[k] == day;
            }
            if (!everywhere) {
                continue;
            }
            for (int c = 0; c < columns.size(); c++) {
                for (int r = 0; r < n; r++) {
                    mine[r] = o.runs().get(r).get(0).values()[k][c];
                    theirs[r] = o.runs().get(r).get(1).values()[rowOfOther[r]][c];
                    diff[r] = mine[r] - theirs[r];
                }
                double[] d = MeanInterval.of(diff);
                b.append(day).append(',').append(columns.get(c).name()).append(',')
                        .append(Csv.number(MeanInterval.of(mine)[0])).append(',')
                        .append(Csv.number(MeanInterval.of(theirs)[0])).append(',')
                        .append(Csv.number(d[0])).append(',').append(Csv.number(d[1])).append(',')
                        .append(Csv.number(d[2])).append('\n');
            }
        }
        Csv.writeAtomically(work.resolve(FILE), b.toString());
        for (int a = 0; a < 2; a++) {
            Path dir = Files.createDirectories(work.resolve(ARMS).resolve(FOLDERS.get(a)));
            for (int r = 0; r < n; r++) {
                Arms.Series run = o.runs().get(r).get(a);
                Csv.writeAtomically(dir.resolve(String.format("timeseries-r%02d.csv", r + 1)), series(run));
                if (run.columns().size() > DailyMetrics.columns().size()) {
                    Csv.writeAtomically(dir.resolve(String.format("groups-r%02d.csv", r + 1)),
                            groups(run, o.arms().get(a).scenario().groups()));
                }
            }
        }
    }

    /** A run's series in timeseries.csv's format. */
    static String series(Arms.Series s) {
        StringBuilder b = new StringBuilder("day").append(TimeSeriesWriter.measures()).append('\n');
        int measures = DailyMetrics.columns().size();
        for (int k = 0; k < s.days().length; k++) {
            b.append(s.days()[k]);
            for (int c = 0; c < measures; c++) {
                b.append(',').append(Csv.number(s.values()[k][c]));
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** A run's groups in groups.csv's format. */
    static String groups(Arms.Series s, List<GroupSpec> groups) {
        StringBuilder b = new StringBuilder(GroupsWriter.header());
        for (int k = 0; k < s.days().length; k++) {
            b.append(GroupsWriter.rows(s.days()[k], s.values()[k], groups));
        }
        return b.toString();
    }

    private static int indexOf(int[] days, int day) {
        int k = java.util.Arrays.binarySearch(days, day);
        return k >= 0 ? k : -1;
    }
}
