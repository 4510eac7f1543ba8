package org.lonelyloop.experiment;

import java.util.SplittableRandom;
import org.lonelyloop.analysis.RiClpm;
import org.lonelyloop.model.AgentView;
import org.lonelyloop.model.Checkpoint;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.RuntimeChanges;
import org.lonelyloop.study.Instruments;

/**
 * What no survey knows and a simulation can measure: the causal cross-lags of a panel, by
 * intervention. A week before wave t, two copies of the world are branched from the running one
 * (the same history, the same random numbers from then on): in one, a random half of the panel has
 * its usual use raised by {@link #USE_NUDGE} (log minutes); in the other, its loneliness by
 * {@link #LONELINESS_NUDGE} (logit), each lasting as a change of circumstances lasts. At waves t
 * and t+1 the nudged persons' true weekly hours and noise-free De Jong Gierveld scores are read in
 * all three worlds. The true lag is the difference at wave t+1 per unit of difference at wave t:
 * <pre>
 *   use -> loneliness:   (score[t+1] in the use world - in the original) / (hours[t] in the use world - in the original)
 *   loneliness -> use:   (hours[t+1] in the loneliness world - ...) / (score[t] in the loneliness world - ...)
 * </pre>
 * in the units the panel measures (the reporting and item errors have mean zero, so they leave
 * these differences unchanged), and standardised as an estimator's lag is, on the within-person
 * standard deviations of the panel's fitted RI-CLPM. The per-kind lags attribute the whole effect
 * of the nudge to passive or to active hours, as a bivariate panel model does.
 */
public final class PanelGroundTruth implements RunEngine.Hook {
    /** Raise of usual use in the use world: about 22 % more minutes. */
    public static final double USE_NUDGE = 0.2;
    /** Raise of loneliness in the loneliness world, on the logit scale. */
    public static final double LONELINESS_NUDGE = 0.2;

    /**
     * The true lags in the panel's units (score points per hour a day, hours a day per score point).
     */
    public record Lags(double passiveToLoneliness, double activeToLoneliness, double lonelinessToPassive,
            double lonelinessToActive) {
    }

    private final int[] nudged;
    private final int waveDay;
    private final int interval;
    private final double itemNoise;
    private final LonelyLoop useWorld;
    private final LonelyLoop lonelinessWorld;
    private final Instruments.WeekOfUse[] weeks;
    /** [world: original, use, loneliness][wave: t, t+1][0 passive, 1 active, 2 score][person]. */
    private final double[][][][] read;
    private boolean done;

    private PanelGroundTruth(int[] nudged, int waveDay, int interval, double itemNoise, LonelyLoop useWorld,
            LonelyLoop lonelinessWorld) {
        this.nudged = nudged;
        this.waveDay = waveDay;
        this.interval = interval;
        this.itemNoise = itemNoise;
        this.useWorld = useWorld;
        this.lonelinessWorld = lonelinessWorld;
        this.weeks = new Instruments.WeekOfUse[] {new Instruments.WeekOfUse(nudged),
            new Instruments.WeekOfUse(nudged), new Instruments.WeekOfUse(nudged)};
        this.read = new double[3][2][3][nudged.length];
    }

    /**
     * Branches the two worlds from the model {@code run} runs (between two days, a week before
     * {@code waveDay}), nudges a random half of {@code panel} in each, and has them run alongside it
     * until wave t+1 has been read.
     */
    public static PanelGroundTruth branch(RunEngine run, int[] panel, int waveDay, long seed) {
        return branch(run, panel, waveDay, 365, Instruments.ITEM_NOISE, seed);
    }

    /**
     * As {@link #branch(RunEngine, int[], int, long)} for a panel whose next wave comes
     * {@code interval} days after {@code waveDay} and whose score has the given item noise.
     */
    public static PanelGroundTruth branch(RunEngine run, int[] panel, int waveDay, int interval, double itemNoise,
            long seed) {
        int[] half = Instruments.sample(panel, panel.length / 2, new SplittableRandom(seed ^ 0x7A11L));
        LonelyLoop useWorld = Checkpoint.copy(run.model());
        LonelyLoop lonelinessWorld = Checkpoint.copy(run.model());
        RuntimeChanges.of(useWorld).nudgeUse(half, USE_NUDGE);
        RuntimeChanges.of(lonelinessWorld).nudgeLoneliness(half, LONELINESS_NUDGE);
        PanelGroundTruth truth = new PanelGroundTruth(half, waveDay, interval, itemNoise, useWorld, lonelinessWorld);
        run.alongside(useWorld);
        run.alongside(lonelinessWorld);
        run.with(truth);
        return truth;
    }

    /** Reads the waves in the three worlds, once each has run the day; lets the copies go after the last. */
    @Override
    public void after(RunEngine run, int day) {
        if (done) {
            return;
        }
        LonelyLoop[] worlds = {run.model(), useWorld, lonelinessWorld};
        for (int w = 0; w < 3; w++) {
            weeks[w].record(worlds[w], day);
        }
        int wave = day == waveDay ? 0 : day == waveDay + interval ? 1 : -1;
        if (wave < 0) {
            return;
        }
        for (int w = 0; w < 3; w++) {
            for (int k = 0; k < nudged.length; k++) {
                AgentView a = worlds[w].agent(nudged[k]);
                read[w][wave][0][k] = weeks[w].passiveHours(k);
                read[w][wave][1][k] = weeks[w].activeHours(k);
                read[w][wave][2][k] = Instruments.expectedDjgScore(a, itemNoise);
            }
        }
        if (wave == 1) {
            done = true;
            run.leave(useWorld);
            run.leave(lonelinessWorld);
        }
    }

    /** True once wave t+1 has been read. */
    public boolean done() {
        return done;
    }

    /** The persons nudged (a random half of the panel). */
    public int nudgedCount() {
        return nudged.length;
    }

    /** The lags, once {@link #done()}. */
    public Lags lags() {
        double passive = difference(1, 0, 0);
        double active = difference(1, 0, 1);
        double scoreLater = difference(1, 1, 2);
        double score = difference(2, 0, 2);
        return new Lags(scoreLater / passive, scoreLater / active, difference(2, 1, 0) / score,
                difference(2, 1, 1) / score);
    }

    /** Mean over the nudged persons of (the world's reading - the original's). */
    private double difference(int world, int wave, int what) {
        double sum = 0;
        for (int k = 0; k < nudged.length; k++) {
            sum += read[world][wave][what][k] - read[0][wave][what][k];
        }
        return sum / nudged.length;
    }

    /**
     * A true lag standardised as the RI-CLPM standardises its own: on the fitted within-person
     * standard deviations of the cause at wave {@code t} and the effect at wave {@code t+1}
     * (0-based waves; {@code xToY} true for use to loneliness).
     */
    public static double standardised(double lag, RiClpm.Fit fit, int t, boolean xToY) {
        double[][] v = fit.withinVariances();
        int cause = xToY ? 0 : 1;
        int effect = xToY ? 1 : 0;
        return lag * Math.sqrt(v[t][cause] / v[t + 1][effect]);
    }
}
