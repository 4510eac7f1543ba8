package org.lonelyloop.model.event;

import org.lonelyloop.model.state.Day;
import org.lonelyloop.model.state.LonelinessSource;
import org.lonelyloop.model.state.Population;

/**
 * A period at home, a lockdown or an illness: every day until its end the chance of face-to-face
 * contact is multiplied by {@code contactFactor} (booked to the ledger's events term, whose share of
 * the contact term the loneliness step attributes), use by {@code useFactor} (more time at home,
 * much of it online), and, with {@code settingsClosed}, no new ties come from shared settings:
 * only friends of friends remain as a way to meet someone new.
 */
final class Confinement extends LifeEvent {
    private static final long serialVersionUID = 1L;

    /** The contact factor on the log scale, as the ledger books it. */
    private final float logContact;

    Confinement(LifeEventSpec spec, int index) {
        super(spec, index);
        logContact = (float) Math.log(Math.max(1e-6, spec.contactFactor()));
    }

    @Override
    protected void happen(Day day, int[] who) {
    }

    @Override
    protected void during(Day day, int i) {
        Population pop = day.population();
        pop.contactFactor[i] *= (float) spec.contactFactor();
        day.ledger().contactLog(LonelinessSource.EVENTS)[i] += logContact;
        pop.useFactor[i] *= (float) spec.useFactor();
        if (spec.settingsClosed()) {
            pop.settingsClosed[i] = 1;
        }
    }
}
