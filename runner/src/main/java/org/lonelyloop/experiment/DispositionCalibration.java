package org.lonelyloop.experiment;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lonelyloop.model.AgentView;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.observe.DailyMetrics;
import org.lonelyloop.model.params.AgeGroup;
import org.lonelyloop.model.params.AgeProfile;
import org.lonelyloop.model.params.Calibrated;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.params.Dispositions;
import org.lonelyloop.model.params.KeyPaths;
import org.lonelyloop.model.scale.DeJongGierveld;
import org.lonelyloop.model.scale.LonelinessScale;
import org.lonelyloop.scenario.Scenario;

/**
 * The calibration step that fits the people to the CBS figures, once, for the default world: the
 * dispositions ({@link Dispositions}) for which the default world, after its burn-in, has each age
 * band's shares not and strongly lonely on the emotional and on the social subscale, and the whole
 * scale's strongly lonely share, that CBS found (StatLine 85766NED, 2022). Its output is the file
 * the build ships ({@link Calibrated#RESOURCE}); every run reads it, and no run fits anyone itself.
 *
 * <p>Each round runs the world with the current dispositions for the years the scorecard runs, surveys
 * it on twelve days of its last year (as {@link org.lonelyloop.study.LonelinessSurvey} does: expected shares under item noise), and,
 * per band and subscale, finds the mean and spread of the set points that would give the settled
 * values those shares if each agent moved as its set point does ({@code x + a + (sd' - sd) z}, z the
 * agent's own standard draw). The loops (withdrawal, contact, use) make the response larger than one
 * to one, most in the lonely tail, so each round takes part of the step and a few rounds converge. The correlation of the two dispositions is moved, by secant steps, until
 * the whole scale's strongly lonely share is met.
 */
public final class DispositionCalibration {
    /** Days of the last recorded year on which the world is surveyed. */
    static final int SURVEYS = 12;

    /** Values per band and subscale the search reads (a deterministic stride beyond this). */
    static final int BAND_SAMPLE = 20_000;
    /** Narrowest spread of a band's set points the search considers, and the widest. */
    static final double MIN_SD = 0.05;
    private static final double MAX_SD = 5;
    /** Share of a round's solved change taken. */
    static final double DAMPING = 0.7;
    /** Change of the dispositions' correlation per unit of the strongly lonely share missed. */
    private static final double CORRELATION_GAIN = 3;
    private static final double MAX_CORRELATION_STEP = 0.1;

    /**
     * The figures to meet: per band (index 0 = 15-24), subscale 0 emotional and 1 social, the shares not
     * and strongly lonely; and the whole scale's strongly lonely share.
     */
    public record Figures(double[][] notShare, double[][] stronglyShare, double totalNot, double totalStrongly) {
        /** The figures of a targets file's measures (every band and subscale must be there). */
        public static Figures of(Map<String, Double> byMeasure) {
            double[][] not = new double[2][AgeGroup.COUNT];
            double[][] strongly = new double[2][AgeGroup.COUNT];
            String[] prefix = {DailyMetrics.EMOTIONALLY, DailyMetrics.SOCIALLY};
            for (int sub = 0; sub < 2; sub++) {
                for (AgeGroup g : AgeGroup.values()) {
                    not[sub][g.ordinal()] = need(byMeasure, prefix[sub] + "NotLonely" + DailyMetrics.ageSuffix(g));
                    strongly[sub][g.ordinal()] = need(byMeasure, prefix[sub] + "StronglyLonely" + DailyMetrics.ageSuffix(g));
                }
            }
            return new Figures(not, strongly, need(byMeasure, DailyMetrics.NOT_LONELY),
                    need(byMeasure, DailyMetrics.STRONGLY_LONELY));
        }

        private static double need(Map<String, Double> m, String key) {
            Double v = m.get(key);
            if (v == null) {
                throw new IllegalArgumentException("the targets give no " + key + ", which the dispositions are fitted to");
            }
            return v;
        }
    }

    /** One round's outcome: the dispositions it ran, what the survey found, and what comes next. */
    public record Round(int number, Dispositions ran, double worstMiss, double totalStrongly, Calibrated next) {
    }

