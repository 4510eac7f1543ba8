package org.lonelyloop.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.math3.stat.inference.TTest;
import org.lonelyloop.model.AgentView;
import org.lonelyloop.model.Checkpoint;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.RuntimeChanges;
import org.lonelyloop.model.intervention.InterventionSpec;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.scenario.Scenario;
import org.lonelyloop.scenario.TrialParams;
import org.lonelyloop.study.Instruments;
import org.lonelyloop.study.Survey;

/**
 * A simulated randomised trial (the scenario's {@code experiment.trial}), run in two worlds with
 * the same seed: in the trial world the treatment arm is offered the intervention from the day of
 * randomisation; the other world runs without it. Until that day the two are identical, and every
 * random draw afterwards is keyed by (seed, day, purpose, agent), so they differ only through the
 * intervention and what it sets off (common random numbers). Measurement noise is keyed by
 * (wave, agent) and so is shared by both worlds too.
 *
 * <p>Two estimates per outcome, follow-up and subgroup: the intention-to-treat effect a real trial
 * would report (difference between arms in change from baseline, in the trial world; Welch 95 %
 * interval and p; Cohen's d on the pooled SD of change), and the counterfactual effect on the
 * treated, which only a simulation can give (each treated participant's change in the trial world
 * less their change in the world without it; one-sample t interval). The counterfactual is far less
 * noisy: the arms' random differences cancel.
 */
public final class Trial {
    private static final long STUDY = 0x545249414CL;
    private static final int WEEK = 7;
    private static final double ITEM_NOISE = Instruments.ITEM_NOISE;
    private static final double SCALE_NOISE = 0.05;
    /** The outcomes measured, in output order. */
    public static final List<String> OUTCOMES = List.of("lonelinessScore", "useMinutes", "depression");
    public static final List<String> SUBGROUPS = List.of("all", "lowerThird", "middleThird", "upperThird");

    /** One participant measured at one wave in one world. */
    public record Measurement(int id, boolean treatment, int wave, int day, boolean trialWorld, int lonelinessScore,
            double trueLoneliness, double useMinutes, double depression) {
        double outcome(int k) {
            return k == 0 ? lonelinessScore : k == 1 ? useMinutes : depression;
        }
    }

    /**
     * One estimate.
     *
     * @param estimator {@code itt} or {@code counterfactual}
     */
    public record Effect(String outcome, int wave, int daysAfter, String subgroup, String estimator, double effect,
            double low, double high, double d, double p, int treated, int control) {
    }

    public record Result(List<Measurement> measurements, List<Effect> effects, int treated, int control) {
    }

    private Trial() {
    }

    /**
     * Runs the trial.
     *
     * @throws IllegalArgumentException the scenario has no trial, or its intervention index names none
     */
    public static Result run(Scenario s, long seed, int threads) {
        TrialParams t = s.experiment().trial();
        if (!t.enabled()) {
            throw new IllegalArgumentException("the scenario has no trial (experiment.trial.size is 0)");
        }
        if (t.intervention() >= s.interventions().size()) {
            throw new IllegalArgumentException("experiment.trial.intervention: " + t.intervention() + " names no "
                    + "intervention; the scenario lists " + s.interventions().size());
        }
        InterventionSpec treatment = s.interventions().get(t.intervention());
        List<InterventionSpec> background = new ArrayList<>(s.interventions());
        background.remove(t.intervention());
        int randomise = t.day().count();
        int lastFollowUp = t.followUps().stream().mapToInt(Days::count).max().orElse(1);
        int[] waveDays = new int[t.followUps().size() + 1];
        waveDays[0] = randomise - 1;
        for (int k = 0; k < t.followUps().size(); k++) {
            waveDays[k + 1] = randomise - 1 + t.followUps().get(k).count();
        }
        Scenario base = s.withInterventions(background).withDuration(Days.of(randomise + lastFollowUp));
        TrialRun course = new TrialRun(t, treatment, waveDays, Survey.key(seed, STUDY));
        new RunEngine(LonelyLoop.create(base.model(), seed, threads)).with(course).run();
        int nTreated = 0;
        for (boolean b : course.treated) {
            nTreated += b ? 1 : 0;
        }
        return new Result(course.out, effects(course.out, course.sample, t, waveDays, course.key), nTreated,
                course.sample.length - nTreated);
    }

