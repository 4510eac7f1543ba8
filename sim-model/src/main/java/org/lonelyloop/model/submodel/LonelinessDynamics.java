package org.lonelyloop.model.submodel;

import java.util.List;
import org.lonelyloop.model.DailyProcess;
import org.lonelyloop.model.LonelinessScale;
import org.lonelyloop.model.Day;
import org.lonelyloop.model.Phase;
import org.lonelyloop.model.Population;
import org.lonelyloop.model.observe.Ledger;
import org.lonelyloop.model.observe.LonelinessSource;
import org.lonelyloop.model.params.LonelinessParams;

/**
 * Moves loneliness, on the logit scale x (loneliness L = logistic(x); {@link LonelinessScale}), by
 * the sum of today's ledger terms:
 * <pre>
 *   dx = persistence * (setPoint - x)                     persistence
 *      - contactEffect * Q                                contact, less the shares below
 *      + sum over contact pathways p: -contactEffect * Qu * ln(f_p)
 *      + the terms other pathways booked directly (mood pushes, support, bullying, misreading)
 * </pre>
 * where Q is today's contact quality, Qu the quality the agent would have had undisturbed, and f_p
 * the factor pathway p put on its chance of contact. The contact pathways' shares are the
 * first-order (log-linear) split of the contact lost; the realised remainder stays in the contact
 * term, so the ledger's entries always sum to the day's change.
 *
 * <p><b>Equilibrium start.</b> The CBS cross-section must be the model's steady state, not merely
 * its first day. The burn-in therefore runs in two stages ({@link #holdDays}):
 * <ol>
 * <li>Hold (first two thirds): loneliness stays at its drawn value while networks, habits and
 * moods settle around it. The mean of each agent's non-persistence terms over the second half of
 * this stage fixes its set point so that its drawn loneliness is where its terms balance.</li>
 * <li>Settle (last third): loneliness moves. Noise and the loops (withdrawal, comparison, use)
 * spread it and shift it, most of all in the lonely tail: the vicious circle. At the end, per age
 * band, each agent's point of balance e is moved to {@code a + k (e - mean0)} with
 * {@code k = sqrt(1 - (V1 - V0) / V0)} and {@code a = 2 mean0 - mean1} (mean0, V0: the drawn logits;
 * mean1, V1: after settling), by shifting its set point and its current value alike. Balance points
 * plus the spread the dynamics add then reproduce the drawn distribution at equilibrium.</li>
 * </ol>
 * The correction is first order (it treats the added spread as independent of the balance point);
 * its accuracy is tested over 20 simulated years (EquilibriumTest) and reported in docs/ODD.md.
 */
public final class LonelinessDynamics implements DailyProcess {
    private static final long serialVersionUID = 1L;

    /** The settle stage may shrink an age band's spread of balance points at most to this factor. */
    static final double MIN_SHRINK = 0.5;

    private final LonelinessSource[] contactSources;
    private final LonelinessSource[] otherSources;
    private double[] burnInSum;
    private int burnInDays;
    private boolean setPointsFixed;
    private float[] drawn;

    public LonelinessDynamics() {
        List<LonelinessSource> contact = new java.util.ArrayList<>();
        List<LonelinessSource> other = new java.util.ArrayList<>();
        for (LonelinessSource s : LonelinessSource.values()) {
            if (s.throughContact) {
                contact.add(s);
            }
            if (s != LonelinessSource.PERSISTENCE && s != LonelinessSource.CONTACT) {
                other.add(s);
            }
        }
        contactSources = contact.toArray(new LonelinessSource[0]);
        otherSources = other.toArray(new LonelinessSource[0]);
    }

    @Override
    public List<Phase> phases() {
        return List.of(Phase.LONELINESS);
    }

