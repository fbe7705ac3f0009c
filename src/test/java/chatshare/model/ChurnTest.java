package chatshare.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chatshare.config.ExperimentConfig;
import chatshare.config.FirmConfig;
import org.junit.jupiter.api.Test;

/** MODEL.md 8: churn counts adopters who left their firm; moves between a firm's plans are not churn. */
class ChurnTest {
    @Test
    void movesBetweenOneFirmsPlansAreNotChurn() {
        // One firm, no way out (the outside option is far worse), everybody reviews: users move
        // between the free and the paid plan every tick, but nobody ever leaves the firm.
        ExperimentConfig c = TestMarkets.pureLogit(20_000);
        c.users.segments.consumer.outsideUtility = -50;
        FirmConfig f = TestMarkets.firm(3, 8, 0.5);
        c.firms.put("only", f);
        long[] planMoves = new long[1];
        TestMarkets.run(c, 3, 2, (m, t) -> {
            planMoves[0] += m.switches();
            assertEquals(0, m.churned(), "tick " + t);
        });
        assertTrue(planMoves[0] > 10_000, "users moved between plans: " + planMoves[0]);
    }

    @Test
    void leavingForARivalOrForNoneIsChurn() {
        // Two firms with one plan each and the outside option, all equally good: every reviewer
        // who moves leaves its firm (or none), so churn equals the switches away from a firm.
        ExperimentConfig c = TestMarkets.pureLogit(20_000);
        for (String id : new String[] {"a", "b"}) {
            FirmConfig f = TestMarkets.firm(c.users.segments.consumer.outsideUtility, 0, 0.5);
            f.freePlan = false;
            c.firms.put(id, f);
        }
        long[] moves = new long[2];
        TestMarkets.run(c, 4, 1, (m, t) -> {
            moves[0] += m.churned();
            moves[1] += m.switches();
        });
        // Of the switches, those away from a firm (not from none) are churn: 2/3 of all moves in
        // the stationary state, where a third of the users sit at each alternative.
        assertTrue(moves[0] > 0.55 * moves[1] && moves[0] < 0.75 * moves[1], moves[0] + " of " + moves[1]);
    }
}