    private final Scenario scenario;
    private final long[] seeds;
    private final int threads;
    private final PrintWriter progress;

    /**
     * @param scenario the default world at the size to calibrate at (its dispositions are the start)
     * @param years    recorded years of each round's run, surveyed in the last: networks and partnerships
     *                 keep settling for years after the burn-in, so the round reads the year the scorecard
     *                 reads (the targets file's years)
     * @param seeds    the runs of a round, pooled: the scorecard's own (its scenario's seed and the next,
     *                 one per replication), since a band's shares differ by a couple of points from one
     *                 population to the next
     */
    public DispositionCalibration(Scenario scenario, int years, long[] seeds, int threads, PrintWriter progress) {
        this.scenario = scenario.withDuration(Days.years(years));
        this.seeds = seeds.clone();
        this.threads = threads;
        this.progress = progress;
    }

    /** Runs {@code rounds} rounds and returns each; the last one's {@code next} is the calibration. */
    public List<Round> run(Figures figures, int rounds) {
        List<Round> out = new ArrayList<>();
        Dispositions d = scenario.population().dispositions();
        for (int round = 1; round <= rounds; round++) {
            Survey s = survey(d);
            double[][] mean = {d.emotionalMean().toArray(), d.socialMean().toArray()};
            double[][] sd = {d.emotionalSd().toArray(), d.socialSd().toArray()};
            double worst = 0;
            String worstAt = "";
            double[][] start = new double[2][AgeGroup.COUNT];
            for (int sub = 0; sub < 2; sub++) {
                for (int g = 0; g < AgeGroup.COUNT; g++) {
                    Band band = s.band(sub, g, mean[sub][g], sd[sub][g]);
                    double notNow = band.share(0, sd[sub][g], true);
                    double stronglyNow = band.share(0, sd[sub][g], false);
                    double miss = Math.max(Math.abs(notNow - figures.notShare()[sub][g]),
                            Math.abs(stronglyNow - figures.stronglyShare()[sub][g]));
                    if (miss > worst) {
                        worst = miss;
                        worstAt = String.format(Locale.ROOT, "%s %s: not %.3f (%.3f), strongly %.3f (%.3f)",
                                sub == 0 ? "emotional" : "social", AgeGroup.get(g).label, notNow,
                                figures.notShare()[sub][g], stronglyNow, figures.stronglyShare()[sub][g]);
                    }
                    double[] shiftAndSd = band.solve(figures.notShare()[sub][g], figures.stronglyShare()[sub][g]);
                    // Damped: the loops answer a change of dispositions by more than one to one, most in
                    // the lonely tail, and a full step overshoots there.
                    mean[sub][g] += DAMPING * shiftAndSd[0];
                    sd[sub][g] = Math.max(MIN_SD, sd[sub][g] + DAMPING * (shiftAndSd[1] - sd[sub][g]));
                    start[sub][g] = band.meanGap();
                }
            }
            // The correlation of the dispositions sets how often both kinds are high, or both low,
            // together: the whole scale's strongly and not lonely shares, which a higher correlation
            // raises alike. Damped steps on their mean miss, the not-lonely share's scaled to the
            // strongly lonely share's tolerance (the other dispositions move in the same round, so a
            // secant through two rounds would mix their effects in).
            double r = d.subscaleCorrelation();
            double miss = 0.5 * (s.totalStrongly - figures.totalStrongly())
                    + 0.5 * 0.75 * (s.totalNot - figures.totalNot());
            double step = Math.max(-MAX_CORRELATION_STEP, Math.min(MAX_CORRELATION_STEP, -CORRELATION_GAIN * miss));
            double nextR = Math.max(0, Math.min(0.95, r + step));
            Dispositions next = new Dispositions(AgeProfile.of(mean[0]), AgeProfile.of(sd[0]), AgeProfile.of(mean[1]),
                    AgeProfile.of(sd[1]), nextR);
            Calibrated calibrated = new Calibrated(version(round), next, AgeProfile.of(start[0]), AgeProfile.of(start[1]),
                    AgeProfile.of(s.meanLoneliness));
            out.add(new Round(round, d, worst, s.totalStrongly, calibrated));
            if (progress != null) {
                progress.printf(Locale.ROOT, "round %d: largest miss of a subscale share %.4f (%s); whole scale not "
                        + "lonely %.4f (target %.4f), strongly lonely %.4f (target %.4f); correlation %.3f -> %.3f%n", round,
                        worst, worstAt, s.totalNot, figures.totalNot(), s.totalStrongly, figures.totalStrongly(), r, nextR);
                progress.flush();
            }
            d = next;
        }
        return out;
    }

