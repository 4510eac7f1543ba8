package org.lonelyloop.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lonelyloop.analysis.MeanInterval;
import org.lonelyloop.model.observe.DailyMetrics;
import org.lonelyloop.model.observe.GroupSpec;
import org.lonelyloop.output.GroupsWriter;
import org.lonelyloop.output.Manifest;
import org.lonelyloop.output.Ownership;
import org.lonelyloop.output.TimeSeriesWriter;
import org.lonelyloop.scenario.ExperimentParams;
import org.lonelyloop.table.Csv;

/**
 * The tables of a sweep, rebuilt from the finished run folders under {@code runs/}: summary.csv, one
 * row per run (its parameters, seed and the last day's measures), and aggregate.csv, one row per
 * parameter point (mean and 95 % confidence interval across its replications of the key outcomes).
 * Both are written atomically; runs not yet finished are simply not in them.
 */
public final class SweepTables {
    public static final String SUMMARY = Ownership.SWEEP_SUMMARY;
    public static final String AGGREGATE = Ownership.SWEEP_AGGREGATE;
    /** Outcomes aggregate.csv summarises (every measure is in summary.csv). */
    public static final List<String> OUTCOMES = List.of(DailyMetrics.NOT_LONELY, DailyMetrics.SOMEWHAT_LONELY, DailyMetrics.STRONGLY_LONELY,
            "meanLoneliness", "meanUseMinutes", "meanActiveMinutes", "meanPassiveMinutes", "meanNightMinutes",
            "shareProblematicUse", "meanContacts", "meanOfflineTies", "meanDepression", "meanSocialAnxiety",
            "meanSleepDebt", "meanLoopGain");

    private SweepTables() {
    }

    /**
     * The last row of a run's timeseries.csv, by column, then, for a scenario with groups, the last
     * day's rows of its groups.csv, named as predictions name them ({@code anxious.meanLoneliness},
     * {@code anxious.others.meanLoneliness}).
     */
    static Map<String, String> lastRow(Path run) throws IOException {
        List<String> lines = Files.readAllLines(run.resolve(TimeSeriesWriter.FILE), StandardCharsets.UTF_8);
        String[] header = lines.get(0).split(",");
        String[] last = lines.get(lines.size() - 1).split(",");
        Map<String, String> row = new LinkedHashMap<>();
        for (int c = 0; c < header.length; c++) {
            row.put(header[c], last[c]);
        }
        Path groups = run.resolve(GroupsWriter.FILE);
        if (Files.exists(groups)) {
            List<String> g = Files.readAllLines(groups, StandardCharsets.UTF_8);
            String[] names = g.get(0).split(",");
            for (String line : g.subList(1, g.size())) {
                String[] cells = line.split(",");
                if (!cells[0].equals(last[0])) {
                    continue;
                }
                // day, group, part, then agents and the measures
                boolean members = cells[2].equals(GroupsWriter.MEMBERS);
                for (int c = 3; c < names.length; c++) {
                    row.put(members ? GroupSpec.members(cells[1], names[c]) : GroupSpec.others(cells[1], names[c]),
                            cells[c]);
                }
            }
        }
        return row;
    }

    /** Writes summary.csv and aggregate.csv for the finished runs of the sweep in {@code folder}. */
    public static int write(Path folder, SweepPlan plan) throws IOException {
        Path runs = folder.resolve("runs");
        List<String> keys = new ArrayList<>();
        for (ExperimentParams.Variation v : plan.vary()) {
            keys.add(v.key());
        }
        StringBuilder summary = new StringBuilder();
        List<String> measures = null;
        Map<Integer, List<Map<String, String>>> byPoint = new LinkedHashMap<>();
        int finished = 0;
        for (int run = 0; run < plan.runs(); run++) {
            Path dir = runs.resolve(SweepPlan.runFolder(run));
            if (!Files.exists(dir.resolve(Manifest.FILE))) {
                continue;
            }
            Map<String, String> row = lastRow(dir);
            if (measures == null) {
                measures = new ArrayList<>(row.keySet());
                summary.append("run,point,replication,seed");
                for (String k : keys) {
                    summary.append(',').append(Csv.text(k));
                }
                for (String m : measures) {
                    summary.append(',').append(m.equals("day") ? "lastDay" : m);
                }
                summary.append('\n');
            }
            int point = plan.pointOf(run);
            summary.append(run).append(',').append(point).append(',').append(plan.replicationOf(run)).append(',')
                    .append(plan.seedOf(run));
            for (String v : plan.valuesAt(point)) {
                summary.append(',').append(Csv.text(v));
            }
            for (String m : measures) {
                summary.append(',').append(row.get(m));
            }
            summary.append('\n');
            byPoint.computeIfAbsent(point, k -> new ArrayList<>()).add(row);
            finished++;
        }
        if (measures == null) {
            summary.append("run,point,replication,seed\n");
        }
        Csv.writeAtomically(folder.resolve(SUMMARY), summary.toString());
        Csv.writeAtomically(folder.resolve(AGGREGATE), aggregate(plan, keys, byPoint));
        return finished;
    }

    private static String aggregate(SweepPlan plan, List<String> keys, Map<Integer, List<Map<String, String>>> byPoint) {
        StringBuilder sb = new StringBuilder("point");
        for (String k : keys) {
            sb.append(',').append(Csv.text(k));
        }
        sb.append(",runs");
        List<String> outcomes = outcomes(byPoint);
        for (String o : outcomes) {
            sb.append(',').append(o).append("Mean,").append(o).append("Low,").append(o).append("High");
        }
        sb.append('\n');
        for (Map.Entry<Integer, List<Map<String, String>>> e : byPoint.entrySet()) {
            sb.append(e.getKey());
            for (String v : plan.valuesAt(e.getKey())) {
                sb.append(',').append(Csv.text(v));
            }
            List<Map<String, String>> rows = e.getValue();
            sb.append(',').append(rows.size());
            for (String o : outcomes) {
                double[] ci = MeanInterval.of(rows.stream().mapToDouble(r -> parse(r.get(o))).toArray());
                sb.append(',').append(Csv.number(ci[0])).append(',').append(Csv.number(ci[1])).append(',')
                        .append(Csv.number(ci[2]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** {@link #OUTCOMES}, then the same of each group's members and others where the runs recorded groups. */
    private static List<String> outcomes(Map<Integer, List<Map<String, String>>> byPoint) {
        List<String> all = new ArrayList<>(OUTCOMES);
        Map<String, String> any = byPoint.isEmpty() ? Map.of() : byPoint.values().iterator().next().get(0);
        for (String column : any.keySet()) {
            String agents = "." + DailyMetrics.AGENTS;
            if (column.endsWith(agents)) {
                String prefix = column.substring(0, column.length() - DailyMetrics.AGENTS.length());
                for (String o : OUTCOMES) {
                    all.add(prefix + o);
                }
            }
        }
        return all;
    }

    private static double parse(String s) {
        return s == null || s.equals("NA") ? Double.NaN : Double.parseDouble(s);
    }
}
