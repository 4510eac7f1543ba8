package org.lonelyloop.model.observe;

/**
 * One recorded population measure.
 *
 * @param name        column name in timeseries.csv (camelCase, no spaces, safe in R and pandas)
 * @param unit        unit in words
 * @param description what it measures
 */
public record Column(String name, String unit, String description) {
}
