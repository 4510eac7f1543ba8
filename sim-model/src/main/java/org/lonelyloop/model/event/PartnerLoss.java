package org.lonelyloop.model.event;

import org.lonelyloop.model.state.Day;
import org.lonelyloop.model.state.PartnerChange;
import org.lonelyloop.model.state.Population;

/**
 * The end of a partnership, scripted: the partner dies ({@code widowhood}) or the couple separates
 * ({@code separation}). The agent no longer has the attachment the partner gave; friends, contact and
 * use are untouched, and whatever follows is the model's doing. Nothing happens to an agent not
 * living with a partner.
 */
final class PartnerLoss extends LifeEvent {
    private static final long serialVersionUID = 1L;
    private final PartnerChange.Kind kind;

    PartnerLoss(LifeEventSpec spec, int index, PartnerChange.Kind kind) {
        super(spec, index);
        this.kind = kind;
    }

    @Override
    protected boolean canHappenTo(Population pop, int i) {
        return pop.cohabiting(i);
    }

    @Override
    protected void happen(Day day, int[] who) {
        Population pop = day.population();
        for (int i : who) {
            pop.endPartnership(i);
            day.partnerChanged(i, kind, true);
        }
    }
}
