package org.lonelyloop.model.submodel;

import java.util.List;
import org.lonelyloop.model.DailyProcess;
import org.lonelyloop.model.DeJongGierveld;
import org.lonelyloop.model.LonelinessScale;
import org.lonelyloop.model.Day;
import org.lonelyloop.model.Phase;
import org.lonelyloop.model.Population;
import org.lonelyloop.model.observe.Ledger;
import org.lonelyloop.model.observe.LonelinessSource;
import org.lonelyloop.model.params.AgeGroup;
import org.lonelyloop.model.params.LonelinessParams;
import org.lonelyloop.model.params.PopulationParams;

/**
 * Moves loneliness, on the logit scale x (loneliness L = logistic(x); {@link LonelinessScale}), by
 * the sum of today's ledger terms:
 * <pre>
 *   dx = persistence * (setPoint + drift - x)             persistence (drift: {@link Circumstances})
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
 * <li>Hold (first third): loneliness stays at its drawn value while networks, habits and
 * moods settle around it. The mean of each agent's non-persistence terms over the second half of
 * this stage fixes its set point so that its drawn loneliness is where its terms balance.</li>
 * <li>Settle (last two thirds): loneliness moves. Noise and the loops (withdrawal, comparison, use)
 * spread it and shift it, most of all in the lonely tail: the vicious circle. At the end, per age
 * band, each agent's point of balance e (its drawn value) is moved to {@code a + k (e - mean)},
 * by shifting its set point and its current value alike, so that its current deviation from
 * balance is kept. The shift a and shrink k are solved (nested bisection) so that the current,
 * settled distribution has exactly the band's not-lonely and strongly-lonely shares.</li>
 * </ol>
 * The settled distribution then carries the spread the dynamics add, and matches the CBS figures;
 * what is left is the part of the spreading slower than the settle stage, tested over 20
 * simulated years (EquilibriumTest) and reported in docs/ODD.md.
 */
public final class LonelinessDynamics implements DailyProcess {
    private static final long serialVersionUID = 1L;

