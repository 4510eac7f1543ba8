package org.lonelyloop.model;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.lonelyloop.model.network.TieGraph;
import org.lonelyloop.model.network.WattsStrogatz;
import org.lonelyloop.model.params.AgeGroup;
import org.lonelyloop.model.params.OfflineNetworkParams;
import org.lonelyloop.model.params.PopulationParams;
import org.lonelyloop.model.random.Purpose;
import org.lonelyloop.model.random.RandomStream;

/**
 * Draws the starting population and its offline network from the scenario's parameters.
 *
 * <p>Per-agent draws use the agent's own {@link Purpose#INITIALISE} stream, so they run in parallel
 * and do not depend on the thread count. Loneliness and social anxiety are drawn jointly through a
 * Gaussian copula: each has its own Beta marginal (loneliness fitted per age band to the CBS
 * shares), and the two are correlated as the literature reports.
 */
final class PopulationSampler {
    /** Free time varies between people of one age by this log-scale standard deviation. */
    private static final double FREE_TIME_SPREAD = 0.15;
    private static final double MIN_FREE_MINUTES = 60;
    private static final double MAX_FREE_MINUTES = 960;

    private final PopulationParams p;
    private final long seed;
    private final BetaShape[] lonelinessByAge = new BetaShape[AgeGroup.COUNT];
    private final BetaShape anxiety;
    private final BetaShape activeShare;
    private final double[] ageCumulative = new double[AgeGroup.COUNT];

    PopulationSampler(PopulationParams p, long seed) {
        this.p = p;
        this.seed = seed;
        for (AgeGroup g : AgeGroup.values()) {
            lonelinessByAge[g.ordinal()] = BetaShape.ofTails(DeJongGierveld.SOMEWHAT_FROM, p.notLonelyShare().get(g),
                    DeJongGierveld.STRONGLY_FROM, p.stronglyLonelyShare().get(g));
        }
        anxiety = BetaShape.ofMeanSd(p.socialAnxietyMean(), p.socialAnxietySd());
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

    /** The Beta distribution initial loneliness is drawn from, for one age band. */
    BetaShape lonelinessShape(AgeGroup g) {
        return lonelinessByAge[g.ordinal()];
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
        double rho = p.anxietyLonelinessCorrelation();
        double rhoComplement = Math.sqrt(1 - rho * rho);
        workers.forEachChunk(pop.size, (chunk, from, to) -> {
            RandomStream r = new RandomStream();
            for (int i = from; i < to; i++) {
                r.reset(seed, 0, Purpose.INITIALISE, i);
                AgeGroup g = drawAgeGroup(r.nextDouble());
                double age = bandLow(g) + r.nextDouble() * (bandHigh(g) - bandLow(g));
                pop.age[i] = (float) age;
                pop.ageGroup[i] = (byte) g.ordinal();

                double z1 = r.nextGaussian();
                double z2 = rho * z1 + rhoComplement * r.nextGaussian();
                pop.loneliness[i] = (float) lonelinessByAge[g.ordinal()].quantile(BetaShape.NORMAL_CDF.at(z1));
                pop.socialAnxiety[i] = (float) anxiety.quantile(BetaShape.NORMAL_CDF.at(z2));
                pop.activeShare[i] = (float) activeShare.quantile(r.nextDouble());

                double median = p.useMinutesMedian().get(g);
                pop.baseMinutes[i] = (float) (median * Math.exp(p.useMinutesSpread() * r.nextGaussian()));
                double free = p.freeMinutes().get(g) * Math.exp(FREE_TIME_SPREAD * r.nextGaussian());
                pop.freeMinutes[i] = (float) Math.max(MIN_FREE_MINUTES, Math.min(MAX_FREE_MINUTES, free));
                pop.proposal[i] = -1;
                pop.proposalUndisturbed[i] = -1;
            }
        });
        setReferences(pop);
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
     * The use drivers are centred on the default Dutch population, not on this run's: baseline use
     * is what a person of the default loneliness and anxiety for their age reports, so a lonelier
     * population (a different scenario) does use more.
     */
    private static void setReferences(Population pop) {
        double[] l = Reference.LONELINESS;
        for (int g = 0; g < AgeGroup.COUNT; g++) {
            pop.referenceLoneliness[g] = l[g];
            pop.referenceAnxiety[g] = Reference.ANXIETY;
        }
    }

    /** Means of the default population's starting distributions, computed once. */
    private static final class Reference {
        static final double[] LONELINESS = new double[AgeGroup.COUNT];
        static final double ANXIETY = PopulationParams.defaults().socialAnxietyMean();

        static {
            PopulationParams d = PopulationParams.defaults();
            for (AgeGroup g : AgeGroup.values()) {
                LONELINESS[g.ordinal()] = BetaShape.ofTails(DeJongGierveld.SOMEWHAT_FROM, d.notLonelyShare().get(g),
                        DeJongGierveld.STRONGLY_FROM, d.stronglyLonelyShare().get(g)).mean();
            }
        }
    }

    /**
     * The offline network: a Watts-Strogatz small world on a ring ordered by age plus noise, so
     * most ties join people of similar age (homophily) and a few rewired ties bridge generations.
     *
     * @return the ring order used, which also defines who shares settings (school, work, clubs)
     */
    static int[] offlineNetwork(Population pop, TieGraph graph, OfflineNetworkParams p, MersenneTwisterFast random) {
        int n = pop.size;
        long[] keyed = new long[n];
        for (int i = 0; i < n; i++) {
            float key = (float) (pop.age[i] + p.ageNoiseYears() * random.nextGaussian());
            keyed[i] = ((long) sortableBits(key) << 32) | i;
        }
        Arrays.sort(keyed);
        int[] ringOrder = new int[n];
        for (int pos = 0; pos < n; pos++) {
            ringOrder[pos] = (int) keyed[pos];
        }
        BetaShape strength = BetaShape.ofMeanSd(p.initialStrengthMean(), p.initialStrengthSd());
        int k = Math.min(p.meanDegree(), evenBelow(n));
        if (k >= 2) {
            new WattsStrogatz(k, p.rewiring()).generate(graph, ringOrder, random,
                    rnd -> (float) Math.max(0.01, strength.quantile(rnd.nextDouble())));
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
