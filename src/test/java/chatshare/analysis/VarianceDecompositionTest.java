package chatshare.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The law of total variance on constructed draws x replicates. */
class VarianceDecompositionTest {
    @Test
    void splitsTheTotalVarianceExactlyIntoDrawsAndRuns() {
        // draws {1, 3} and {5, 7, 9}: grand mean 5; between = (2 x 3^2 + 3 x 2^2) / 5 = 6; within = (1 + 1 + 4 + 0 + 4) / 5 = 2
        VarianceDecomposition d = VarianceDecomposition.of(new double[][] {{1, 3}, {5, 7, 9}});
        assertEquals(2, d.draws());
        assertEquals(5, d.runs());
        assertEquals(5, d.mean(), 1e-15);
        assertEquals(6, d.between(), 1e-12);
        assertEquals(2, d.within(), 1e-12);
        assertEquals(8, d.total(), 1e-12, "the population variance of 1, 3, 5, 7, 9");
        // run noise in the two means: within x G / (N - G) = 2 x 2 / 3; parameters 6 - 4/3
        assertEquals(6 - 4.0 / 3, d.parameterVariance(), 1e-12);
        assertEquals(2 + 4.0 / 3, d.runVariance(), 1e-12);
        assertEquals((6 - 4.0 / 3) / 8, d.parameterShare(), 1e-12);
        assertEquals("parameters", d.dominant());
    }

    @Test
    void drawsThatDoNotDifferGetNoParameterShareOnAverage() {
        // 2 000 draws x 4 replicates of pure noise: the raw between part is about 1/4 of the total,
        // the estimate without the means' run noise about 0
        org.apache.commons.rng.UniformRandomProvider rng = org.apache.commons.rng.simple.RandomSource.SPLIT_MIX_64.create(7L);
        org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler normal =
                org.apache.commons.rng.sampling.distribution.ZigguratSampler.NormalizedGaussian.of(rng);
        double[][] values = new double[2000][4];
        for (double[] draw : values) {
            for (int r = 0; r < draw.length; r++) {
                draw[r] = normal.sample();
            }
        }
        VarianceDecomposition d = VarianceDecomposition.of(values);
        assertEquals(0.25, d.between() / d.total(), 0.03, "the draws' means carry a quarter of the run noise");
        assertEquals(0, d.parameterShare(), 0.03);
        assertEquals("runs", d.dominant());
        assertEquals("unknown", VarianceDecomposition.of(new double[][] {{1}, {2}}).dominant(), "one run per draw");
    }

    @Test
    void identicalDrawsLeaveOnlyRunToRunNoiseAndNaNsAreLeftOut() {
        VarianceDecomposition d = VarianceDecomposition.of(new double[][] {{1, 2, 3}, {3, 2, 1}, {Double.NaN}});
        assertEquals(2, d.draws(), "a draw with no value is left out");
        assertEquals(0, d.between(), 1e-15);
        assertEquals(2.0 / 3, d.within(), 1e-12);
        assertEquals("runs", d.dominant());
        assertEquals("neither", VarianceDecomposition.of(new double[][] {{4, 4}, {4}}).dominant());
    }
}
