package org.lonelyloop.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.lonelyloop.analysis.MeanInterval;
import org.lonelyloop.model.observe.Column;
import org.lonelyloop.model.observe.DailyMetrics;
import org.lonelyloop.table.Csv;

/**
 * The files of a comparison of two arms: compare.csv, every measure on every recorded day in both
 * arms with their difference and its 95 % interval over replications (the replications are
 * paired: each ran both arms on one seed), and each run's own series under
 * {@code arms/scenario/timeseries-rNN.csv} and {@code arms/comparison/timeseries-rNN.csv}.
 */
public final class Comparison {
    public static final String FILE = "compare.csv";
    public static final String ARMS = "arms";
    /** compare.csv's columns. */
    public static final String HEADER = "day,measure,scenario,comparison,difference,low,high";

    private Comparison() {
    }

    /** Writes compare.csv and the runs' series for arms 0 (the scenario) and 1 (what it is compared with). */
    public static void write(Path work, Arms.Outcome o) throws IOException {
        List<Column> columns = DailyMetrics.columns();
        int n = o.replications();
        Arms.Series first = o.runs().get(0).get(0);
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
        String[] folders = {"scenario", "comparison"};
        for (int a = 0; a < 2; a++) {
            Path dir = Files.createDirectories(work.resolve(ARMS).resolve(folders[a]));
            for (int r = 0; r < n; r++) {
                Csv.writeAtomically(dir.resolve(String.format("timeseries-r%02d.csv", r + 1)),
                        series(o.runs().get(r).get(a)));
            }
        }
    }

    /** A run's series in timeseries.csv's format. */
    static String series(Arms.Series s) {
        StringBuilder b = new StringBuilder("day");
        for (Column c : DailyMetrics.columns()) {
            b.append(',').append(c.name());
        }
        b.append('\n');
        for (int k = 0; k < s.days().length; k++) {
            b.append(s.days()[k]);
            for (double v : s.values()[k]) {
                b.append(',').append(Csv.number(v));
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static int indexOf(int[] days, int day) {
        int k = java.util.Arrays.binarySearch(days, day);
        return k >= 0 ? k : -1;
    }
}
