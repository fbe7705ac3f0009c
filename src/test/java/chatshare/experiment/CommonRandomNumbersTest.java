package chatshare.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import chatshare.config.ConfigLoader;
import chatshare.model.Market;
import chatshare.model.Population;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Common random numbers: the runs of one replicate at two design points get the same seed, so the
 * market they build draws the same users and the same social network; without CRN they differ.
 */
class CommonRandomNumbersTest {
    @TempDir
    Path tmp;

    private Path config() throws Exception {
        Path file = tmp.resolve("crn.json");
        Files.writeString(file, """
                { "name": "crn", "market": { "ticks": 2, "social": "network", "initialChoice": "logit" },
                  "users": { "agents": 20000 },
                  "firms": { "grok": { "price": 8 }, "chatgpt": { "price": 20 } } }
                """);
        return file;
    }

    /** The population of replicate r at each of two price points, as the sweep's runs build it. */
    private Population[] populations(boolean crn, int replicate) throws Exception {
        Path file = config();
        List<Map<String, Double>> points = List.of(Map.of("firms.grok.price", 14.0), Map.of("firms.grok.price", 16.0));
        Population[] users = new Population[2];
        for (int p = 0; p < 2; p++) {
            RunSpec spec = RunSpec.of(points, p, replicate, 2025, crn);
            var loaded = ConfigLoader.load(file, Sweep.overrides(List.of(), spec));
            assertEquals(spec.seed(), loaded.config().market.seed);
            Market market = new Market(loaded.config(), loaded.config().market.seed, 1);
            market.start();
            users[p] = market.users();
            assertEquals(14.0 + 2 * p, market.firm("grok").offer().price(), "the point's parameter is applied");
            market.finish();
        }
        return users;
    }

    @Test
    void withCommonRandomNumbersEveryPointDrawsTheSameUsersAndNetwork() throws Exception {
        for (int r = 0; r < 2; r++) {
            Population[] u = populations(true, r);
            assertArrayEquals(u[0].type, u[1].type);
            assertArrayEquals(u[0].filterIdeal, u[1].filterIdeal);
            assertArrayEquals(u[0].tolerance, u[1].tolerance);
            assertArrayEquals(u[0].priceSensitivity, u[1].priceSensitivity);
            assertArrayEquals(u[0].qualityTaste, u[1].qualityTaste);
            assertArrayEquals(u[0].aware, u[1].aware);
            assertArrayEquals(u[0].neighbours, u[1].neighbours);
        }
        assertFalse(Arrays.equals(populations(true, 0)[0].filterIdeal, populations(true, 1)[0].filterIdeal),
                "replicates still differ from each other");
    }

    @Test
    void withoutCommonRandomNumbersThePointsDrawDifferentUsers() throws Exception {
        Population[] u = populations(false, 0);
        assertFalse(Arrays.equals(u[0].filterIdeal, u[1].filterIdeal));
        assertFalse(Arrays.equals(u[0].priceSensitivity, u[1].priceSensitivity));
        assertFalse(Arrays.equals(u[0].neighbours, u[1].neighbours));
    }
}
