package org.lonelyloop.scenario;

import java.util.ArrayList;
import java.util.List;
import org.lonelyloop.model.params.CrossChecked;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.params.Range;
import org.lonelyloop.model.params.Violation;

/**
 * A simulated randomised trial: on {@code day} a sample of the eligible agents is randomised into
 * a treatment and a control arm; the scenario's intervention number {@code intervention} is offered
 * to the treatment arm for {@code duration} (it is left out of the run otherwise); outcomes are
 * measured at baseline and at each follow-up. The runner ('lonelyloop trial') carries it out.
 *
 * @param size         agents randomised (0: no trial)
 * @param day          day of randomisation; baseline is measured at the end of the day before
 * @param minAge       youngest eligible age
 * @param maxAge       oldest eligible age
 * @param treatedShare share randomised to treatment
 * @param intervention index in the scenario's interventions list of the one the treatment arm gets
 * @param duration     how long the treatment arm is offered it
 * @param followUps    times after randomisation at which outcomes are measured again
 * @param subgroup     baseline measure whose terciles form the subgroups: {@code loneliness} or {@code depression}
 */
public record TrialParams(
        @Range(min = 0, max = 20_000_000, unit = "agents") int size,
        @Range(min = 1, max = 73_000) Days day,
        @Range(min = 0, max = 120, unit = "years") double minAge,
        @Range(min = 0, max = 120, unit = "years") double maxAge,
        @Range(min = 0.05, max = 0.95, unit = "share") double treatedShare,
        @Range(min = 0, max = 1000) int intervention,
        @Range(min = 1, max = 73_000) Days duration,
        List<Days> followUps,
        String subgroup) implements CrossChecked, java.io.Serializable {

    public static final List<String> SUBGROUPS = List.of("loneliness", "depression");

    public TrialParams {
        followUps = followUps == null ? null : List.copyOf(followUps);
    }

    public static TrialParams defaults() {
        return new TrialParams(0, Days.weeks(4), 0, 120, 0.5, 0, Days.weeks(12),
                List.of(Days.weeks(4), Days.weeks(12), Days.weeks(26)), "loneliness");
    }

    public boolean enabled() {
        return size > 0;
    }

    @Override
    public List<Violation> crossCheck() {
        List<Violation> out = new ArrayList<>();
        StudyAges.check(minAge, maxAge, out);
        if (followUps == null || followUps.isEmpty()) {
            out.add(new Violation("followUps", "needs at least one follow-up, e.g. [4w, 12w]"));
        } else {
            for (int k = 0; k < followUps.size(); k++) {
                if (followUps.get(k).count() < 1) {
                    out.add(new Violation("followUps[" + k + "]", "must be at least 1d after randomisation"));
                }
            }
        }
        if (subgroup == null || !SUBGROUPS.contains(subgroup)) {
            out.add(new Violation("subgroup", "must be one of " + SUBGROUPS + ", was " + subgroup));
        }
        return out;
    }
}