    private String version(int round) {
        return LocalDate.now() + " (calibrate --dispositions: " + scenario.name() + ", "
                + scenario.population().size() + " agents, " + scenario.duration() + " recorded, seeds "
                + java.util.Arrays.toString(seeds) + ", " + round + " rounds)";
    }

    /** Runs the world with these dispositions on every seed and surveys it, pooling the runs. */
    private Survey survey(Dispositions d) {
        Scenario s = KeyPaths.with(scenario, "population.dispositions", d);
        Survey out = new Survey(s.population().size(), s.measures().itemNoise());
        for (long seed : seeds) {
            int days = s.duration().count();
            int from = Math.max(0, days - 365);
            int every = Math.max(1, (days - from) / SURVEYS);
            int[] taken = {0};
            new RunEngine(LonelyLoop.create(s.model(), seed, threads)).with(new RunEngine.Hook() {
                @Override
                public void after(RunEngine run, int day) {
                    if (day >= from && (day - from + 1) % every == 0 && taken[0] < SURVEYS) {
                        out.take(run.model());
                        taken[0]++;
                    }
                }
            }).run();
        }
        return out.done();
    }

    /** The settled values of every agent on every survey day, by band and subscale. */
    private static final class Survey {
        private final List<double[]>[][] x = newLists();
        private final List<double[]>[][] setPoint = newLists();
        private final double[] lonelinessSum = new double[AgeGroup.COUNT];
        private final double[] count = new double[AgeGroup.COUNT];
        private final DeJongGierveld.Survey items;
        private final int agents;
        private double strongly;
        private double notLonely;
        private double asked;
        double totalStrongly;
        double totalNot;
        double[] meanLoneliness;

        Survey(int agents, double itemNoise) {
            this.agents = agents;
            this.items = DailyMetrics.survey(itemNoise);
        }

        @SuppressWarnings("unchecked")
        private static List<double[]>[][] newLists() {
            List<double[]>[][] l = new List[2][AgeGroup.COUNT];
            for (int sub = 0; sub < 2; sub++) {
                for (int g = 0; g < AgeGroup.COUNT; g++) {
                    l[sub][g] = new ArrayList<>();
                }
            }
            return l;
        }

        void take(LonelyLoop model) {
            int[] n = new int[AgeGroup.COUNT];
            for (int i = 0; i < agents; i++) {
                n[AgeGroup.of(model.agent(i).getAge()).ordinal()]++;
            }
            double[][][] xs = new double[2][AgeGroup.COUNT][];
            double[][][] ss = new double[2][AgeGroup.COUNT][];
            for (int sub = 0; sub < 2; sub++) {
                for (int g = 0; g < AgeGroup.COUNT; g++) {
                    xs[sub][g] = new double[n[g]];
                    ss[sub][g] = new double[n[g]];
                }
            }
            int[] k = new int[AgeGroup.COUNT];
            double[] e = new double[DeJongGierveld.SUBSCALE_ITEMS + 1];
            double[] s = new double[DeJongGierveld.SUBSCALE_ITEMS + 1];
            double[] c = new double[3];
            for (int i = 0; i < agents; i++) {
                AgentView a = model.agent(i);
                int g = AgeGroup.of(a.getAge()).ordinal();
                xs[0][g][k[g]] = a.getEmotionalLogit();
                xs[1][g][k[g]] = a.getSocialLogit();
                ss[0][g][k[g]] = a.getEmotionalSetPoint();
                ss[1][g][k[g]] = a.getSocialSetPoint();
                k[g]++;
                items.categories(a.getEmotionalLoneliness(), a.getSocialLoneliness(), e, s, c);
                strongly += c[DeJongGierveld.STRONGLY];
                notLonely += c[DeJongGierveld.NOT];
                asked++;
                lonelinessSum[g] += a.getLoneliness();
                count[g]++;
            }
            for (int sub = 0; sub < 2; sub++) {
                for (int g = 0; g < AgeGroup.COUNT; g++) {
                    x[sub][g].add(xs[sub][g]);
                    setPoint[sub][g].add(ss[sub][g]);
                }
            }
        }

