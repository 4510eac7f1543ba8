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
 * a separation ({@code separationPerYear}). A partnership begins as a relationship lived apart and
 * becomes a shared household after {@code courtshipYears} on average; attachment to the partner
 * forms over the first years, on the time scale {@code bondingYears}, whether or not the couple lives
 * together yet. People without a partner begin a relationship at the rate that keeps
 * each age band's share living with a partner steady (agents do not age, so each band is its own
 * steady state: the flows single to dating, dating to living together and living together to single
 * are equal).
 *
 * @param turnover           whether partnerships end and begin by themselves (widowhood, separation,
 *                           re-partnering at Dutch rates); without it only scripted events change them
 * @param share              share living with a partner, per band
 * @param separationPerYear  chance a year that a partnership ends in separation, per band
 * @param bereavementPerYear chance a year that the partner dies, per band (the partner's mortality)
 * @param closenessMean      mean closeness of a partnership (0..1: how much of an intimate attachment it is)
 * @param closenessSd        spread of closeness between partnerships
 * @param courtshipYears     mean time from the start of a relationship to living together
 * @param bondingYears       time scale on which attachment to a new partner forms: its closeness
 *                           closes 1 - 1/e of the gap to the partnership's in this time
 */
public record PartnerParams(
        boolean turnover,
        @Range(min = 0, max = 0.95, unit = "share") AgeProfile share,
        @Range(min = 0, max = 0.5, unit = "probability per year") AgeProfile separationPerYear,
        @Range(min = 0, max = 0.5, unit = "probability per year") AgeProfile bereavementPerYear,
        @Range(min = 0.05, max = 0.95) double closenessMean,
        @Range(min = 0.01, max = 0.4) double closenessSd,
        @Range(min = 0, max = 10, unit = "years") double courtshipYears,
        @Range(min = 0, max = 10, unit = "years") double bondingYears) implements CrossChecked, java.io.Serializable {

    public static PartnerParams defaults() {
        return new PartnerParams(true,
                AgeProfile.of(0.07, 0.55, 0.74, 0.74, 0.73, 0.70, 0.45),
                AgeProfile.of(0.08, 0.035, 0.02, 0.012, 0.006, 0.003, 0.002),
                AgeProfile.of(0.0003, 0.0005, 0.001, 0.0025, 0.007, 0.018, 0.06),
                0.8, 0.15, 1.4, 1.0);
    }

    /** Partnerships of this band that end a year, per person living with a partner. */
    private double endingPerYear(int band) {
        return separationPerYear.get(band) + bereavementPerYear.get(band);
    }

    /** The steady share of this band in a relationship lived apart: those on their way to living together. */
    public double datingShare(int band) {
        return endingPerYear(band) * share.get(band) * courtshipYears;
    }

    /**
     * The chance a year that someone of this band without a partner begins a relationship: as many
     * begin as end, so the shares stay steady.
     */
    public double partneringPerYear(int band) {
        return endingPerYear(band) * share.get(band) / (1 - share.get(band) - datingShare(band));
    }

    /** The chance a year that a couple living apart moves in together (infinite without courtship). */
    public double movingInPerYear() {
        return courtshipYears == 0 ? Double.POSITIVE_INFINITY : 1 / courtshipYears;
    }

    @Override
    public List<Violation> crossCheck() {
        List<Violation> v = new ArrayList<>();
        double m = closenessMean;
        if (closenessSd * closenessSd >= m * (1 - m)) {
            v.add(new Violation("closenessSd", "is too large for a closeness between 0 and 1 with mean "
                    + Bounds.fmt(m) + " (must be below " + Bounds.fmt(Math.floor(Math.sqrt(m * (1 - m)) * 1000) / 1000) + ")"));
        }
        for (int g = 0; g < AgeGroup.COUNT; g++) {
            if (share.get(g) + datingShare(g) >= 1) {
                v.add(new Violation("courtshipYears", "leaves nobody single at ages " + AgeGroup.get(g).label + ": its share living "
                        + "with a partner (" + Bounds.fmt(share.get(g)) + ") and those on their way to it ("
                        + Bounds.fmt(datingShare(g)) + ") reach 1; shorten the courtship or lower the share"));
                break;
            }
        }
        return v;
    }
}
