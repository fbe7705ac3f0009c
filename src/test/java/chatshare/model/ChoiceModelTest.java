package chatshare.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class ChoiceModelTest {
    @Test
    void probabilitiesAreTheClosedFormLogit() {
        double[] v = {0.0, 1.0, -2.0, 3.5};
        double[] p = new double[4];
        ChoiceModel.probabilities(v, 4, p);
        double z = Math.exp(0) + Math.exp(1) + Math.exp(-2) + Math.exp(3.5);
        assertEquals(Math.exp(1) / z, p[1], 1e-15);
        assertEquals(Math.exp(3.5) / z, p[3], 1e-15);
        assertEquals(1.0, p[0] + p[1] + p[2] + p[3], 1e-15);
    }

    @Test
    void largeUtilitiesDoNotOverflow() {
        double[] v = {1000, 1001};
        double[] p = new double[2];
        ChoiceModel.probabilities(v, 2, p);
        assertEquals(1 / (1 + Math.exp(-1)), p[1], 1e-12);
    }

    @Test
    void samplingFrequenciesMatchProbabilities() {
        double[] v = {0.2, -1.0, 1.3, 0.0, 0.7};
        double[] p = new double[v.length];
        ChoiceModel.probabilities(v, v.length, p);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(7L);
        int draws = 400_000;
        int[] hits = new int[v.length];
        double[] scratch = new double[v.length];
        for (int d = 0; d < draws; d++) {
            System.arraycopy(v, 0, scratch, 0, v.length);
            hits[ChoiceModel.sample(scratch, v.length, rng.nextDouble(), new double[v.length])]++;
        }
        for (int k = 0; k < v.length; k++) {
            double se = Math.sqrt(p[k] * (1 - p[k]) / draws);
            assertEquals(p[k], (double) hits[k] / draws, 5 * se, "alternative " + k);
        }
    }

    @Test
    void inverseCdfEndsMapToFirstAndLastAlternative() {
        double[] scratch = new double[3];
        assertEquals(0, ChoiceModel.sample(new double[] {0, 0, 0}, 3, 0.0, scratch));
        assertEquals(2, ChoiceModel.sample(new double[] {0, 0, 0}, 3, Math.nextDown(1.0), scratch));
        assertEquals(0, ChoiceModel.sample(new double[] {5}, 1, 0.99, scratch));
    }

    @Test
    void hugeUtilityGapsFallBackToTheMaximumWithoutOverflow() {
        double[] scratch = new double[3];
        // exp(900 - 0) overflows relative to v[0]; the alternative with utility 900 must win.
        assertEquals(1, ChoiceModel.sample(new double[] {0, 900, 10}, 3, 0.5, scratch));
        assertEquals(2, ChoiceModel.sample(new double[] {0, 900, 900}, 3, 0.75, scratch));
    }

    @Test
    void bandDistanceIsZeroInsideTheToleranceBand() {
        assertEquals(0, ChoiceModel.bandDistance(0.5, 0.4, 0.1), 1e-15);
        assertEquals(0.2, ChoiceModel.bandDistance(0.8, 0.5, 0.1), 1e-12);
        assertEquals(0.2, ChoiceModel.bandDistance(0.2, 0.5, 0.1), 1e-12);
        assertTrue(ChoiceModel.bandDistance(1, 0, 0) > ChoiceModel.bandDistance(0.5, 0, 0));
    }
}
