package org.lonelyloop.model.submodel;

import org.lonelyloop.model.DailyProcess;
import org.lonelyloop.model.Day;
import org.lonelyloop.model.Phase;
import org.lonelyloop.model.Population;
import org.lonelyloop.model.observe.Ledger;
import org.lonelyloop.model.observe.LonelinessSource;
import org.lonelyloop.model.params.LonelinessParams;

/**
 * Moves loneliness by the sum of today's ledger terms:
 * <pre>
 *   dL = persistence * (setPoint - L)        persistence
 *      - contactEffect * Q                   contact, minus the shares below
 *      + sum over contact pathways p of -contactEffect * Qu * log(f_p)
 *      + the terms other pathways wrote directly
 * </pre>
 * where Q is today's contact quality, Qu the quality the agent would have had undisturbed, and f_p
 * the factor pathway p put on its chance of contact. The contact pathways' shares are the
 * first-order (log-linear) split of the contact that was lost; the realised remainder stays in the
 * contact term, so the entries always sum to the day's change.
 *
 * <p>During the burn-in loneliness is held at its starting value while the network and the other
 * states settle; the mean of the agent's non-persistence terms over the burn-in then fixes its
 * set point so that its starting loneliness is where its dynamics balance ({@link #fixSetPoints}).
 * This makes the CBS cross-section the model's steady state; what the pathways change is the
 * movement around it.
 */
public final class LonelinessDynamics implements DailyProcess {
    private final LonelinessSource[] contactSources;
    private final LonelinessSource[] directSources;
    private double[] burnInSum;
    private int burnInDays;

    public LonelinessDynamics() {
        int nContact = 0;
        for (LonelinessSource s : LonelinessSource.values()) {
            nContact += s.throughContact ? 1 : 0;
        }
        contactSources = new LonelinessSource[nContact];
        directSources = new LonelinessSource[LonelinessSource.values().length - 2 - nContact];
        int c = 0;
        int dIdx = 0;
        for (LonelinessSource s : LonelinessSource.values()) {
            if (s.throughContact) {
                contactSources[c++] = s;
            } else if (s != LonelinessSource.PERSISTENCE && s != LonelinessSource.CONTACT) {
                directSources[dIdx++] = s;
            }
        }
    }

    @Override
    public Phase phase() {
        return Phase.LONELINESS;
    }

    @Override
    public void apply(Day day) {
        Population pop = day.population();
        LonelinessParams lp = day.scenario().loneliness();
        Ledger ledger = day.ledger();
        double rho = lp.persistencePerDay();
        double phi = lp.contactEffect();
        boolean burnIn = day.burnIn();
        if (burnIn && burnInSum == null) {
            burnInSum = new double[pop.size];
        }
        if (burnIn) {
            burnInDays++;
        }
        float[] persistence = ledger.loneliness(LonelinessSource.PERSISTENCE);
        float[] contact = ledger.loneliness(LonelinessSource.CONTACT);
        day.workers().forEachChunk(pop.size, (chunk, from, to) -> {
            for (int i = from; i < to; i++) {
                double total = -phi * pop.contactQuality[i];
                double attributed = 0;
                for (LonelinessSource s : contactSources) {
                    float logFactor = ledger.contactLog(s)[i];
                    if (logFactor != 0) {
                        double share = -phi * pop.contactQualityUndisturbed[i] * logFactor;
                        ledger.loneliness(s)[i] = (float) share;
                        attributed += share;
                    }
                }
                contact[i] = (float) (total - attributed);
                double drive = total;
                for (LonelinessSource s : directSources) {
                    drive += ledger.loneliness(s)[i];
                }
                if (burnIn) {
                    burnInSum[i] += drive;
                    continue;
                }
                double pull = rho * (pop.lonelinessSetPoint[i] - pop.loneliness[i]);
                persistence[i] = (float) pull;
                double next = pop.loneliness[i] + pull + drive;
                pop.loneliness[i] = (float) Math.max(0, Math.min(1, next));
            }
        });
    }

    /**
     * Ends the burn-in: each agent's set point becomes the level at which persistence balances the
     * mean of the other terms it received over the burn-in.
     */
    public void fixSetPoints(Day day) {
        Population pop = day.population();
        double rho = day.scenario().loneliness().persistencePerDay();
        for (int i = 0; i < pop.size; i++) {
            double meanDrive = burnInDays == 0 ? 0 : burnInSum[i] / burnInDays;
            pop.lonelinessSetPoint[i] = (float) (pop.loneliness[i] - meanDrive / rho);
        }
        burnInSum = null;
    }
}
