package org.lonelyloop.model.params;

import java.util.ArrayList;
import java.util.List;

/**
 * Living with a partner: who does, by age, and how partnerships end and begin. A partner is part of
 * the agent's household, represented by the closeness it gives (the attachment emotional loneliness
 * answers to, docs/ODD.md 7.5), not as a simulated agent: in a sample of a country, two sampled people
 * are rarely each other's partner.
 *
 * <p>With {@code turnover}, partnerships end by the partner's death ({@code bereavementPerYear}) or
 * a separation ({@code separationPerYear}), and people without a partner find one at the rate that
 * keeps each age band's share steady: {@code (separation + bereavement) * share / (1 - share)} a year
 * (agents do not age, so each band is its own steady state).
 *
 * @param turnover           whether partnerships end and begin by themselves (widowhood, separation,
 *                           re-partnering at Dutch rates); without it only scripted events change them
 * @param share              share living with a partner, per band
 * @param separationPerYear  chance a year that a partnership ends in separation, per band
 * @param bereavementPerYear chance a year that the partner dies, per band (the partner's mortality)
 * @param closenessMean      mean closeness of a partnership (0..1: how much of an intimate attachment it is)
 * @param closenessSd        spread of closeness between partnerships
 */
public record PartnerParams(
        boolean turnover,
        @Range(min = 0, max = 0.95, unit = "share") AgeProfile share,
        @Range(min = 0, max = 0.5, unit = "probability per year") AgeProfile separationPerYear,
        @Range(min = 0, max = 0.5, unit = "probability per year") AgeProfile bereavementPerYear,
        @Range(min = 0.05, max = 0.95) double closenessMean,
        @Range(min = 0.01, max = 0.4) double closenessSd) implements CrossChecked, java.io.Serializable {

    public static PartnerParams defaults() {
        return new PartnerParams(true,
                AgeProfile.of(0.07, 0.55, 0.74, 0.74, 0.73, 0.70, 0.45),
                AgeProfile.of(0.08, 0.035, 0.02, 0.012, 0.006, 0.003, 0.002),
                AgeProfile.of(0.0003, 0.0005, 0.001, 0.0025, 0.007, 0.018, 0.06),
                0.8, 0.15);
    }

    /** The chance a year that someone of this band without a partner finds one (steady shares). */
    public double partneringPerYear(int band) {
        double s = share.get(band);
        return (separationPerYear.get(band) + bereavementPerYear.get(band)) * s / (1 - s);
    }

    @Override
    public List<Violation> crossCheck() {
        List<Violation> v = new ArrayList<>();
        double m = closenessMean;
        if (closenessSd * closenessSd >= m * (1 - m)) {
            v.add(new Violation("closenessSd", "is too large for a closeness between 0 and 1 with mean "
                    + Bounds.fmt(m) + " (must be below " + Bounds.fmt(Math.floor(Math.sqrt(m * (1 - m)) * 1000) / 1000) + ")"));
        }
        return v;
    }
}
