package org.lonelyloop.model;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.lonelyloop.model.network.TieGraph;
import org.lonelyloop.model.network.WattsStrogatz;
import org.lonelyloop.model.params.AgeGroup;
import org.lonelyloop.model.params.Calibrated;
import org.lonelyloop.model.params.Dispositions;
import org.lonelyloop.model.params.OfflineNetworkParams;
import org.lonelyloop.model.params.PartnerParams;
import org.lonelyloop.model.params.PopulationParams;
import org.lonelyloop.model.pathway.MoodDynamics;
import org.lonelyloop.model.random.Purpose;
import org.lonelyloop.model.random.RandomStream;
import org.lonelyloop.model.scale.BetaShape;
import org.lonelyloop.model.state.Population;
import org.lonelyloop.model.state.Workers;

/**
 * Draws the starting population and its offline network from the scenario's parameters.
 *
 * <p>Per-agent draws use the agent's own {@link Purpose#INITIALISE} stream, so they run in parallel
 * and do not depend on the thread count. Dispositional loneliness, social anxiety, depressive
 * symptoms and self-esteem are drawn jointly through a one-factor Gaussian copula: the emotional and
 * social set points are normal on the logit scale ({@link Dispositions}), the others have Beta
 * marginals. Nothing here depends on the pathways: two worlds on one seed have the same people.
 */
final class PopulationSampler {
    /** Free time varies between people of one age by this log-scale standard deviation. */
    private static final double FREE_TIME_SPREAD = 0.15;
    private static final double MIN_FREE_MINUTES = 60;
    private static final double MAX_FREE_MINUTES = 960;
    /** Spread of personal network size around the age band's target (log scale). */
    private static final double TIE_TARGET_SPREAD = 0.25;
    private static final int MAX_PLATFORMS = 11;

    private final ModelParams scenario;
    private final PopulationParams p;
    private final long seed;
    private final Dispositions dispositions;
    private final Calibrated calibrated = Calibrated.shipped();
    private final PartnerParams partners;
    private final BetaShape partnerCloseness;
    private final BetaShape anxiety;
    private final BetaShape depression;
    private final BetaShape esteem;
    private final BetaShape activeShare;
    private final double[] ageCumulative = new double[AgeGroup.COUNT];

    PopulationSampler(ModelParams scenario, long seed) {
        this.scenario = scenario;
        this.p = scenario.population();
        this.seed = seed;
        dispositions = p.dispositions();
        partners = scenario.partners();
        partnerCloseness = BetaShape.ofMeanSd(partners.closenessMean(), partners.closenessSd());
        anxiety = BetaShape.ofMeanSd(p.socialAnxietyMean(), p.socialAnxietySd());
        depression = BetaShape.ofMeanSd(p.depressionMean(), p.depressionSd());
        esteem = BetaShape.ofMeanSd(p.selfEsteemMean(), p.selfEsteemSd());
        activeShare = BetaShape.ofMeanSd(p.activeShareMean(), p.activeShareSd());
        double total = 0;
        for (AgeGroup g : AgeGroup.values()) {
            total += drawable(g) ? p.ageShares().get(g) : 0;
            ageCumulative[g.ordinal()] = total;
        }
        for (int g = 0; g < AgeGroup.COUNT; g++) {
            ageCumulative[g] /= total;
        }
    }

    private double bandLow(AgeGroup g) {
        double lo = g == AgeGroup.Y15_24 ? Math.min(p.minAge(), g.from) : g.from;
        return Math.max(lo, p.minAge());
    }

    private double bandHigh(AgeGroup g) {
        return Math.min(g.to, p.maxAge());
    }

    private boolean drawable(AgeGroup g) {
        return bandLow(g) < bandHigh(g);
    }

