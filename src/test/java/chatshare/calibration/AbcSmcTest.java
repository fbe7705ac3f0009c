package chatshare.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chatshare.model.Streams;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * ABC on an analytic simulator with a known posterior: y = theta + N(0, 1) noise, a flat prior
 * on [-10, 10] and an observation y0, so the exact posterior is N(y0, 1) (the box truncates a
 * negligible tail); the ABC posterior at tolerance eps is that convolved with U(-eps, eps).
 */
class AbcSmcTest {
    private static final double[] LO = {-10};
    private static final double[] HI = {10};

    /** |theta + noise - y0|, the noise drawn from a stream of (seed, call): deterministic. */
    private static AbcSmc.Simulator gaussian(double y0, long seed) {
        long[] calls = {0};
        return thetas -> {
            UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(Streams.derive(seed, calls[0]++));
            ZigguratSampler.NormalizedGaussian noise = ZigguratSampler.NormalizedGaussian.of(rng);
            return thetas.stream().mapToDouble(t -> Math.abs(t[0] + noise.sample() - y0)).toArray();
        };
    }

    private static AbcSmc.Population posterior(double y0, long seed) throws InterruptedException {
        AbcSmc abc = new AbcSmc(LO, HI, t -> t);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(Streams.derive(seed, 1));
        List<double[]> prior = new ArrayList<>();
        int n = 1000;
        for (int i = 0; i < n; i++) { // a Latin hypercube in one dimension: one point per stratum
            prior.add(new double[] {LO[0] + (i + rng.nextDouble()) / n * (HI[0] - LO[0])});
        }
        AbcSmc.Simulator sim = gaussian(y0, seed);
        return abc.run(prior, sim.distances(prior), 200, 3, 1000, rng, sim);
    }

    private static double mean(AbcSmc.Population p) {
        double m = 0;
        for (int i = 0; i < p.size(); i++) {
            m += p.weights()[i] * p.thetas()[i][0];
        }
        return m;
    }

    @Test
    void recoversTheAnalyticPosteriorWithNormalisedWeightsAndFallingTolerance() throws InterruptedException {
        AbcSmc.Population p = posterior(3, 11);
        double sum = 0;
        for (double w : p.weights()) {
            assertTrue(w > 0);
            sum += w;
        }
        assertEquals(1, sum, 1e-12, "weights sum to 1");
        for (double d : p.distances()) {
            assertTrue(d <= p.tolerance(), "every particle within the tolerance");
        }
        // Rejection keeps 20% of a prior 20 wide: tolerance about 2; each generation keeps 20% of proposals near the fit.
        assertTrue(p.tolerance() < 2.0 / 3, "three generations bring the tolerance far below rejection's: " + p.tolerance());
        double m = mean(p);
        double var = 0;
        for (int i = 0; i < p.size(); i++) {
            var += p.weights()[i] * Math.pow(p.thetas()[i][0] - m, 2);
        }
        // Exact: N(3, 1 + eps^2 / 3); with ~200 weighted particles the mean is within ~0.2, the sd within ~20%.
        assertEquals(3, m, 0.25, "posterior mean");
        assertEquals(1, Math.sqrt(var), 0.25, "posterior sd");
    }

    @Test
    void ninetyPercentIntervalsCoverTheTruthAboutNinetyPercentOfTheTime() throws InterruptedException {
        // theta drawn from the prior's middle, y0 from the model: a calibrated posterior's 90% interval
        // holds theta in 90% of the trials (binomial sd for 40 trials: about 5 points).
        UniformRandomProvider truth = RandomSource.XO_RO_SHI_RO_128_PP.create(42);
        ZigguratSampler.NormalizedGaussian noise = ZigguratSampler.NormalizedGaussian.of(truth);
        int trials = 40;
        int covered = 0;
        for (int t = 0; t < trials; t++) {
            double theta = -5 + 10 * truth.nextDouble();
            double y0 = theta + noise.sample();
            AbcSmc.Population p = posterior(y0, 100 + t);
            double[] v = new double[p.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = p.thetas()[i][0];
            }
            double low = PosteriorSummary.quantile(v, p.weights(), 0.05);
            double high = PosteriorSummary.quantile(v, p.weights(), 0.95);
            if (low <= theta && theta <= high) {
                covered++;
            }
        }
        assertTrue(covered >= 30 && covered <= 40, "covered " + covered + " of " + trials);
    }

