package org.lonelyloop.model.observe;

import org.apache.commons.numbers.gamma.Erfc;
import org.lonelyloop.model.params.LonelinessParams;
import org.lonelyloop.model.params.PopulationParams;
import org.lonelyloop.model.pathway.PathwayParams;
import org.lonelyloop.model.state.Clamp;
import org.lonelyloop.model.state.Ledger;
import org.lonelyloop.model.state.Population;
import org.lonelyloop.model.state.UseSource;

/**
 * The loop gain: how much of a small push on an agent's loneliness comes back to it through its
 * social-media use, relative to how fast persistence removes it.
 *
 * <p>A push dx on loneliness's logit moves loneliness by {@code dL = L(1-L) dx} and the log of the
 * use the agent wants by {@code compensation.strength * dL} (less the share a mindful pause stops).
 * What that does to the minutes actually used is the expected response {@code R}: the wanted
 * minutes W are log-normal from day to day, and only the part of W below the day's ceilings moves
 * (the share of free time nobody exceeds, a time limit, phone-off windows and a hobby's scaling
 * act on it), so {@code R = k E[W; W < c]}, with k the factor the interventions leave and c the
 * ceiling on W. Each extra minute of use changes the daily drift of the subscales by the sum over
 * the use-driven pathways (displacement, comparison, mood dynamics, sleep, cyberbullying, maintenance
 * and support) of their marginal effect at the agent's current state: the contact and support terms
 * move social loneliness only ({@code S_social}), the mood terms both kinds ({@code S_both}). Held,
 * such a drift moves x, the mean of the two logits, by {@code P = S_social / (2 rho) + S_both (1/rho
 * + 1/rho_e) / 2} at equilibrium (rho, rho_e: the social and emotional persistence), so the gain is
 * {@code G = strength * R * L(1-L) * P}: the push that comes back, held, over the push. With equal
 * persistence it is the one-state gain {@code strength * R * L(1-L) * S / rho}. Below 1 a push
 * fades (the loop amplifies it by 1/(1-G)); at 1 or above the loop is self-reinforcing and
 * loneliness runs away until something saturates. Using the expected response rather than today's
 * minutes keeps a lucky day off the gain and gives zero where use sits at a ceiling: a binding time
 * limit cuts the arrow from loneliness to use, and the gain says so. docs/ODD.md (section 4)
 * relates it to a one-year push experiment. Constants are worked out once per scenario, so the
 * per-agent evaluation is a handful of multiplications.
 */
public final class LoopGain {
    private final double strength;
    private final double socialHeld;
    private final double bothHeld;
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
    private final double dailyNoise;
    private final double meanOneShift;
    private final double nightHabitWeight;

    /** The gain's constants for a scenario's pathways, loneliness and population sections. */
    public LoopGain(PathwayParams pw, LonelinessParams loneliness, PopulationParams pp) {
        double moodEffect = loneliness.moodEffect();
        strength = pw.compensation().enabled() ? pw.compensation().strength() : 0;
        double rho = loneliness.persistencePerDay();
        double rhoEmotional = loneliness.emotionalPersistencePerDay();
        socialHeld = 0.5 / rho;
        bothHeld = 0.5 * (1 / rho + 1 / rhoEmotional);
        phi = loneliness.contactEffect();
        displacement = pw.displacement().enabled();
        displacementStrength = pw.displacement().strength();
        comparison = pw.comparison().enabled();
        comparisonPerPassiveMinute = moodEffect * pw.comparison().strength() / 60.0;
        esteemWeight = pw.comparison().esteemWeight();
        closeTieWeight = pw.comparison().closeTieWeight();
        moodDynamics = pw.moodDynamics().enabled();
        // Only the lasting share of the mood response reaches loneliness; the rest is gone tomorrow.
        moodPerPassiveMinute = moodEffect * pw.moodDynamics().lastingShare() / 60.0;
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
        dailyNoise = pp.useMinutesDailyNoise();
        meanOneShift = -0.5 * dailyNoise * dailyNoise - 0.5 * pp.useDriftSd() * pp.useDriftSd();
        nightHabitWeight = pp.nightShareHabitWeight();
    }

    /** The gain of agent {@code i} today (0 when compensation is off: nothing carries loneliness into use). */
    public double of(Population pop, Ledger ledger, int i) {
        if (strength == 0) {
            return 0;
        }
        double l = pop.loneliness[i];
        return strength * useResponse(pop, ledger, i) * l * (1 - l) * perMinute(pop, i);
    }

