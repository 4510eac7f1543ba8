package org.lonelyloop.scenario;

import java.util.List;
import org.lonelyloop.model.params.Violation;

/** The ages a study samples from (panel, experience sampling, survey, trial): a band that is not upside down. */
final class StudyAges {
    private StudyAges() {
    }

    /** Adds to {@code out} the violation of a lowest age above the highest. */
    static void check(double minAge, double maxAge, List<Violation> out) {
        if (minAge > maxAge) {
            out.add(new Violation("minAge", "must not exceed maxAge (" + maxAge + "), was " + minAge));
        }
    }
}
