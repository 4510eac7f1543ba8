package org.lonelyloop.report;

import org.jfree.chart.JFreeChart;

/**
 * One chart of a report.
 *
 * @param name    file name without extension (charts/NAME.png and .svg)
 * @param caption what the chart shows and how to read it
 * @param chart   the chart
 */
public record ReportChart(String name, String caption, JFreeChart chart) {
}