    /**
     * Expected extra minutes of use per unit added to the log of wanted use, the way
     * {@code DailyUse} turns wanted minutes into used ones: {@code k E[W; W < c]} for the log-normal
     * wanted minutes W, the factor k the phone-off windows and a hobby leave, and the ceiling c
     * (the share of free time nobody exceeds, or a time limit seen through k). A mindful pause
     * stops its share of a positive compensating push, so the response shrinks by that share.
     */
    public double useResponse(Population pop, Ledger ledger, int i) {
        double damping = pop.pushDamping(i);
        double compensating = Clamp.atLeast(ledger.useDrive(UseSource.COMPENSATION)[i], 0);
        double habitual = Clamp.atLeast(ledger.useDrive(UseSource.REINFORCEMENT)[i], 0);
        double drive = pop.useDrive[i] - damping * (compensating + habitual);
        double slope = compensating > 0 ? 1 - damping : 1;
        double nightShare = Clamp.atMost(pop.nightPropensity[i] * (1 + nightHabitWeight * pop.habit[i]), Population.MAX_NIGHT_SHARE);
        double k = pop.useFactor(i) * (nightShare * (1 - pop.nightBlock(i)) + (1 - nightShare) * (1 - pop.daytimeBlock(i)));
        if (k <= 0 || slope <= 0) {
            return 0;
        }
        double ceiling = Clamp.atMost(Population.MAX_USE_SHARE * pop.freeMinutes[i], pop.useCap(i) / k);
        double mu = Math.log(pop.baseMinutes[i]) + drive + pop.useDrift[i] + meanOneShift;
        double mean = Math.exp(mu + 0.5 * dailyNoise * dailyNoise);
        double below;
        if (dailyNoise == 0) {
            below = Math.exp(mu) < ceiling ? 1 : 0;
        } else {
            below = shareBelow(-(Math.log(ceiling) - mu - dailyNoise * dailyNoise) / (dailyNoise * Math.sqrt(2)));
        }
        return slope * k * mean * below;
    }

    /**
     * {@code erfc(z) / 2}, once a recorded day per agent. Where the ceiling lies many standard
     * deviations above the wanted use, as it does for most agents, erfc is 2 minus a number too
     * small to change the double: from {@link #SURELY_BELOW} down the answer is exactly 1 and is
     * returned without asking (LoopGainTest checks the library agrees on a fine grid).
     */
    static double shareBelow(double z) {
        return z <= SURELY_BELOW ? 1 : 0.5 * Erfc.value(z);
    }

    /** erfc(-5.87) is 2 - 1e-16, which rounds to 2; -6 leaves a margin. */
    static final double SURELY_BELOW = -6;

    /**
     * Change of loneliness's held logit (x, the mean of the subscales') per extra minute of use a day,
     * summed over the pathways that act through use: {@code P} above.
     */
    public double perMinute(Population pop, int i) {
        double use = pop.useMinutes[i];
        double activeShare = use > 0 ? pop.activeMinutes[i] / use : 0;
        double passiveShare = 1 - activeShare;
        double social = 0;
        if (displacement) {
            double factor = 1 - displacementStrength * (use - org.lonelyloop.model.pathway.Displacement.usual(pop, i))
                    / pop.freeMinutes[i];
            if (factor > 0.01) {
                // The contact the agent would have had undisturbed, steadily: the last weeks' (one day's is
                // nothing or one meeting, which made the gain spike on the days someone met a friend).
                social += phi * pop.recentContactQuality[i] * displacementStrength / (pop.freeMinutes[i] * factor);
            }
        }
        double feed = pop.feedActivity[i];
        social -= supportPerActiveMinute * activeShare * feed / (feed + 10);
        double sum = 0;
        if (comparison) {
            double vulnerability = esteemWeight * (1 - pop.selfEsteem[i]) + closeTieWeight * (1 - pop.closeness[i]);
            sum += comparisonPerPassiveMinute * vulnerability * passiveShare * (1 - pop.curation(i));
        }
        if (moodDynamics) {
            sum -= moodPerPassiveMinute * pop.susceptibility[i] * passiveShare;
        }
        if (use > 0) {
            sum += sleepPerNightShare * pop.nightMinutes[i] / use;
        }
        sum += bullyingPerMinute[pop.ageGroup[i]];
        return socialHeld * social + bothHeld * sum;
    }
}
