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
        assertEquals(0.75, d.parameterShare(), 1e-12);
        assertEquals("parameters", d.dominant());
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