    /**
     * The trial as it runs: the sample drawn a week before randomisation, the world without the trial
     * branched from the trial's world at randomisation (the same world until then, so the burn-in and
     * the days before run once) and run alongside it, the treatment started in the trial's world and
     * stopped after its duration, and every wave measured in both worlds.
     */
    private static final class TrialRun implements RunEngine.Hook {
        private final TrialParams t;
        private final InterventionSpec treatment;
        private final int[] waveDays;
        private final long key;
        private final int randomise;
        private final int sampleFrom;
        private LonelyLoop without;
        private int[] sample;
        private boolean[] treated;
        private Instruments.WeekOfUse[] week;
        private int running = -1;
        private final List<Measurement> out = new ArrayList<>();

        TrialRun(TrialParams t, InterventionSpec treatment, int[] waveDays, long key) {
            this.t = t;
            this.treatment = treatment;
            this.waveDays = waveDays;
            this.key = key;
            this.randomise = t.day().count();
            this.sampleFrom = Math.max(0, randomise - WEEK);
        }

        @Override
        public void before(RunEngine run, int day) {
            LonelyLoop trial = run.model();
            if (day == sampleFrom) {
                sample = Survey.sample(trial, t.size(), t.minAge(), t.maxAge(), key);
                if (sample.length < 4) {
                    throw new IllegalArgumentException("experiment.trial: only " + sample.length + " agents are aged "
                            + t.minAge() + " to " + t.maxAge() + "; a trial needs at least 4");
                }
                treated = randomise(sample, t.treatedShare(), key);
                week = new Instruments.WeekOfUse[] {new Instruments.WeekOfUse(sample),
                    new Instruments.WeekOfUse(sample)};
            }
            if (day == randomise) {
                without = Checkpoint.copy(trial);
                run.alongside(without);
                running = RuntimeChanges.of(trial).startIntervention(treatment, armOf(sample, treated, true));
            }
            if (running >= 0 && day == randomise + t.duration().count()) {
                RuntimeChanges.of(trial).stopIntervention(running);
            }
        }

        @Override
        public void after(RunEngine run, int day) {
            if (sample == null) {
                return;
            }
            LonelyLoop[] worlds = {run.model(), without == null ? run.model() : without};
            for (int w = 0; w < 2; w++) {
                week[w].record(worlds[w], day);
            }
            int wave = Arrays.binarySearch(waveDays, day);
            if (wave >= 0) {
                for (int w = 0; w < 2; w++) {
                    for (int k = 0; k < sample.length; k++) {
                        out.add(measure(worlds[w], w == 0, sample[k], treated[k], wave, day, week[w].useMinutes(k),
                                key));
                    }
                }
            }
        }
    }

    /** Exactly round(share x n) to treatment, by the order of a keyed draw. */
    private static boolean[] randomise(int[] sample, double share, long key) {
        Integer[] order = new Integer[sample.length];
        double[] u = new double[sample.length];
        for (int k = 0; k < sample.length; k++) {
            order[k] = k;
            u[k] = Survey.draw(key, -2, sample[k]).nextDouble();
        }
        Arrays.sort(order, Comparator.comparingDouble(k -> u[k]));
        boolean[] treated = new boolean[sample.length];
        int n = (int) Math.round(share * sample.length);
        for (int k = 0; k < n; k++) {
            treated[order[k]] = true;
        }
        return treated;
    }

    private static int[] armOf(int[] sample, boolean[] treated, boolean treatment) {
        return java.util.stream.IntStream.range(0, sample.length).filter(k -> treated[k] == treatment)
                .map(k -> sample[k]).toArray();
    }

    private static Measurement measure(LonelyLoop world, boolean trialWorld, int id, boolean treated, int wave, int day,
            double useMinutes, long key) {
        AgentView a = world.agent(id);
        SplittableRandom r = Survey.draw(key, wave, id);
        return new Measurement(id, treated, wave, day, trialWorld, Instruments.djgScore(a, r, ITEM_NOISE),
                a.getLoneliness(), useMinutes, Survey.scale(a.getDepression(), r, SCALE_NOISE));
    }

