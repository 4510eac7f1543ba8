package org.lonelyloop.report;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.lonelyloop.table.CsvTable;

/**
 * A trial's charts, from trial-effects.csv: for each outcome, the intention-to-treat effect and the
 * counterfactual effect on the treated at each follow-up, with their 95 % intervals; and the
 * intention-to-treat effect on loneliness by baseline tercile.
 */
public final class TrialCharts {
    private record Outcome(String column, String label) {
    }

    private static final List<Outcome> OUTCOMES = List.of(
            new Outcome("lonelinessScore", "loneliness (De Jong Gierveld score)"),
            new Outcome("useMinutes", "social media (minutes per day)"),
            new Outcome("depression", "depressive symptoms (0..1)"));

    private TrialCharts() {
    }

    public static List<ReportChart> of(CsvTable effects, String subgroupMeasure) {
        List<ReportChart> out = new ArrayList<>();
        for (Outcome o : OUTCOMES) {
            YIntervalSeriesCollection d = new YIntervalSeriesCollection();
            d.addSeries(series(effects, o.column(), "all", "itt", "intention to treat"));
            d.addSeries(series(effects, o.column(), "all", "counterfactual", "counterfactual on the treated"));
            out.add(new ReportChart("trial-" + o.column(), "Effect of the treatment on the change in " + o.label()
                    + " from baseline, at each follow-up: the difference between the arms as a trial reports it, "
                    + "and the treated participants' change against their own change in the same-seed world without "
                    + "the treatment. Bands: 95 % confidence intervals.", chart("Effect on " + o.label(), o.label(), d)));
        }
        YIntervalSeriesCollection thirds = new YIntervalSeriesCollection();
        for (String[] g : new String[][] {{"lowerThird", "lowest third"}, {"middleThird", "middle third"},
            {"upperThird", "highest third"}}) {
            thirds.addSeries(series(effects, "lonelinessScore", g[0], "itt", g[1] + " of baseline " + subgroupMeasure));
        }
        out.add(new ReportChart("trial-subgroups", "Intention-to-treat effect on the loneliness score by tercile of "
                + "baseline " + subgroupMeasure + ", with 95 % confidence intervals.",
                chart("Effect on loneliness by baseline " + subgroupMeasure, "loneliness score (0..6)", thirds)));
        return out;
    }

    private static YIntervalSeries series(CsvTable t, String outcome, String subgroup, String estimator, String label) {
        YIntervalSeries s = new YIntervalSeries(label, true, false);
        for (int r = 0; r < t.size(); r++) {
            if (t.text(r, "outcome").equals(outcome) && t.text(r, "subgroup").equals(subgroup)
                    && t.text(r, "estimator").equals(estimator)) {
                double effect = t.number(r, "effect");
                double low = t.number(r, "low");
                double high = t.number(r, "high");
                s.add(t.number(r, "daysAfter"), effect, Double.isNaN(low) ? effect : low,
                        Double.isNaN(high) ? effect : high);
            }
        }
        return s;
    }

    private static JFreeChart chart(String title, String yLabel, YIntervalSeriesCollection d) {
        JFreeChart chart = ChartFactory.createXYLineChart(title, "days after baseline", "effect on " + yLabel, d,
                PlotOrientation.VERTICAL, true, false, false);
        chart.getXYPlot().setRenderer(SweepCharts.bands(d.getSeriesCount(), true));
        chart.getXYPlot().addRangeMarker(new ValueMarker(0, java.awt.Color.GRAY, new java.awt.BasicStroke(1f)));
        Look.apply(chart);
        return chart;
    }
}
