package org.lonelyloop.model.event;

import java.util.ArrayList;
import java.util.List;
import org.lonelyloop.model.params.CrossChecked;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.params.MayBeAbsent;
import org.lonelyloop.model.params.Range;
import org.lonelyloop.model.params.Violation;
import org.lonelyloop.model.state.TargetGroup;

/**
 * One entry of a scenario's {@code events:} list: what happens, when, and to whom.
 *
 * @param type           what happens (see {@link Kind})
 * @param day            the day it happens, or a period's first day
 * @param end            the first day after a lockdown or illness (required for those; not for the others)
 * @param agent          the one agent it happens to (a story's person), or -1 to choose by target and share
 * @param target         who it may happen to, judged on its day (as an intervention's target group)
 * @param share          share of the target group it happens to, each member drawn independently
 * @param tiesLost       move: share of the agent's offline ties that end
 * @param contactFactor  lockdown, illness: factor on the chance of face-to-face contact during the period
 * @param useFactor      lockdown, illness: factor on social-media use during the period (more time at home)
 * @param settingsClosed lockdown: no new ties from shared settings (school, work, clubs) during the period
 */
public record LifeEventSpec(
        Kind type,
        @Range(min = 0, max = 73_000, unit = "days") Days day,
        @MayBeAbsent @Range(min = 0, max = 73_000, unit = "days") Days end,
        @Range(min = -1, max = 100_000_000, unit = "agent id") int agent,
        TargetGroup target,
        @Range(min = 0, max = 1, unit = "share") double share,
        @Range(min = 0, max = 1, unit = "share of ties") double tiesLost,
        @Range(min = 0, max = 1, unit = "factor") double contactFactor,
        @Range(min = 0.2, max = 5, unit = "factor") double useFactor,
        boolean settingsClosed) implements CrossChecked, java.io.Serializable {

    /** What happens. */
    public enum Kind {
        /** Moves away: loses a share of its offline ties at once and joins a setting elsewhere. */
        move,
        /** Loses its closest friend (the confidant; a close friend moves away or dies, a friendship breaks). */
        loss,
        /** Its partner dies. */
        widowhood,
        /** It separates from its partner. */
        separation,
        /** For a period: less face-to-face contact, shared settings closed, more time at home online. */
        lockdown,
        /** For a period: at home, seeing fewer people, more time online. */
        illness;

        /** Whether it lasts from {@code day} to {@code end} rather than happening on one day. */
        public boolean lasts() {
            return this == lockdown || this == illness;
        }
    }

    /** A move of everyone (a placeholder type; scenario files always name theirs). */
    public static LifeEventSpec defaults() {
        return defaults(Kind.move);
    }

    /**
     * The defaults of a type: a move ends every offline tie; a lockdown multiplies each side's chance of
     * contact by 0.55 (meetings fall by about three quarters, as in the first 2020 lockdown) and raises
     * use by 30 %; an illness halves the chance of contact and raises use by half.
     */
    public static LifeEventSpec defaults(Kind type) {
        return switch (type) {
            case move, loss, widowhood, separation -> new LifeEventSpec(type, Days.of(0), null, -1, TargetGroup.everyone(), 1, 1, 1,
                    1, false);
            case lockdown -> new LifeEventSpec(type, Days.of(0), null, -1, TargetGroup.everyone(), 1, 0, 0.55, 1.3, true);
            case illness -> new LifeEventSpec(type, Days.of(0), null, -1, TargetGroup.everyone(), 1, 0, 0.5, 1.5, false);
        };
    }

    @Override
    public List<Violation> crossCheck() {
        List<Violation> v = new ArrayList<>();
        if (type == null) {
            return List.of(new Violation("type", "is missing: one of move, loss, widowhood, separation, lockdown, illness"));
        }
        if (type.lasts() && end == null) {
            v.add(new Violation("end", "is missing: " + (type == Kind.illness ? "an " : "a ") + type
                    + " lasts from day to end (e.g. end: 8w)"));
        }
        if (type.lasts() && end != null && day != null && end.count() <= day.count()) {
            v.add(new Violation("end", "must be after day (" + day + "), was " + end));
        }
        if (!type.lasts() && end != null) {
            v.add(new Violation("end", "a " + type + " happens on one day; leave end out"));
        }
        return v;
    }
}
