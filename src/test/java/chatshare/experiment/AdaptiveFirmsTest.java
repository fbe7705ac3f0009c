package chatshare.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chatshare.config.ConfigLoader;
import chatshare.config.ExperimentConfig;
import chatshare.config.FirmConfig;
import chatshare.model.Firm;
import chatshare.model.Market;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 14: every shipped experiment has firms whose prices respond to the market. */
class AdaptiveFirmsTest {
    static Stream<Path> shippedExperiments() throws IOException {
        List<Path> all = new ArrayList<>(List.of(Path.of("experiments", "baseline.json"),
                Path.of("experiments", "history-2023-2025.json"), Path.of("experiments", "history-calibrated.json")));
        try (Stream<Path> scenarios = Files.list(Path.of("experiments", "scenarios"))) {
            all.addAll(scenarios.filter(f -> f.toString().endsWith(".json")).sorted().toList());
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("shippedExperiments")
    void everyFirmPricesAdaptivelyAndDecidesWeekly(Path file) {
        ExperimentConfig c = ConfigLoader.load(file, List.of()).config();
        assertEquals(1, c.market.firmDecisionEvery, file.toString());
        for (Map.Entry<String, FirmConfig> f : c.firms.entrySet()) {
            assertNotEquals("fixed", f.getValue().strategy.pricing, file + ": " + f.getKey());
        }
    }

    @Test
    void theBaselinesPricesMove() {
        ExperimentConfig c = ConfigLoader.load(Path.of("experiments", "baseline.json"),
                List.of("users.agents=3000", "market.ticks=6")).config();
        Market m = new Market(c, c.market.seed, 1);
        m.start();
        for (int t = 0; t < c.market.ticks; t++) {
            m.schedule.step(m);
        }
        m.finish();
        for (Firm f : m.firms()) {
            FirmConfig configured = c.firms.get(f.id);
            assertNotEquals(configured.price, f.offer().price(), f.id + " paid price");
            assertNotEquals(configured.apiPrice, f.offer().apiPrice(), f.id + " API price");
        }
    }

    @Test
    void historyFirmsKeepTheirDatedPricesUntil2026AndAdaptFromThen() {
        ExperimentConfig c = ConfigLoader.load(Path.of("experiments", "scenarios", "status-quo.json"),
                List.of("users.agents=3000", "market.ticks=118")).config();
        Market m = new Market(c, c.market.seed, 1);
        m.start();
        double[] listPrice = c.firms.values().stream().mapToDouble(f -> f.price).toArray();
        int adaptFrom = 113; // 2026-01-05 from 2023-11-06
        for (int t = 0; t < c.market.ticks; t++) {
            m.schedule.step(m);
            for (Firm f : m.firms()) {
                if (t < adaptFrom) {
                    assertEquals(listPrice[f.index], f.offer().price(), 0, f.id + " at tick " + t);
                }
            }
        }
        m.finish();
        assertTrue(m.firms().stream().allMatch(f -> f.offer().price() != listPrice[f.index]), "all reprice in January 2026");
    }
}
