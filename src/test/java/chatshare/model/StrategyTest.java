package chatshare.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chatshare.config.ExperimentConfig;
import chatshare.config.FirmConfig;
import org.junit.jupiter.api.Test;

/** MODEL.md 7.5: adaptive pricing and filtering strategies. */
class StrategyTest {
    private static final double ALPHA = 0.1;
    private static final double QUALITY = 3;
    private static final double COST_WEEK = 0.5;

    /** A monopolist with one paid plan facing identical users (the pure logit setting). */
    private static ExperimentConfig monopoly(int agents, String pricing) {
        ExperimentConfig c = TestMarkets.pureLogit(agents);
        c.market.firmDecisionEvery = 4;
        FirmConfig f = TestMarkets.firm(QUALITY, 10, 0.5);
        f.freePlan = false;
        f.costPerUserWeek = COST_WEEK;
        f.strategy.pricing = pricing;
        c.firms.put("mono", f);
        return c;
    }

    /** Logit share of the paid plan at price p against the outside option u0. */
    private static double share(double p, double u0) {
        return 1 / (1 + Math.exp(u0 - (QUALITY - ALPHA * p)));
    }

    private static double profit(double p, double u0) {
        return share(p, u0) * (p - COST_WEEK * UnitEconomics.WEEKS_PER_MONTH);
    }

    /** The analytic monopoly price solves p = c + 1 / (alpha (1 - s(p))); found by bisection. */
    private static double monopolyPrice(double u0) {
        double c = COST_WEEK * UnitEconomics.WEEKS_PER_MONTH;
        double lo = c;
        double hi = 500;
        for (int k = 0; k < 200; k++) {
            double mid = (lo + hi) / 2;
            if (mid - c - 1 / (ALPHA * (1 - share(mid, u0))) < 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Test
    void hillClimbingMonopolistConvergesNearTheAnalyticMonopolyPrice() {
        ExperimentConfig c = monopoly(200_000, "hillClimb");
        c.market.ticks = 480;
        c.firms.get("mono").strategy.stepShrink = 0.7;
        double u0 = c.users.segments.consumer.outsideUtility;
        double optimum = monopolyPrice(u0);
        double[] late = new double[1];
        TestMarkets.run(c, 12, 2, (m, t) -> {
            if (t >= 400) {
                late[0] += m.firms().get(0).offer().price() / 80;
            }
        });
        // The profit curve is flat at the top: a 5% price error costs under 0.5% of profit, the
        // size of the sampling noise in one period's profit, so 5% is the resolution to expect.
        assertEquals(optimum, late[0], 0.05 * optimum, "monopoly price " + optimum);
        assertTrue(profit(late[0], u0) > 0.99 * profit(optimum, u0));
    }

    @Test
    void bestResponseMonopolistPicksTheAnalyticOptimumNotAGridPoint() {
        ExperimentConfig c = monopoly(20_000, "bestResponse");
        c.market.ticks = 4;
        c.firms.get("mono").strategy.minPrice = 1;
        c.firms.get("mono").strategy.maxPrice = 60;
        c.firms.get("mono").strategy.gridPoints = 119; // spacing 0.5
        c.firms.get("mono").strategy.sampleSize = 500;
        c.firms.get("mono").strategy.maxPriceMove = 10; // one decision goes all the way
        double u0 = c.users.segments.consumer.outsideUtility;
        Market m = TestMarkets.run(c, 3, 1, (market, t) -> { });
        // Identical users: the sample is exact, so only the refinement tolerance (0.1%) is left.
        assertEquals(monopolyPrice(u0), m.firms().get(0).offer().price(), 0.001 * monopolyPrice(u0));
    }

    @Test
    void penetrationPricesBelowCostUntilTheShareTarget() {
        ExperimentConfig c = monopoly(20_000, "penetration");
        c.market.ticks = 8;
        c.firms.get("mono").strategy.penetrationShare = 0.99;
        c.firms.get("mono").strategy.penetrationPrice = 0.5;
        Market m = TestMarkets.run(c, 3, 1, (market, t) -> { });
        assertEquals(0.5 * COST_WEEK * UnitEconomics.WEEKS_PER_MONTH, m.firms().get(0).offer().price(), 1e-12);

        c.firms.get("mono").strategy.penetrationShare = 0.01;
        m = TestMarkets.run(c, 3, 1, (market, t) -> { });
        assertEquals(10 * 1.1 * 1.1, m.firms().get(0).offer().price(), 1e-9, "target met: hill-climbing from the list price");
    }

    @Test
    void imitationDrivesFilteringLevelsTogether() {
        ExperimentConfig c = TestMarkets.pureLogit(20_000);
        c.market.ticks = 200;
        TestMarkets.fullDynamics(c, 0.2, 4);
        double[] start = {0.1, 0.5, 0.9};
        for (int j = 0; j < 3; j++) {
            FirmConfig f = TestMarkets.firm(3 + 0.2 * j, 15, start[j]);
            f.initialAwareness = 0.05;
            f.awarenessRate = 0.01;
            f.wordOfMouth = 0.3;
            f.strategy.filtering = "imitate";
            f.strategy.filteringStep = 0.05;
            c.firms.put("f" + j, f);
        }
        Market m = TestMarkets.run(c, 4, 2, (market, t) -> { });
        double min = 1;
        double max = 0;
        for (Firm f : m.firms()) {
            min = Math.min(min, f.offer().filtering());
            max = Math.max(max, f.offer().filtering());
        }
        assertTrue(max - min < 0.1, "spread fell from 0.8 to " + (max - min));
    }

    @Test
    void demandSeekingMovesFilteringTowardWhereUsersAre() {
        ExperimentConfig c = TestMarkets.pureLogit(20_000);
        c.market.ticks = 80;
        TestMarkets.heterogeneousUsers(c, 8);
        FirmConfig f = TestMarkets.firm(3, 10, 0.0);
        f.strategy.filtering = "demandSeeking";
        f.strategy.filteringStep = 0.05;
        c.firms.put("seeker", f);
        Market m = TestMarkets.run(c, 4, 1, (market, t) -> { });
        // Ideals are Beta(2,2) around 0.5: demand rises with filtering from 0 toward the middle.
        assertTrue(m.firms().get(0).offer().filtering() >= 0.3, "filtering " + m.firms().get(0).offer().filtering());
    }

    private static ExperimentConfig floorInEu(String policy) {
        ExperimentConfig c = TestMarkets.usAndEuWithFloor(5_000, 0.5);
        FirmConfig f = TestMarkets.firm(3, 10, 0.2);
        f.strategy.filtering = "imitate";
        f.strategy.floorPolicy = policy;
        c.firms.put("adaptive", f);
        return c;
    }

    @Test
    void adaptiveFilteringCompliesWithTheFloorOrLeavesTheRegion() {
        Market comply = TestMarkets.run(floorInEu("comply"), 1, 1, (m, t) -> { });
        assertEquals(0.5, comply.firms().get(0).offer().filtering(), 1e-12, "raised to the EU floor");
        assertTrue(comply.firms().get(0).presence().availableIn(1));

        Market leave = TestMarkets.run(floorInEu("leave"), 1, 1, (m, t) -> { });
        Firm f = leave.firms().get(0);
        assertEquals(0.2, f.offer().filtering(), 1e-12, "keeps its filtering");
        assertFalse(f.presence().availableIn(1), "left the EU");
        assertTrue(f.presence().availableIn(0), "still in the US");
        assertEquals(0, leave.metrics.regionFirmShareNow()[1][0], "no EU users after leaving");
    }
}
