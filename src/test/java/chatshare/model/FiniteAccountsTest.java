package chatshare.model;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chatshare.config.ExperimentConfig;
import org.junit.jupiter.api.Test;

/**
 * The run-time guard behind the config ranges: accounts that stop being numbers stop the run,
 * naming firm, tick and quantity, instead of reaching the outputs as empty cells.
 */
class FiniteAccountsTest {
    @Test
    void overflowingCostsStopTheRunNamingFirmTickAndQuantity() {
        // Built in code, so no config range stands in the way: each cost is finite, their sum is not.
        ExperimentConfig c = TestMarkets.pureLogit(2_000);
        c.market.ticks = 3;
        c.firms.put("a", TestMarkets.firm(3, 10, 0.5));
        c.firms.put("b", TestMarkets.firm(3, 10, 0.5));
        c.firms.get("b").weeklyBurn = Double.MAX_VALUE;
        c.firms.get("b").marketingWeek = Double.MAX_VALUE;
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> TestMarkets.run(c, 1, 1, (m, t) -> {
        }));
        assertTrue(e.getMessage().startsWith("firm b, tick 0: costs is Infinity"), e.getMessage());
    }
}
