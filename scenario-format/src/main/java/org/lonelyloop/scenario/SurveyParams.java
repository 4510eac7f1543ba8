package org.lonelyloop.scenario;

import java.util.ArrayList;
import java.util.List;
import org.lonelyloop.model.params.CrossChecked;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.params.Range;
import org.lonelyloop.model.params.Violation;

/**
 * A cross-sectional survey: on one day a sample of agents answers once, as the surveys behind the
 * model's odds ratios did (Primack et al. 2017: 19-32-year-olds; the Dutch sleep and platform
 * figures). The runner carries it out and writes survey.csv.
 *
 * @param size   agents sampled (0: no survey)
 * @param day    day of the survey
 * @param minAge youngest age sampled
 * @param maxAge oldest age sampled
 */
public record SurveyParams(
        @Range(min = 0, max = 20_000_000, unit = "agents") int size,
        @Range(min = 0, max = 73_000) Days day,
        @Range(min = 0, max = 120, unit = "years") double minAge,
        @Range(min = 0, max = 120, unit = "years") double maxAge) implements CrossChecked, java.io.Serializable {

    public static SurveyParams defaults() {
        return new SurveyParams(0, Days.of(0), 0, 120);
    }

    public boolean enabled() {
        return size > 0;
    }

    @Override
    public List<Violation> crossCheck() {
        List<Violation> out = new ArrayList<>();
        StudyAges.check(minAge, maxAge, out);
        return out;
    }
}