    @Test
    void deterministicGivenTheSeed() throws InterruptedException {
        AbcSmc.Population a = posterior(1, 5);
        AbcSmc.Population b = posterior(1, 5);
        assertArrayEquals(a.weights(), b.weights());
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.thetas()[i], b.thetas()[i]);
        }
    }

    @Test
    void rejectionKeepsTheClosestFinitePointsEquallyWeighted() {
        AbcSmc abc = new AbcSmc(LO, HI, t -> t);
        List<double[]> prior = List.of(new double[] {0}, new double[] {1}, new double[] {2}, new double[] {3});
        AbcSmc.Population p = abc.rejection(prior, new double[] {0.5, Double.POSITIVE_INFINITY, 0.1, 0.3}, 2);
        assertArrayEquals(new double[] {2}, p.thetas()[0]);
        assertArrayEquals(new double[] {3}, p.thetas()[1]);
        assertArrayEquals(new double[] {0.5, 0.5}, p.weights());
        assertEquals(0.3, p.tolerance());
    }

    @Test
    void weightedQuantileInvertsTheWeightedCdfAndSystematicResamplingFollowsWeights() {
        double[] v = {4, 1, 3, 2};
        double[] w = {0.1, 0.4, 0.2, 0.3};
        // sorted: 1 (0.4), 2 (0.7), 3 (0.9), 4 (1.0)
        assertEquals(1, PosteriorSummary.quantile(v, w, 0.05));
        assertEquals(1, PosteriorSummary.quantile(v, w, 0.4));
        assertEquals(2, PosteriorSummary.quantile(v, w, 0.5));
        assertEquals(3, PosteriorSummary.quantile(v, w, 0.9));
        assertEquals(4, PosteriorSummary.quantile(v, w, 0.95));
        int[] draws = AbcSmc.systematic(w, 10);
        int[] counts = new int[4];
        for (int i : draws) {
            counts[i]++;
        }
        assertArrayEquals(new int[] {1, 4, 2, 3}, counts, "n w_i draws of each when n w_i is whole");
    }

    @Test
    void standardisedCoefficientsOfAnExactLinearModel() {
        // m0 = 2 a - b exactly; m1 = a only: SRC = slope x sd(x) / sd(y)
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(3);
        int n = 50;
        double[][] x = new double[n][];
        double[][] y = new double[n][];
        for (int i = 0; i < n; i++) {
            double a = rng.nextDouble();
            double b = 10 * rng.nextDouble();
            x[i] = new double[] {a, b};
            y[i] = new double[] {2 * a - b, a};
        }
        double[][] src = PosteriorSummary.standardisedCoefficients(x, y);
        double sdA = org.apache.commons.statistics.descriptive.StandardDeviation.of(
                java.util.Arrays.stream(x).mapToDouble(r -> r[0]).toArray()).getAsDouble();
        double sdB = org.apache.commons.statistics.descriptive.StandardDeviation.of(
                java.util.Arrays.stream(x).mapToDouble(r -> r[1]).toArray()).getAsDouble();
        double sdY = org.apache.commons.statistics.descriptive.StandardDeviation.of(
                java.util.Arrays.stream(y).mapToDouble(r -> r[0]).toArray()).getAsDouble();
        assertEquals(2 * sdA / sdY, src[0][0], 1e-9);
        assertEquals(-sdB / sdY, src[0][1], 1e-9);
        assertEquals(1, src[1][0], 1e-9);
        assertEquals(0, src[1][1], 1e-9);
        assertEquals(List.of(0, 1), PosteriorSummary.strongest(src, 1, 3), "b moves m0, not m1");
    }
}