    void populate(Population pop, Workers workers) {
        MoodDynamics.Params mood = scenario.pathways().moodDynamics();
        OfflineNetworkParams net = scenario.networks().offline();
        double[] loading = {p.lonelinessLoading(), p.anxietyLoading(), p.depressionLoading(), p.selfEsteemLoading()};
        double[] unique = new double[4];
        for (int k = 0; k < 4; k++) {
            unique[k] = Math.sqrt(1 - loading[k] * loading[k]);
        }
        // Emotional and social dispositions share the loneliness factor with weight sqrt(r), so they
        // correlate by r with each other and by sqrt(r) times the loading with the common factor.
        double shared = Math.sqrt(dispositions.subscaleCorrelation());
        double own = Math.sqrt(1 - dispositions.subscaleCorrelation());
        workers.forEachChunk(pop.size, (chunk, from, to) -> {
            RandomStream r = new RandomStream();
            for (int i = from; i < to; i++) {
                r.reset(seed, 0, Purpose.INITIALISE, i);
                AgeGroup g = drawAgeGroup(r.nextDouble());
                int band = g.ordinal();
                pop.age[i] = (float) (bandLow(g) + r.nextDouble() * (bandHigh(g) - bandLow(g)));
                pop.ageGroup[i] = (byte) band;

                double common = r.nextGaussian();
                double lonelyFactor = loading[0] * common + unique[0] * r.nextGaussian();
                double zE = shared * lonelyFactor + own * r.nextGaussian();
                double zS = shared * lonelyFactor + own * r.nextGaussian();
                double setE = dispositions.emotionalMean().get(band) + dispositions.emotionalSd().get(band) * zE;
                double setS = dispositions.socialMean().get(band) + dispositions.socialSd().get(band) * zS;
                pop.emotionalSetPoint[i] = (float) setE;
                pop.socialSetPoint[i] = (float) setS;
                // Each starts near its band's balance in the default world; the burn-in does the rest.
                pop.setLoneliness(i, setE + calibrated.emotionalStart().get(band),
                        setS + calibrated.socialStart().get(band));
                double couple = r.nextDouble();
                if (couple < partners.share().get(band) + partners.datingShare(band)) {
                    pop.partnerBond[i] = (float) partnerCloseness.quantile(r.nextDouble());
                    boolean together = couple < partners.share().get(band);
                    pop.relationship[i] = together ? Population.COHABITING : Population.DATING;
                    // Couples living together have mostly been together for years; those living apart
                    // are halfway, on average, to the attachment they will have.
                    pop.partnerCloseness[i] = together ? pop.partnerBond[i] : 0.5f * pop.partnerBond[i];
                }
                pop.socialAnxiety[i] = (float) anxiety.quantile(copula(common, loading[1], unique[1], r));
                pop.depression[i] = (float) depression.quantile(copula(common, loading[2], unique[2], r));
                pop.selfEsteem[i] = (float) esteem.quantile(copula(common, loading[3], unique[3], r));
                pop.anxietySetPoint[i] = pop.socialAnxiety[i];
                pop.depressionSetPoint[i] = pop.depression[i];
                pop.esteemSetPoint[i] = pop.selfEsteem[i];

                pop.activeShare[i] = (float) activeShare.quantile(r.nextDouble());
                pop.baseMinutes[i] = (float) (p.useMinutesMedian().get(band) * Math.exp(p.useMinutesSpread() * r.nextGaussian()));
                double free = p.freeMinutes().get(band) * Math.exp(FREE_TIME_SPREAD * r.nextGaussian());
                pop.freeMinutes[i] = (float) Math.max(MIN_FREE_MINUTES, Math.min(MAX_FREE_MINUTES, free));
                pop.nightPropensity[i] = (float) (p.nightShare().get(band) * Math.exp(p.nightShareSpread() * r.nextGaussian()
                        - 0.5 * p.nightShareSpread() * p.nightShareSpread()));
                pop.sleepDebtBase[i] = (float) (-p.sleepDebtMean() * Math.log(1 - r.nextDouble()));
                pop.platforms[i] = (byte) Math.min(MAX_PLATFORMS, poisson(r, p.platformsMean().get(band)));
                int target = (int) Math.round(net.targetTies().get(band) * Math.exp(TIE_TARGET_SPREAD * r.nextGaussian()));
                pop.tieTarget[i] = (byte) Math.max(1, Math.min(net.capacity(), target));

                double sMean = mood.draw(r.nextDouble(), r.nextGaussian());
                pop.susceptibilityMean[i] = (float) sMean;
                pop.susceptibility[i] = (float) sMean;
                pop.habit[i] = (float) (scenario.pathways().reinforcement().reference() * r.nextDouble() * 2);
                pop.fomo[i] = 0f;
                pop.dependence[i] = 0f;
                pop.sleepDebt[i] = pop.sleepDebtBase[i];
            }
        });
    }

    /** A uniform from the common factor and a unique normal: the Gaussian copula step. */
    private static double copula(double common, double loading, double unique, RandomStream r) {
        return BetaShape.NORMAL_CDF.at(loading * common + unique * r.nextGaussian());
    }

    private static int poisson(RandomStream r, double mean) {
        return org.lonelyloop.model.random.Poisson.draw(r, mean);
    }

    private AgeGroup drawAgeGroup(double u) {
        for (int g = 0; g < AgeGroup.COUNT; g++) {
            if (u < ageCumulative[g]) {
                return AgeGroup.get(g);
            }
        }
        for (int g = AgeGroup.COUNT - 1; g >= 0; g--) {
            if (drawable(AgeGroup.get(g))) {
                return AgeGroup.get(g);
            }
        }
        throw new IllegalStateException("no drawable age group");
    }

