package org.lonelyloop.scenario;

import java.util.ArrayList;
import java.util.List;
import org.lonelyloop.model.params.CrossChecked;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.params.Range;
import org.lonelyloop.model.params.Violation;

/**
 * A virtual panel study: a sample of agents measured at waves with survey instruments, as the
 * longitudinal studies behind the model's figures measured people (docs/research.md). The runner
 * carries it out and writes panel.csv; the model itself is not touched by it.
 *
 * @param size           agents sampled at the first wave (0: no panel)
 * @param first          day of the first wave
 * @param every          time between waves
 * @param waves          waves to hold (0: as many as fit in the run)
 * @param minAge         youngest age sampled
 * @param maxAge         oldest age sampled
 * @param itemNoise      noise on each De Jong Gierveld item, on the latent 0..1 scale
 * @param reportingError standard deviation of the log of self-reported hours of use
 * @param scaleError     standard deviation of the noise on the social-anxiety and depression scales
 * @param attrition      chance that a participant still in the panel drops out before each later wave
 */
public record PanelParams(
        @Range(min = 0, max = 20_000_000, unit = "agents") int size,
        @Range(min = 0, max = 73_000) Days first,
        @Range(min = 1, max = 73_000) Days every,
        @Range(min = 0, max = 10_000, unit = "waves") int waves,
        @Range(min = 0, max = 120, unit = "years") double minAge,
        @Range(min = 0, max = 120, unit = "years") double maxAge,
        @Range(min = 0, max = 1, unit = "latent loneliness") double itemNoise,
        @Range(min = 0, max = 3, unit = "log hours") double reportingError,
        @Range(min = 0, max = 1, unit = "scale points (0..1)") double scaleError,
        @Range(min = 0, max = 1, unit = "probability per wave") double attrition) implements CrossChecked,
        java.io.Serializable {

    public static PanelParams defaults() {
        return new PanelParams(0, Days.of(0), Days.years(1), 0, 0, 120, 0.08, 0.3, 0.05, 0);
    }

    /** Whether the scenario runs a panel at all. */
    public boolean enabled() {
        return size > 0;
    }

    /** Waves that fit in a run of {@code days} recorded days (capped by {@link #waves} when set). */
    public int wavesWithin(int days) {
        int fit = first.count() >= days ? 0 : (days - 1 - first.count()) / every.count() + 1;
        return waves == 0 ? fit : Math.min(waves, fit);
    }

    @Override
    public List<Violation> crossCheck() {
        List<Violation> out = new ArrayList<>();
        StudyAges.check(minAge, maxAge, out);
        return out;
    }
}
