package chatshare.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
        return Arrays.copyOf(m.users().choice, m.agents());
    }

    @ParameterizedTest
    @ValueSource(strings = {"meanField", "network"})
    void sameSeedSameStateForAnyThreadCount(String social) {
        byte[] one = finalChoices(config(social), 8, 1);
        assertArrayEquals(one, finalChoices(config(social), 8, 2));
        assertArrayEquals(one, finalChoices(config(social), 8, 4));
    }

    @Test
    void aRestartedMarketReplaysTheSameRunDespiteSetParameterEvents() {
        ExperimentConfig c = config("meanField");
        chatshare.config.EventConfig e = new chatshare.config.EventConfig();
        e.type = "setParameter";
        e.parameter = "firms.a.price";
        e.value = 35.0;
        e.tick = 5;
        c.events.add(e);
        Market m = new Market(c, 8, 2);
        byte[][] runs = new byte[2][];
        for (int run = 0; run < 2; run++) {
            m.start(); // the MASON Console calls start() again for every new run
            assertEquals(20, m.firms().get(0).offer().price(), "run " + run + " starts from the configured price");
            for (int t = 0; t < c.market.ticks; t++) {
                m.schedule.step(m);
            }
            runs[run] = Arrays.copyOf(m.users().choice, m.agents());
            m.finish();
        }
        assertArrayEquals(runs[0], runs[1]);
        assertEquals(20, c.firms.get("a").price, "the caller's config is never changed");
    }

    @Test
    void differentSeedsGiveDifferentTrajectories() {
        assertFalse(Arrays.equals(finalChoices(config("meanField"), 8, 2), finalChoices(config("meanField"), 9, 2)));
    }

    /** Sweep seeds are 63-bit; MASON's SimState keeps 32 of them, so the model must use its own copy. */
    @Test
    void seedsThatDifferOnlyAbove32BitsGiveDifferentTrajectories() {
        long low = 8;
        long high = low + (1L << 32);
        assertFalse(Arrays.equals(finalChoices(config("meanField"), low, 2), finalChoices(config("meanField"), high, 2)));
    }
}