        Survey done() {
            totalStrongly = asked == 0 ? Double.NaN : strongly / asked;
            totalNot = asked == 0 ? Double.NaN : notLonely / asked;
            meanLoneliness = new double[AgeGroup.COUNT];
            for (int g = 0; g < AgeGroup.COUNT; g++) {
                meanLoneliness[g] = count[g] == 0 ? 0.3 : lonelinessSum[g] / count[g];
            }
            return this;
        }

        Band band(int sub, int g, double mean, double sd) {
            int total = 0;
            for (double[] a : x[sub][g]) {
                total += a.length;
            }
            int stride = Math.max(1, (total + BAND_SAMPLE - 1) / BAND_SAMPLE);
            double[] xv = new double[(total + stride - 1) / stride];
            double[] dv = new double[xv.length];
            int seen = 0;
            int at = 0;
            for (int day = 0; day < x[sub][g].size(); day++) {
                double[] xa = x[sub][g].get(day);
                double[] sa = setPoint[sub][g].get(day);
                for (int i = 0; i < xa.length; i++) {
                    if (seen++ % stride == 0 && at < xv.length) {
                        xv[at] = xa[i];
                        dv[at] = (sa[i] - mean) / sd;
                        at++;
                    }
                }
            }
            return new Band(java.util.Arrays.copyOf(xv, at), java.util.Arrays.copyOf(dv, at), items, mean, sd);
        }
    }

    /**
     * One band's settled values x and its agents' standard disposition draws z on one subscale (the set
     * point is {@code mean + sd z}), and the search for the shift a and spread sd' that give
     * {@code x + a + (sd' - sd) z} the band's shares.
     */
    static final class Band {
        private final double[] x;
        private final double[] z;
        private final DeJongGierveld.Survey items;
        private final double mean;
        private final double sd;
        private final double[] scratch = new double[DeJongGierveld.SUBSCALE_ITEMS + 1];

        Band(double[] x, double[] z, DeJongGierveld.Survey items, double mean, double sd) {
            this.x = x;
            this.z = z;
            this.items = items;
            this.mean = mean;
            this.sd = sd;
        }

        /** Mean settled value minus set point: where agents of this band stand against their dispositions. */
        double meanGap() {
            double s = 0;
            for (int i = 0; i < x.length; i++) {
                s += x[i] - (mean + sd * z[i]);
            }
            return x.length == 0 ? 0 : s / x.length;
        }

        /** {a, sd'}: for each sd' the not-lonely share is met exactly; sd' then meets the strongly lonely share. */
        double[] solve(double notShare, double stronglyShare) {
            if (x.length == 0) {
                return new double[] {0, sd};
            }
            double lo = MIN_SD;
            double hi = MAX_SD;
            for (int iter = 0; iter < 24; iter++) {
                double mid = 0.5 * (lo + hi);
                double a = shiftFor(mid, notShare);
                if (share(a, mid, false) > stronglyShare) {
                    hi = mid;
                } else {
                    lo = mid;
                }
            }
            double spread = 0.5 * (lo + hi);
            return new double[] {shiftFor(spread, notShare), spread};
        }

        private double shiftFor(double spread, double notShare) {
            double lo = -10;
            double hi = 10;
            for (int iter = 0; iter < 32; iter++) {
                double mid = 0.5 * (lo + hi);
                if (share(mid, spread, true) > notShare) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            return 0.5 * (lo + hi);
        }

        /** Expected share not lonely (score 0) or strongly lonely (score 3) with set points shifted by a and spread sd'. */
        double share(double a, double spread, boolean not) {
            double sum = 0;
            for (int i = 0; i < x.length; i++) {
                items.subscale(LonelinessScale.logistic(x[i] + a + (spread - sd) * z[i]), scratch);
                sum += not ? scratch[0] : scratch[DeJongGierveld.SUBSCALE_ITEMS];
            }
            return sum / x.length;
        }
    }
}
