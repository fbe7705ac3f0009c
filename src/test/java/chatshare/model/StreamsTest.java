package chatshare.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

/** Streams on its own: a stream is a function of (master, purpose, tick, block) only. */
class StreamsTest {
    @Test
    void aStreamDependsOnlyOnItsIdentifiersNotOnWhatWasDrawnBefore() {
        Streams streams = new Streams(2025);
        long first = streams.stream(Streams.CHOICE, 3, 7).nextLong();
        UniformRandomProvider other = streams.stream(Streams.CHOICE, 3, 8);
        for (int k = 0; k < 1000; k++) {
            other.nextLong(); // another block's thread drawing in between
        }
        assertEquals(first, new Streams(2025).stream(Streams.CHOICE, 3, 7).nextLong());
    }

    @Test
    void everyIdentifierSeparatesStreams() {
        Set<Long> firstDraws = new HashSet<>();
        int n = 0;
        for (long master : new long[] {1, 2}) {
            for (int purpose : new int[] {Streams.INIT, Streams.CHOICE, Streams.PLATFORMS + 1, Streams.EVENTS}) {
                for (long tick = 0; tick < 5; tick++) {
                    for (long block = 0; block < 5; block++) {
                        firstDraws.add(new Streams(master).stream(purpose, tick, block).nextLong());
                        n++;
                    }
                }
            }
        }
        assertEquals(n, firstDraws.size(), "no two identifier tuples share a stream");
    }

    @Test
    void deriveIsOrderSensitive() {
        assertNotEquals(Streams.derive(9, 1, 2), Streams.derive(9, 2, 1), "(tick 1, block 2) is not (tick 2, block 1)");
        assertNotEquals(Streams.derive(9, 0), Streams.derive(9), "a zero identifier still counts");
    }

    @Test
    void firstDrawsAcrossBlocksAreUniform() {
        // The first uniform of 20 000 consecutive blocks: mean 1/2 and variance 1/12 within 5 standard errors.
        Streams streams = new Streams(123);
        int n = 20_000;
        double sum = 0;
        double sumSq = 0;
        for (int b = 0; b < n; b++) {
            double u = streams.stream(Streams.AWARENESS, 0, b).nextDouble();
            sum += u;
            sumSq += u * u;
        }
        double mean = sum / n;
        double variance = sumSq / n - mean * mean;
        assertTrue(Math.abs(mean - 0.5) < 5 * Math.sqrt(1.0 / 12 / n), "mean " + mean);
        assertTrue(Math.abs(variance - 1.0 / 12) < 5 * Math.sqrt(1.0 / 180 / n), "variance " + variance);
    }
}
