package org.lonelyloop.model.random;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The model's draws against Commons Math's distributions, by goodness of fit: Poisson counts by a
 * chi-square test over the count's bins, normal and uniform deviates by Kolmogorov-Smirnov. Every
 * sample is drawn as the model draws it, one agent's stream per draw (a day's key, the agent's
 * number), so what is tested is also that the agents' streams are independent of each other.
 *
 * <p>The seeds are fixed, so each test passes or fails the same way every time. Each kind of draw
 * also has a foil, a sampler a little off, which the same test must reject: a test that could not
 * tell the two apart would prove nothing.
 */
class GoodnessOfFitTest {
    /** Draws per sample. */
    private static final int N = 100_000;
    /** Smallest p-value a correct sampler may have; a foil must fall below it. */
    private static final double ALPHA = 1e-3;

    private static long dayKey(int day) {
        return RandomStream.dayKey(20261207L, day, Purpose.REACTIONS);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.2, 2.5, 9, 29.5, 35, 39.9, 40, 75, 300})
    void poissonCountsFollowThePoissonDistribution(double mean) {
        double p = poissonFit(mean, r -> Poisson.draw(r, mean));
        assertTrue(p > ALPHA, "mean " + mean + ": chi-square p = " + p);
    }

    @Test
    void aPoissonSamplerThreePercentOffIsRejected() {
        for (double mean : new double[] {2.5, 75}) {
            double p = poissonFit(mean, r -> Poisson.draw(r, 1.03 * mean));
            assertTrue(p < ALPHA, "mean " + mean + ": the foil passed, p = " + p);
        }
    }

    /**
     * What the model drew from a mean of 30 up until December 2026: a rounded normal deviate. Its
     * counts are symmetric about the mean where Poisson counts lean right, and the test sees it.
     */
    @Test
    void theRoundedNormalOnceUsedAboveThirtyIsRejected() {
        double mean = 35;
        double p = poissonFit(mean, r -> (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * r.nextGaussian())));
        assertTrue(p < ALPHA, "the rounded normal passed, p = " + p);
    }

    @Test
    void normalDeviatesFollowTheStandardNormal() {
        assertTrue(normalFit(0) > ALPHA);
        assertTrue(normalFit(0.03) < ALPHA, "a normal shifted by 0.03 must be rejected");
    }

    @Test
    void uniformsFollowTheUniformDistribution() {
        double[] x = new double[N];
        double[] pair = new double[N];
        RandomStream r = new RandomStream();
        long key = dayKey(3);
        for (int i = 0; i < N; i++) {
            x[i] = r.reset(key, i).nextDouble();
            pair[i] = RandomStream.pairUniform(key, i, 2 * N - i);
        }
        UniformRealDistribution u = new UniformRealDistribution(null, 0, 1);
        KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest();
        assertTrue(ks.kolmogorovSmirnovTest(u, x) > ALPHA);
        assertTrue(ks.kolmogorovSmirnovTest(u, pair) > ALPHA);
        double[] squeezed = new double[N];
        for (int i = 0; i < N; i++) {
            squeezed[i] = 0.98 * x[i];
        }
        assertTrue(ks.kolmogorovSmirnovTest(u, squeezed) < ALPHA, "uniforms on [0, 0.98) must be rejected");
    }

    @Test
    void coinFlipsComeUpAtTheirChance() {
        for (double chance : new double[] {0.003, 0.2, 0.5}) {
            long heads = 0;
            RandomStream r = new RandomStream();
            long key = dayKey(4);
            for (int i = 0; i < N; i++) {
                heads += r.reset(key, i).nextBoolean(chance) ? 1 : 0;
            }
            double p = new ChiSquareTest().chiSquareTest(new double[] {chance, 1 - chance}, new long[] {heads, N - heads});
            assertTrue(p > ALPHA, "chance " + chance + ": " + heads + " of " + N + ", p = " + p);
        }
    }

    private static double normalFit(double shift) {
        double[] z = new double[N];
        RandomStream r = new RandomStream();
        long key = dayKey(2);
        for (int i = 0; i < N; i++) {
            z[i] = r.reset(key, i).nextGaussian() + shift;
        }
        return new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new NormalDistribution(null, 0, 1), z);
    }

    /**
     * The chi-square p-value of N counts from {@code sampler} against Poisson({@code mean}), the
     * counts binned one value a bin where at least five are expected and the tails pooled.
     */
    private static double poissonFit(double mean, ToIntFunction<RandomStream> sampler) {
        PoissonDistribution poisson = new PoissonDistribution(null, mean, PoissonDistribution.DEFAULT_EPSILON,
                PoissonDistribution.DEFAULT_MAX_ITERATIONS);
        int low = 0;
        while (N * poisson.cumulativeProbability(low) < 5) {
            low++;
        }
        int high = low + 1;
        while (N * (1 - poisson.cumulativeProbability(high - 1)) >= 5) {
            high++;
        }
        high--;
        // Bins: [0, low], then each of low+1 .. high-1, then [high, infinity).
        List<Double> expected = new ArrayList<>();
        expected.add(poisson.cumulativeProbability(low));
        for (int k = low + 1; k < high; k++) {
            expected.add(poisson.probability(k));
        }
        expected.add(1 - poisson.cumulativeProbability(high - 1));
        long[] observed = new long[expected.size()];
        RandomStream r = new RandomStream();
        long key = dayKey(1);
        for (int i = 0; i < N; i++) {
            int k = sampler.applyAsInt(r.reset(key, i));
            observed[k <= low ? 0 : k >= high ? observed.length - 1 : k - low]++;
        }
        double[] e = expected.stream().mapToDouble(Double::doubleValue).toArray();
        return new ChiSquareTest().chiSquareTest(e, observed);
    }
}
