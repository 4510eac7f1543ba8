package org.lonelyloop.model.intervention;

import java.util.List;
import org.lonelyloop.model.params.CrossChecked;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.params.Violation;
import org.lonelyloop.model.state.TargetGroup;

/**
 * An intervention as a scenario states it: its type's own settings plus whom it reaches and when.
 * Every type is a record implementing this interface; {@link InterventionTypes} names them.
 */
public interface InterventionSpec extends CrossChecked {
    /** Who is offered it. */
    TargetGroup target();

    /** First day (counted from the end of the burn-in). */
    Days start();

    /** Day it stops, or null to last to the end. */
    Days end();

    /** Share of the target group who take part. */
    double coverage();

    /** Chance, each day, that a participant keeps to it. */
    double adherence();

    /** The check every type shares, that it ends after it starts; a type with more to check adds to it. */
    @Override
    default List<Violation> crossCheck() {
        if (start() != null && end() != null && end().count() <= start().count()) {
            return List.of(new Violation("end", "must come after start (" + start() + "), was " + end()));
        }
        return List.of();
    }

    /** The daily process carrying it out; {@code index} is its place in the scenario's list. */
    Intervention build(int index);
}
