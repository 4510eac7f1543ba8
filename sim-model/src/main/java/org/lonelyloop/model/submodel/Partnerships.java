package org.lonelyloop.model.submodel;

import java.util.List;
import org.lonelyloop.model.params.AgeGroup;
import org.lonelyloop.model.params.PartnerParams;
import org.lonelyloop.model.random.Purpose;
import org.lonelyloop.model.random.RandomStream;
import org.lonelyloop.model.scale.BetaShape;
import org.lonelyloop.model.state.DailyProcess;
import org.lonelyloop.model.state.Day;
import org.lonelyloop.model.state.PartnerChange;
import org.lonelyloop.model.state.Phase;
import org.lonelyloop.model.state.Population;

/**
 * Partnerships end and begin at Dutch rates ({@link PartnerParams}): each week a partner one lives
 * with may die or the couple separate; someone without a partner may begin a relationship, at the
 * rate that keeps each age band's share living with a partner where CBS finds it; and a couple
 * living apart may move in together. Attachment to a partner forms over the first years of a
 * relationship (a partner's closeness grows towards the partnership's bond on the time scale
 * {@code bondingYears}), lived together or not, and is lost at once when the partnership ends: so a
 * death or a separation raises loneliness at once, while moving in changes the household, not how
 * attached one is, and a new relationship lowers loneliness gradually (Buecker, Denissen and Luhmann
 * 2021, LISS panel: no change after cohabitation, gradual change after marriage, immediate and
 * lasting rises after widowhood and separation). Nobody scripts these events; what they do to
 * loneliness is the model's own doing.
 *
 * <p>Stepped once a week, exactly for the week's chance ({@code 1 - exp(-rate * 7 / 365.25)}), in
 * agent order: a week's events are few, and each is told to the model's listener in that order.
 */
public final class Partnerships implements DailyProcess {
    private static final long serialVersionUID = 1L;
    private final PartnerParams partners;
    /** Days between steps: partnerships change over years, not days. */
    static final int STEP_DAYS = 7;
    private static final double DAYS_PER_YEAR = 365.25;

    /**
     * Built with its section of the scenario, which stays as it is for the world's life (a branch is
     * the same world): the process depends on the parameters it reads, not on the whole scenario.
     */
    public Partnerships(PartnerParams partners) {
        this.partners = partners;
    }

    @Override
    public List<Phase> phases() {
        return List.of(Phase.BEGIN);
    }

    @Override
    public void apply(Phase phase, Day day) {
        PartnerParams p = partners;
        int d = day.index();
        if (Math.floorMod(d, STEP_DAYS) != 0) {
            return;
        }
        boolean turnover = p.turnover();
        double[] death = new double[AgeGroup.COUNT];
        double[] split = new double[AgeGroup.COUNT];
        double[] found = new double[AgeGroup.COUNT];
        for (int g = 0; g < AgeGroup.COUNT; g++) {
            death[g] = weekly(p.bereavementPerYear().get(g));
            split[g] = weekly(p.separationPerYear().get(g));
            found[g] = weekly(p.partneringPerYear(g));
        }
        double movingIn = weekly(p.movingInPerYear());
        float bonding = (float) (p.bondingYears() == 0 ? 1 : -Math.expm1(-STEP_DAYS / (DAYS_PER_YEAR * p.bondingYears())));
        BetaShape closeness = BetaShape.ofMeanSd(p.closenessMean(), p.closenessSd());
        Population pop = day.population();
        long key = RandomStream.dayKey(day.seed(), d, Purpose.PARTNERS);
        RandomStream r = new RandomStream();
        for (int i = 0; i < pop.size; i++) {
            byte stage = pop.relationship[i];
            if (stage != Population.SINGLE) {
                pop.partnerCloseness[i] += bonding * (pop.partnerBond[i] - pop.partnerCloseness[i]);
            }
            if (!turnover) {
                continue;
            }
            int g = pop.ageGroup[i];
            r.reset(key, i);
            double u = r.nextDouble();
            if (stage == Population.COHABITING) {
                if (u < death[g]) {
                    pop.endPartnership(i);
                    day.partnerChanged(i, PartnerChange.Kind.WIDOWHOOD, false);
                } else if (u < death[g] + split[g]) {
                    pop.endPartnership(i);
                    day.partnerChanged(i, PartnerChange.Kind.SEPARATION, false);
                }
            } else if (stage == Population.DATING) {
                if (u < movingIn) {
                    pop.relationship[i] = Population.COHABITING;
                    day.partnerChanged(i, PartnerChange.Kind.PARTNERING, false);
                }
            } else if (u < found[g]) {
                pop.partnerBond[i] = (float) Math.max(0.01, closeness.quantile(r.nextDouble()));
                pop.partnerCloseness[i] = bonding * pop.partnerBond[i];
                pop.relationship[i] = Population.DATING;
                day.partnerChanged(i, PartnerChange.Kind.RELATIONSHIP, false);
            }
        }
    }

    /** The chance in a week of an event that happens {@code perYear} times a year (1 for infinitely often). */
    private static double weekly(double perYear) {
        return -Math.expm1(-perYear * STEP_DAYS / DAYS_PER_YEAR);
    }
}
