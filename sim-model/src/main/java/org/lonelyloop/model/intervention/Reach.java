package org.lonelyloop.model.intervention;

import java.util.ArrayList;
import java.util.List;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.params.Violation;

/** Checks shared by every intervention type's record: a sensible start and end. */
final class Reach {
    private Reach() {
    }

    static List<Violation> check(Days start, Days end) {
        List<Violation> v = new ArrayList<>();
        if (start != null && end != null && end.count() <= start.count()) {
            v.add(new Violation("end", "must come after start (" + start + "), was " + end));
        }
        return v;
    }
}