    /** Every estimate: outcomes x follow-ups x subgroups x {itt, counterfactual}. */
    private static List<Effect> effects(List<Measurement> all, int[] sample, TrialParams t, int[] waveDays, long key) {
        int n = sample.length;
        int waves = waveDays.length;
        // [world][wave][participant]
        Measurement[][][] m = new Measurement[2][waves][n];
        int[] index = new int[sample.length > 0 ? sample[sample.length - 1] + 1 : 0];
        for (int k = 0; k < n; k++) {
            index[sample[k]] = k;
        }
        for (Measurement x : all) {
            m[x.trialWorld() ? 0 : 1][x.wave()][index[x.id()]] = x;
        }
        int[] third = terciles(m[0][0], t.subgroup(), key);
        List<Effect> out = new ArrayList<>();
        for (int o = 0; o < OUTCOMES.size(); o++) {
            for (int w = 1; w < waves; w++) {
                for (int g = 0; g < SUBGROUPS.size(); g++) {
                    SummaryStatistics changeT = new SummaryStatistics();
                    SummaryStatistics changeC = new SummaryStatistics();
                    SummaryStatistics counterfactual = new SummaryStatistics();
                    List<Double> ct = new ArrayList<>();
                    List<Double> cc = new ArrayList<>();
                    List<Double> cf = new ArrayList<>();
                    for (int k = 0; k < n; k++) {
                        if (g > 0 && third[k] != g - 1) {
                            continue;
                        }
                        Measurement base = m[0][0][k];
                        double change = m[0][w][k].outcome(o) - base.outcome(o);
                        if (base.treatment()) {
                            changeT.addValue(change);
                            ct.add(change);
                            double changeWithout = m[1][w][k].outcome(o) - m[1][0][k].outcome(o);
                            counterfactual.addValue(change - changeWithout);
                            cf.add(change - changeWithout);
                        } else {
                            changeC.addValue(change);
                            cc.add(change);
                        }
                    }
                    int days = waveDays[w] - waveDays[0];
                    out.add(itt(OUTCOMES.get(o), w, days, SUBGROUPS.get(g), changeT, changeC, ct, cc));
                    out.add(counterfactual(OUTCOMES.get(o), w, days, SUBGROUPS.get(g), counterfactual, cf, changeT,
                            changeC));
                }
            }
        }
        return out;
    }

    private static double pooledSd(SummaryStatistics a, SummaryStatistics b) {
        long df = a.getN() + b.getN() - 2;
        return df <= 0 ? Double.NaN
                : Math.sqrt(((a.getN() - 1) * a.getVariance() + (b.getN() - 1) * b.getVariance()) / df);
    }

    private static double[] values(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static Effect itt(String outcome, int wave, int days, String group, SummaryStatistics t,
            SummaryStatistics c, List<Double> ct, List<Double> cc) {
        double diff = t.getMean() - c.getMean();
        double vt = t.getVariance() / t.getN();
        double vc = c.getVariance() / c.getN();
        double se = Math.sqrt(vt + vc);
        double low = Double.NaN;
        double high = Double.NaN;
        double p = Double.NaN;
        if (t.getN() >= 2 && c.getN() >= 2 && se > 0) {
            double df = (vt + vc) * (vt + vc) / (vt * vt / (t.getN() - 1) + vc * vc / (c.getN() - 1));
            double q = new TDistribution(df).inverseCumulativeProbability(0.975);
            low = diff - q * se;
            high = diff + q * se;
            p = new TTest().tTest(values(ct), values(cc));
        }
        return new Effect(outcome, wave, days, group, "itt", diff, low, high, diff / pooledSd(t, c), p, (int) t.getN(),
                (int) c.getN());
    }

    private static Effect counterfactual(String outcome, int wave, int days, String group, SummaryStatistics d,
            List<Double> values, SummaryStatistics t, SummaryStatistics c) {
        double mean = d.getMean();
        double low = Double.NaN;
        double high = Double.NaN;
        double p = Double.NaN;
        double se = d.getStandardDeviation() / Math.sqrt(d.getN());
        if (d.getN() >= 2) {
            if (se > 0) {
                double q = new TDistribution(d.getN() - 1).inverseCumulativeProbability(0.975);
                low = mean - q * se;
                high = mean + q * se;
                p = new TTest().tTest(0, values(values));
            } else {
                low = mean;
                high = mean;
            }
        }
        return new Effect(outcome, wave, days, group, "counterfactual", mean, low, high, mean / pooledSd(t, c), p,
                (int) d.getN(), (int) c.getN());
    }

    /** Each participant's baseline tercile (0 lower, 1 middle, 2 upper); ties broken by a keyed draw. */
    private static int[] terciles(Measurement[] baseline, String subgroup, long key) {
        int n = baseline.length;
        Integer[] order = new Integer[n];
        double[] v = new double[n];
        double[] tie = new double[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
            v[k] = subgroup.equals("depression") ? baseline[k].depression() : baseline[k].lonelinessScore();
            tie[k] = Survey.draw(key, -3, baseline[k].id()).nextDouble();
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(k -> v[k]).thenComparingDouble(k -> tie[k]));
        int[] third = new int[n];
        for (int r = 0; r < n; r++) {
            third[order[r]] = Math.min(2, 3 * r / Math.max(1, n));
        }
        return third;
    }
}
