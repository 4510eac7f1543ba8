package org.lonelyloop.model.submodel;

import java.util.List;
import org.lonelyloop.model.BetaShape;
import org.lonelyloop.model.DailyProcess;
import org.lonelyloop.model.Day;
import org.lonelyloop.model.Phase;
import org.lonelyloop.model.Population;
import org.lonelyloop.model.event.PartnerChange;
import org.lonelyloop.model.params.AgeGroup;
import org.lonelyloop.model.params.PartnerParams;
import org.lonelyloop.model.random.Purpose;
import org.lonelyloop.model.random.RandomStream;

/**
 * Partnerships end and begin at Dutch rates ({@link PartnerParams}): each week a partner may die or
 * the couple separate, and someone without a partner may find one, at the rate that keeps each age
 * band's share living with a partner where CBS finds it. Nobody scripts these events; what they do
 * to loneliness is the model's own doing (the attachment emotional loneliness answers to).
 *
 * <p>Stepped once a week, exactly for the week's chance ({@code 1 - exp(-rate * 7 / 365.25)}), in
 * agent order: a week's events are few, and each is told to the model's listener in that order.
 */
public final class Partnerships implements DailyProcess {
    private static final long serialVersionUID = 1L;
    /** Days between steps: partnerships change over years, not days. */
    static final int STEP_DAYS = 7;
    private static final double DAYS_PER_YEAR = 365.25;

    @Override
    public List<Phase> phases() {
        return List.of(Phase.BEGIN);
    }

    @Override
    public void apply(Phase phase, Day day) {
        PartnerParams p = day.scenario().partners();
        int d = day.index();
        if (!p.turnover() || Math.floorMod(d, STEP_DAYS) != 0) {
            return;
        }
        double[] death = new double[AgeGroup.COUNT];
        double[] split = new double[AgeGroup.COUNT];
        double[] found = new double[AgeGroup.COUNT];
        for (int g = 0; g < AgeGroup.COUNT; g++) {
            death[g] = weekly(p.bereavementPerYear().get(g));
            split[g] = weekly(p.separationPerYear().get(g));
            found[g] = weekly(p.partneringPerYear(g));
        }
        BetaShape closeness = BetaShape.ofMeanSd(p.closenessMean(), p.closenessSd());
        Population pop = day.population();
        long key = RandomStream.dayKey(day.seed(), d, Purpose.PARTNERS);
        RandomStream r = new RandomStream();
        for (int i = 0; i < pop.size; i++) {
            int g = pop.ageGroup[i];
            r.reset(key, i);
            double u = r.nextDouble();
            if (pop.partnerCloseness[i] > 0) {
                if (u < death[g]) {
                    pop.partnerCloseness[i] = 0;
                    day.partnerChanged(i, PartnerChange.Kind.WIDOWHOOD, false);
                } else if (u < death[g] + split[g]) {
                    pop.partnerCloseness[i] = 0;
                    day.partnerChanged(i, PartnerChange.Kind.SEPARATION, false);
                }
            } else if (u < found[g]) {
                pop.partnerCloseness[i] = (float) Math.max(0.01, closeness.quantile(r.nextDouble()));
                day.partnerChanged(i, PartnerChange.Kind.PARTNERING, false);
            }
        }
    }

    private static double weekly(double perYear) {
        return -Math.expm1(-perYear * STEP_DAYS / DAYS_PER_YEAR);
    }
}
