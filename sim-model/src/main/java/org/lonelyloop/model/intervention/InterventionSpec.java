package org.lonelyloop.model.intervention;

import org.lonelyloop.model.params.Days;

/**
 * An intervention as a scenario states it: its type's own settings plus whom it reaches and when.
 * Every type is a record implementing this interface; {@link InterventionTypes} names them.
 */
public interface InterventionSpec {
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

    /** The daily process carrying it out; {@code index} is its place in the scenario's list. */
    Intervention build(int index);
}
