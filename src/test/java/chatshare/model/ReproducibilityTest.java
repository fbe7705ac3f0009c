package chatshare.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import chatshare.config.ExperimentConfig;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** MODEL.md 7.9: same seed => identical state for any thread count; other seeds differ. */
class ReproducibilityTest {
    private static ExperimentConfig config(String social) {
        ExperimentConfig c = TestMarkets.pureLogit(70_000); // 5 blocks
        c.market.ticks = 15;
        c.market.social = social;
        TestMarkets.fullDynamics(c, 0.3, 4);
        c.firms.put("a", TestMarkets.firm(3, 20, 0.3));
        c.firms.put("b", TestMarkets.firm(3.2, 15, 0.6));
        c.firms.get("a").initialAwareness = 0.05;
        c.firms.get("a").awarenessRate = 0.02;
        c.firms.get("a").wordOfMouth = 0.4;
        return c;
    }

    private static byte[] finalChoices(ExperimentConfig c, long seed, int threads) {
        Market m = TestMarkets.run(c, seed, threads, (market, t) -> { });
        return Arrays.copyOf(m.users.choice, m.agents());
    }

    @ParameterizedTest
    @ValueSource(strings = {"meanField", "network"})
    void sameSeedSameStateForAnyThreadCount(String social) {
        byte[] one = finalChoices(config(social), 8, 1);
        assertArrayEquals(one, finalChoices(config(social), 8, 2));
        assertArrayEquals(one, finalChoices(config(social), 8, 4));
    }

    @Test
    void differentSeedsGiveDifferentTrajectories() {
        assertFalse(Arrays.equals(finalChoices(config("meanField"), 8, 2), finalChoices(config("meanField"), 9, 2)));
    }
}
