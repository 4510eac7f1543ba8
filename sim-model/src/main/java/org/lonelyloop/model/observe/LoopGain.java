package org.lonelyloop.model.observe;

import org.lonelyloop.model.Population;
import org.lonelyloop.model.params.Scenario;
import org.lonelyloop.model.pathway.PathwayParams;

/**
 * The loop gain: how much of a small push on an agent's loneliness comes back to it through its
 * social-media use, relative to how fast persistence removes it.
 *
 * <p>A push dx on loneliness's logit moves loneliness by {@code dL = L(1-L) dx} and use by
 * {@code dU = compensation.strength * U * dL}; each extra minute of use changes the daily drift of
 * x by {@code S}, the sum over the use-driven pathways (displacement, comparison, mood dynamics,
 * sleep, cyberbullying, maintenance and support) of their marginal effect at the agent's current
 * state. The returned push per day is {@code strength * U * L(1-L) * S * dx}, against persistence's
 * pull of {@code persistencePerDay * dx}; their ratio is the gain
 * {@code G = strength * U * L(1-L) * S / persistencePerDay}. Below 1 a push fades (the loop
 * amplifies it by 1/(1-G)); at 1 or above the loop is self-reinforcing and loneliness runs away
 * until something saturates. This is the linearised gain at today's state; docs/ODD.md (section 4)
 * relates it to a one-year push experiment. Constants are worked out once per scenario, so the
 * per-agent evaluation is a handful of multiplications.
 */
public final class LoopGain {
    private final double strengthOverRho;
    private final double phi;
    private final boolean displacement;
    private final double displacementStrength;
    private final boolean comparison;
    private final double comparisonPerPassiveMinute;
    private final double esteemWeight;
    private final double closeTieWeight;
    private final boolean moodDynamics;
    private final double moodPerPassiveMinute;
    private final double sleepPerNightShare;
    private final double[] bullyingPerMinute;
    private final double supportPerActiveMinute;

    public LoopGain(Scenario s) {
        PathwayParams pw = s.pathways();
        double moodEffect = s.loneliness().moodEffect();
        strengthOverRho = pw.compensation().enabled()
                ? pw.compensation().strength() / s.loneliness().persistencePerDay() : 0;
        phi = s.loneliness().contactEffect();
        displacement = pw.displacement().enabled();
        displacementStrength = pw.displacement().strength();
        comparison = pw.comparison().enabled();
        comparisonPerPassiveMinute = moodEffect * pw.comparison().strength() / 60.0;
        esteemWeight = pw.comparison().esteemWeight();
        closeTieWeight = pw.comparison().closeTieWeight();
        moodDynamics = pw.moodDynamics().enabled();
        moodPerPassiveMinute = moodEffect / 60.0;
        var sl = pw.sleep();
        sleepPerNightShare = sl.enabled()
                ? moodEffect * sl.moodPerDebtHour() * sl.sleepLossPerNightHour() / (60.0 * sl.recoveryPerDay()) : 0;
        var cb = pw.cyberbullying();
        bullyingPerMinute = new double[org.lonelyloop.model.params.AgeGroup.COUNT];
        if (cb.enabled()) {
            for (int g = 0; g < bullyingPerMinute.length; g++) {
                bullyingPerMinute[g] = cb.ratePerDay().get(g) * cb.exposureWeight() / (60.0 * cb.referenceHours())
                        * (cb.lonelinessJump() + moodEffect * cb.moodHit());
            }
        }
        var m = pw.maintenance();
        supportPerActiveMinute = m.enabled() ? m.efficacy() * phi * m.supportPerActiveHour() / 60.0 : 0;
    }

    /** The gain of agent {@code i} today (0 when compensation is off: nothing carries loneliness into use). */
    public double of(Population pop, int i) {
        if (strengthOverRho == 0) {
            return 0;
        }
        double l = pop.loneliness[i];
        return strengthOverRho * pop.useMinutes[i] * l * (1 - l) * perMinute(pop, i);
    }

    /**
     * Change of the daily drift of loneliness's logit per extra minute of use, summed over the
     * pathways that act through use.
     */
    public double perMinute(Population pop, int i) {
        double use = pop.useMinutes[i];
        double activeShare = use > 0 ? pop.activeMinutes[i] / use : 0;
        double passiveShare = 1 - activeShare;
        double sum = 0;
        if (displacement) {
            double factor = 1 - displacementStrength * use / pop.freeMinutes[i];
            if (factor > 0.01) {
                sum += phi * pop.contactQualityUndisturbed[i] * displacementStrength / (pop.freeMinutes[i] * factor);
            }
        }
        if (comparison) {
            double vulnerability = esteemWeight * (1 - pop.selfEsteem[i]) + closeTieWeight * (1 - pop.closeness[i]);
            sum += comparisonPerPassiveMinute * vulnerability * passiveShare;
        }
        if (moodDynamics) {
            sum -= moodPerPassiveMinute * pop.susceptibility[i] * passiveShare;
        }
        if (use > 0) {
            sum += sleepPerNightShare * pop.nightMinutes[i] / use;
        }
        sum += bullyingPerMinute[pop.ageGroup[i]];
        double feed = pop.feedActivity[i];
        sum -= supportPerActiveMinute * activeShare * feed / (feed + 10);
        return sum;
    }
}
