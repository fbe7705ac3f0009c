package chatshare.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UserSampleTest {
    @ParameterizedTest
    @CsvSource({"1000000, 20000", "20001, 20000", "12345, 100", "7, 3"})
    void distinctIncreasingAndEvenlySpread(int population, int n) {
        int[] sample = UserSample.of(population, n);
        assertEquals(n, sample.length);
        assertEquals(0, sample[0]);
        int maxGap = (population + n - 1) / n;
        for (int k = 1; k < n; k++) {
            int gap = sample[k] - sample[k - 1];
            assertTrue(gap >= 1 && gap <= maxGap, "gap " + gap + " at " + k);
        }
        assertTrue(sample[n - 1] < population && population - sample[n - 1] <= maxGap);
    }

    @ParameterizedTest
    @CsvSource({"500, 20000", "500, 500"})
    void aSmallPopulationIsDrawnWhole(int population, int n) {
        assertArrayEquals(java.util.stream.IntStream.range(0, population).toArray(), UserSample.of(population, n));
    }
}
