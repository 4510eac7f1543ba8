package org.lonelyloop.model.params;

/**
 * What a run records.
 *
 * @param every interval between rows of the time series (1d daily, 1w weekly)
 */
public record OutputParams(@Range(min = 1, max = 3650) Days every) {
    public static OutputParams defaults() {
        return new OutputParams(Days.of(1));
    }
}
