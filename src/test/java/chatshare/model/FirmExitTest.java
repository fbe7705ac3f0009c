package chatshare.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chatshare.config.ExperimentConfig;
import org.junit.jupiter.api.Test;

/** MODEL.md 7.4: a firm whose cash runs out exits at that tick and all its users re-choose. */
class FirmExitTest {
    @Test
    void firmExitsWhenCashRunsOutAndItsUsersMove() {
        ExperimentConfig c = TestMarkets.pureLogit(20_000);
        c.market.ticks = 12;
        c.users.segments.consumer.reviewProb = 0.05;
        c.users.segments.consumer.habitWeight = 2;
        c.firms.put("doomed", TestMarkets.firm(3.5, 10, 0.5));
        c.firms.put("survivor", TestMarkets.firm(3.0, 10, 0.5));
        // Revenue is zero (everyone free or outside at price 0); burn 100/week from 450 cash:
        // cash after tick t is 450 - 100(t+1), negative first at tick 4.
        c.firms.get("doomed").price = 0;
        c.firms.get("doomed").cash = 450;
        c.firms.get("doomed").weeklyBurn = 100;
        int[] usersBefore = new int[1];
        Market m = TestMarkets.run(c, 4, 2, (market, t) -> {
            Firm doomed = market.firms().get(0);
            if (t < 4) {
                assertTrue(doomed.active(), "active at tick " + t);
                usersBefore[0] = (int) Math.round(TestMarkets.share(market, 0) * market.agents());
            } else {
                assertFalse(doomed.active(), "exited at tick " + t);
                assertEquals(4, doomed.exitTick());
            }
            if (t >= 5) {
                assertEquals(0, TestMarkets.share(market, 0), "nobody stays with an exited firm");
            }
        });
        assertTrue(usersBefore[0] > 1000, "the doomed firm had users to lose: " + usersBefore[0]);
        assertEquals(-50, m.firms().get(0).accounts().cash(), 1e-9);
    }
}