    @Override
    public void apply(Phase phase, Day day) {
        Population pop = day.population();
        LonelinessParams lp = day.scenario().loneliness();
        Ledger ledger = day.ledger();
        double rho = lp.persistencePerDay();
        double phi = lp.contactEffect();
        int hold = holdDays(day);
        int burnInLength = day.scenario().burnIn().count();
        boolean holding = day.index() < -burnInLength + hold;
        boolean averaging = holding && day.index() >= -burnInLength + hold / 2;
        if (!holding && !setPointsFixed) {
            fixSetPoints(day);
        }
        if (averaging && burnInSum == null) {
            burnInSum = new double[pop.size];
        }
        if (averaging) {
            burnInDays++;
        }
        float[] persistence = ledger.loneliness(LonelinessSource.PERSISTENCE);
        float[] contact = ledger.loneliness(LonelinessSource.CONTACT);
        day.workers().forEachChunk(pop.size, (chunk, from, to) -> {
            for (int i = from; i < to; i++) {
                double booked = 0;
                for (LonelinessSource s : otherSources) {
                    booked += ledger.loneliness(s)[i];
                }
                double total = -phi * pop.contactQuality[i];
                double attributed = 0;
                for (LonelinessSource s : contactSources) {
                    float logFactor = ledger.contactLog(s)[i];
                    if (logFactor != 0) {
                        double share = -phi * pop.contactQualityUndisturbed[i] * logFactor;
                        ledger.loneliness(s)[i] += (float) share;
                        attributed += share;
                    }
                }
                contact[i] = (float) (total - attributed);
                double drive = total + booked;
                if (holding) {
                    if (averaging) {
                        burnInSum[i] += drive;
                    }
                    continue;
                }
                double pull = rho * (pop.lonelinessSetPoint[i] - pop.lonelinessLogit[i]);
                persistence[i] = (float) pull;
                double x = pop.lonelinessLogit[i] + pull + drive;
                pop.lonelinessLogit[i] = (float) x;
                pop.loneliness[i] = (float) LonelinessScale.logistic(x);
            }
        });
    }

    /** Days of the hold stage: the first two thirds of the burn-in. */
    static int holdDays(Day day) {
        return day.scenario().burnIn().count() * 2 / 3;
    }

    /**
     * Ends the hold stage: each agent's set point becomes the level at which persistence balances
     * the mean of the other terms it received over the second half of the stage.
     */
    private void fixSetPoints(Day day) {
        Population pop = day.population();
        double rho = day.scenario().loneliness().persistencePerDay();
        for (int i = 0; i < pop.size; i++) {
            double meanDrive = burnInDays == 0 ? 0 : burnInSum[i] / burnInDays;
            pop.lonelinessSetPoint[i] = (float) (pop.lonelinessLogit[i] - meanDrive / rho);
        }
        drawn = pop.lonelinessLogit.clone();
        burnInSum = null;
        setPointsFixed = true;
    }

    /**
     * Ends the settle stage (called once, after the burn-in): moves balance points per age band so
     * that, with the spread the dynamics add, the distribution at equilibrium is the drawn one.
     * Without a burn-in long enough to settle, the set points are the drawn values.
     */
    public void finishBurnIn(Day day) {
        Population pop = day.population();
        if (!setPointsFixed) {
            System.arraycopy(pop.lonelinessLogit, 0, pop.lonelinessSetPoint, 0, pop.size);
            setPointsFixed = true;
            return;
        }
        int groups = org.lonelyloop.model.params.AgeGroup.COUNT;
        double[] n = new double[groups];
        double[] sum0 = new double[groups];
        double[] sq0 = new double[groups];
        double[] sum1 = new double[groups];
        double[] sq1 = new double[groups];
        for (int i = 0; i < pop.size; i++) {
            int g = pop.ageGroup[i];
            double x0 = drawn[i];
            double x1 = pop.lonelinessLogit[i];
            n[g]++;
            sum0[g] += x0;
            sq0[g] += x0 * x0;
            sum1[g] += x1;
            sq1[g] += x1 * x1;
        }
        double[] a = new double[groups];
        double[] k = new double[groups];
        double[] mean0 = new double[groups];
        for (int g = 0; g < groups; g++) {
            if (n[g] < 2) {
                k[g] = 1;
                continue;
            }
            mean0[g] = sum0[g] / n[g];
            double mean1 = sum1[g] / n[g];
            double v0 = sq0[g] / n[g] - mean0[g] * mean0[g];
            double v1 = sq1[g] / n[g] - mean1 * mean1;
            double shrink = v0 > 0 ? 1 - (v1 - v0) / v0 : 1;
            k[g] = Math.sqrt(Math.max(MIN_SHRINK * MIN_SHRINK, Math.min(1, shrink)));
            a[g] = 2 * mean0[g] - mean1;
        }
        for (int i = 0; i < pop.size; i++) {
            int g = pop.ageGroup[i];
            double balance = drawn[i];
            double shift = a[g] + k[g] * (balance - mean0[g]) - balance;
            pop.lonelinessSetPoint[i] += (float) shift;
            double x = pop.lonelinessLogit[i] + shift;
            pop.lonelinessLogit[i] = (float) x;
            pop.loneliness[i] = (float) LonelinessScale.logistic(x);
        }
        drawn = null;
    }
}