    /**
     * The ring of settings the offline network is laid on: agents in order of age plus noise, so
     * most ties join people of similar age (homophily) and a few rewired ties bridge generations.
     * With {@code lonelinessSorting} above zero, people of about one age (a cohort as wide as the
     * age noise) stand in order of a score correlated with their starting loneliness instead
     * ({@link #sortWithinCohorts}).
     *
     * @return the agent at each place of the ring, which also defines who shares settings (school,
     *         work, clubs)
     */
    static int[] ringOrder(Population pop, OfflineNetworkParams p, long seed, MersenneTwisterFast random) {
        int n = pop.size;
        float[] noisyAge = new float[n];
        long[] keyed = new long[n];
        for (int i = 0; i < n; i++) {
            noisyAge[i] = (float) (pop.age[i] + p.ageNoiseYears() * random.nextGaussian());
            keyed[i] = ((long) sortableBits(noisyAge[i]) << 32) | i;
        }
        Arrays.sort(keyed);
        int[] ringOrder = new int[n];
        for (int pos = 0; pos < n; pos++) {
            ringOrder[pos] = (int) keyed[pos];
        }
        if (p.lonelinessSorting() > 0) {
            ringOrder = sortWithinCohorts(pop, noisyAge, Math.max(1, p.ageNoiseYears()), p.lonelinessSorting(), seed);
        }
        return ringOrder;
    }

    /**
     * The offline network: a Watts-Strogatz small world on the ring of settings, its ties' starting
     * strengths drawn from the Beta of the scenario's mean and spread.
     *
     * @param ringOrder the agent at each place of the ring
     * @param drawnAs   the agent a uniform draw of agent number {@code w} names ({@code drawnAs[w]}):
     *                  for agents numbered along the ring, the place of the agent numbered {@code w}
     *                  before, so that the network is the one the seed always gave
     */
    static void offlineNetwork(TieGraph graph, OfflineNetworkParams p, int[] ringOrder, int[] drawnAs,
            MersenneTwisterFast random) {
        BetaShape strength = BetaShape.ofMeanSd(p.initialStrengthMean(), p.initialStrengthSd());
        int k = Math.min(p.meanDegree(), evenBelow(graph.agents()));
        if (k >= 2) {
            new WattsStrogatz(k, p.rewiring()).generate(graph, ringOrder, drawnAs, random,
                    rnd -> (float) Math.max(0.06, strength.quantile(rnd.nextDouble())));
        }
    }

    /**
     * The ring in cohorts of {@code width} years of (noisy) age, and within a cohort in order of a
     * score {@code rho z + sqrt(1 - rho^2) e}, where z is the agent's standardised dispositional
     * loneliness (the mean of its two set points, logit) and e its own noise: the people one lives, works and spends free time among
     * resemble one in the circumstances that make for loneliness (living alone, income, health, not
     * working), so the lonely stand beside the lonely. Within a cohort the age order was mostly noise
     * already. Cohorts alternate ascending and descending so that neighbouring cohorts meet at
     * similar scores. Because the order is smooth over the whole cohort, the settings that later
     * ties come from ({@code contact.settingWindow}) keep the resemblance too.
     */
    static int[] sortWithinCohorts(Population pop, float[] noisyAge, double width, double rho, long seed) {
        int n = pop.size;
        float[] disposition = new float[n];
        double mean = 0;
        for (int i = 0; i < n; i++) {
            disposition[i] = 0.5f * (pop.emotionalSetPoint[i] + pop.socialSetPoint[i]);
            mean += disposition[i];
        }
        mean /= n;
        double var = 0;
        for (int i = 0; i < n; i++) {
            double d = disposition[i] - mean;
            var += d * d;
        }
        double sd = Math.sqrt(var / Math.max(1, n - 1));
        double unique = Math.sqrt(1 - rho * rho);
        RandomStream r = new RandomStream();
        long[] keyed = new long[n];
        for (int i = 0; i < n; i++) {
            r.reset(seed, 0, Purpose.SETTING, i);
            double z = sd > 0 ? (disposition[i] - mean) / sd : 0;
            double score = rho * z + unique * r.nextGaussian();
            // Cohort index above, the score in 15 bits (1/2048 of a standard deviation), the agent below.
            long cohort = (long) Math.floor(noisyAge[i] / width) + 1024;
            double signed = cohort % 2 == 0 ? score : -score;
            long level = Math.max(0, Math.min(32_767, Math.round((signed + 8) * 2048)));
            keyed[i] = (cohort << 47) | (level << 32) | i;
        }
        Arrays.sort(keyed);
        int[] ringOrder = new int[n];
        for (int pos = 0; pos < n; pos++) {
            ringOrder[pos] = (int) (keyed[pos] & 0xFFFFFFFFL);
        }
        return ringOrder;
    }

    private static int evenBelow(int n) {
        int k = n - 1;
        return k % 2 == 0 ? k : k - 1;
    }

    /** Maps a float to an int whose signed order matches the float's order. */
    private static int sortableBits(float f) {
        int bits = Float.floatToIntBits(f);
        return bits ^ ((bits >> 31) & 0x7FFFFFFF);
    }
}