    /** Bounds of the shrink of an age band's spread of balance points. */
    static final double MIN_SHRINK = 0.3;
    static final double MAX_SHRINK = 1.5;
    /** Agents per age band used to solve the correction (a deterministic stride beyond this). */
    static final int CORRECTION_SAMPLE = 20_000;

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
        // The ledger's columns looked up once a day, not once per agent and source.
        float[][] booking = new float[otherSources.length][];
        for (int k = 0; k < booking.length; k++) {
            booking[k] = ledger.loneliness(otherSources[k]);
        }
        float[][] contactLog = new float[contactSources.length][];
        float[][] contactBooking = new float[contactSources.length][];
        for (int k = 0; k < contactLog.length; k++) {
            contactLog[k] = ledger.contactLog(contactSources[k]);
            contactBooking[k] = ledger.loneliness(contactSources[k]);
        }
        day.workers().forEachChunk(pop.size, (chunk, from, to) -> {
            for (int i = from; i < to; i++) {
                double booked = 0;
                for (float[] column : booking) {
                    booked += column[i];
                }
                double total = -phi * pop.contactQuality[i];
                double attributed = 0;
                for (int k = 0; k < contactLog.length; k++) {
                    float logFactor = contactLog[k][i];
                    if (logFactor != 0) {
                        double share = -phi * pop.contactQualityUndisturbed[i] * logFactor;
                        contactBooking[k][i] += (float) share;
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
                double pull = rho * (pop.lonelinessSetPoint[i] + pop.lonelinessDrift[i] - pop.lonelinessLogit[i]);
                persistence[i] = (float) pull;
                double x = pop.lonelinessLogit[i] + pull + drive;
                pop.lonelinessLogit[i] = (float) x;
                pop.loneliness[i] = (float) LonelinessScale.logistic(x);
            }
        });
    }

    /** Days of the hold stage: the first third of the burn-in (networks settle in months). */
    static int holdDays(Day day) {
        return day.scenario().burnIn().count() / 3;
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
            // The drift is not subtracted: it is stationary from the first day, and anchoring it here
            // would let the set points spread apart as it wanders from today's value over the years.
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
        int groups = AgeGroup.COUNT;
        int[] count = new int[groups];
        double[] mean = new double[groups];
        for (int i = 0; i < pop.size; i++) {
            count[pop.ageGroup[i]]++;
            mean[pop.ageGroup[i]] += drawn[i];
        }
        double[] a = new double[groups];
        double[] k = new double[groups];
        PopulationParams pp = day.scenario().population();
        for (int g = 0; g < groups; g++) {
            k[g] = 1;
            if (count[g] == 0) {
                continue;
            }
            mean[g] /= count[g];
            Band band = Band.sample(pop, drawn, g, count[g], mean[g]);
            double[] solved = band.solve(pp.notLonelyShare().get(g), pp.stronglyLonelyShare().get(g));
            a[g] = solved[0];
            k[g] = solved[1];
        }
        for (int i = 0; i < pop.size; i++) {
            int g = pop.ageGroup[i];
            double shift = a[g] + (k[g] - 1) * (drawn[i] - mean[g]);
            pop.lonelinessSetPoint[i] += (float) shift;
            double x = pop.lonelinessLogit[i] + shift;
            pop.lonelinessLogit[i] = (float) x;
            pop.loneliness[i] = (float) LonelinessScale.logistic(x);
        }
        drawn = null;
    }

    /**
     * One age band's settled values x and balance-point deviations d (drawn minus band mean), and
     * the search for the shift a and shrink k that give {@code x + a + (k - 1) d} the band's shares.
     */
    private static final class Band {
        private static final double NOT_CUT = LonelinessScale.logit(DeJongGierveld.SOMEWHAT_FROM);
        private static final double STRONG_CUT = LonelinessScale.logit(DeJongGierveld.STRONGLY_FROM);
        private final double[] x;
        private final double[] d;

        private Band(double[] x, double[] d) {
            this.x = x;
            this.d = d;
        }

        static Band sample(Population pop, float[] drawn, int group, int count, double mean) {
            int stride = Math.max(1, count / CORRECTION_SAMPLE);
            int n = (count + stride - 1) / stride;
            double[] x = new double[n];
            double[] d = new double[n];
            int seen = 0;
            int taken = 0;
            for (int i = 0; i < pop.size && taken < n; i++) {
                if (pop.ageGroup[i] != group) {
                    continue;
                }
                if (seen++ % stride == 0) {
                    x[taken] = pop.lonelinessLogit[i];
                    d[taken] = drawn[i] - mean;
                    taken++;
                }
            }
            return new Band(java.util.Arrays.copyOf(x, taken), java.util.Arrays.copyOf(d, taken));
        }

        /** {a, k}: the not-lonely share is matched exactly for each k; k then matches the strongly-lonely share. */
        double[] solve(double notShare, double strongShare) {
            double lo = MIN_SHRINK;
            double hi = MAX_SHRINK;
            for (int iter = 0; iter < 40; iter++) {
                double mid = 0.5 * (lo + hi);
                double a = shiftFor(mid, notShare);
                if (share(a, mid, STRONG_CUT, false) > strongShare) {
                    hi = mid;
                } else {
                    lo = mid;
                }
            }
            double k = 0.5 * (lo + hi);
            return new double[] {shiftFor(k, notShare), k};
        }

        private double shiftFor(double k, double notShare) {
            double lo = -20;
            double hi = 20;
            for (int iter = 0; iter < 60; iter++) {
                double mid = 0.5 * (lo + hi);
                if (share(mid, k, NOT_CUT, true) > notShare) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            return 0.5 * (lo + hi);
        }

        /** Share below the cut (below = true) or at or above it, after shifting by a and shrinking by k. */
        private double share(double a, double k, double cut, boolean below) {
            int c = 0;
            for (int i = 0; i < x.length; i++) {
                double v = x[i] + a + (k - 1) * d[i];
                c += (v < cut) == below ? 1 : 0;
            }
            return (double) c / x.length;
        }
    }
}
