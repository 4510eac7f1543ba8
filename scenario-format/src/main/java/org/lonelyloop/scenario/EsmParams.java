package org.lonelyloop.scenario;

import java.util.ArrayList;
import java.util.List;
import org.lonelyloop.model.params.CrossChecked;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.params.Range;
import org.lonelyloop.model.params.Violation;

/**
 * An experience-sampling study: a sample of agents reports mood and passive use every day for a
 * run of days, as the person-specific-effects studies behind the model's figures did (Beyens et al.
 * 2020: adolescents, several times a day for three weeks; one occasion per simulated day here).
 * The runner carries it out and writes esm.csv.
 *
 * @param size   agents sampled (0: no study)
 * @param first  first day of sampling
 * @param days   days sampled
 * @param minAge youngest age sampled
 * @param maxAge oldest age sampled
 */
public record EsmParams(
        @Range(min = 0, max = 20_000_000, unit = "agents") int size,
        @Range(min = 0, max = 73_000) Days first,
        @Range(min = 4, max = 3_650, unit = "days") int days,
        @Range(min = 0, max = 120, unit = "years") double minAge,
        @Range(min = 0, max = 120, unit = "years") double maxAge) implements CrossChecked, java.io.Serializable {

    public static EsmParams defaults() {
        return new EsmParams(0, Days.of(0), 35, 15, 19.99);
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
