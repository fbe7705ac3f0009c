package chatshare.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chatshare.config.ExperimentConfig;
import chatshare.config.FirmConfig;
import chatshare.config.StrategyConfig;
import org.junit.jupiter.api.Test;

/** bestResponse lands on the optimum, not on a grid point (MODEL.md 7.5). */
class BestResponseTest {
    static final double ALPHA = 0.1;
    static final double[] QUALITY = {3.0, 3.4, 2.6};
    static final double[] COST_WEEK = {0.5, 0.8, 0.3};

    /** Three single-product firms (paid plan only) and identical users: the textbook logit oligopoly. */
    static ExperimentConfig oligopoly(int agents) {
        ExperimentConfig c = TestMarkets.pureLogit(agents);
        c.market.firmDecisionEvery = 1;
        for (int j = 0; j < QUALITY.length; j++) {
            FirmConfig f = TestMarkets.firm(QUALITY[j], 20, 0.5);
            f.freePlan = false;
            f.costPerUserWeek = COST_WEEK[j];
            f.strategy.pricing = "bestResponse";
            c.firms.put("f" + j, f);
        }
        return c;
    }

    /**
     * Nash-Bertrand prices of the logit oligopoly: p_j - c_j = 1 / (alpha (1 - s_j)) with the
     * monthly cost c_j, solved by damped fixed-point iteration.
     */
    static double[] nashBertrand(double outsideUtility) {
        int n = QUALITY.length;
        double[] p = new double[n];
        for (int it = 0; it < 100_000; it++) {
            double[] s = logitShares(p, outsideUtility);
            for (int j = 0; j < n; j++) {
                double next = COST_WEEK[j] * UnitEconomics.WEEKS_PER_MONTH + 1 / (ALPHA * (1 - s[j]));
                p[j] = 0.5 * p[j] + 0.5 * next;
            }
        }
        return p;
    }

    static double[] logitShares(double[] p, double outsideUtility) {
        double total = Math.exp(outsideUtility);
        double[] w = new double[p.length];
        for (int j = 0; j < p.length; j++) {
            w[j] = Math.exp(QUALITY[j] - ALPHA * p[j]);
            total += w[j];
        }
        for (int j = 0; j < p.length; j++) {
            w[j] /= total;
        }
        return w;
    }

    @Test
    void bestResponseDynamicsLandOnTheNashBertrandPrices() {
        ExperimentConfig c = oligopoly(2_000);
        c.market.ticks = 60;
        double[] nash = nashBertrand(c.users.segments.consumer.outsideUtility);
        int[] settled = {-1};
        Market m = TestMarkets.run(c, 5, 1, (market, t) -> {
            boolean all = true;
            for (Firm f : market.firms()) {
                all &= Math.abs(f.offer().price() / nash[f.index] - 1) < 0.005;
            }
            settled[0] = all ? (settled[0] < 0 ? t : settled[0]) : -1;
        });
        for (Firm f : m.firms()) {
            assertEquals(nash[f.index], f.offer().price(), 0.005 * nash[f.index], f.id);
        }
        // From $20 the 10% move limit reaches prices 30-40% away in 3-5 decisions, then stays put.
        assertTrue(settled[0] >= 0 && settled[0] <= 12, "settled at tick " + settled[0]);
    }

    @Test
    void theChosenPriceIsNotAGridPoint() {
        ExperimentConfig c = oligopoly(500);
        c.market.ticks = 1;
        for (FirmConfig f : c.firms.values()) {
            f.strategy.maxPriceMove = 10;
        }
        Market m = TestMarkets.run(c, 5, 1, (market, t) -> { });
        StrategyConfig s = c.firms.get("f0").strategy;
        double spacing = (s.maxPrice - s.minPrice) / (s.gridPoints - 1);
        double offGrid = 0;
        for (Firm f : m.firms()) {
            double k = (f.offer().price() - s.minPrice) / spacing;
            offGrid = Math.max(offGrid, Math.abs(k - Math.rint(k)));
        }
        assertTrue(offGrid > 0.01, "every firm sat on a grid point");
    }

    /** Heterogeneous users have no closed form: the first-order condition holds on the sample. */
    @Test
    void firstOrderConditionHoldsOnTheSampleWithHeterogeneousUsers() {
        ExperimentConfig c = oligopoly(20_000);
        TestMarkets.heterogeneousUsers(c, 4);
        c.market.ticks = 3;
        for (FirmConfig f : c.firms.values()) {
            f.strategy.pricing = "fixed";
            f.strategy.sampleSize = 3_000;
        }
        Market m = TestMarkets.run(c, 9, 1, (market, t) -> { });
        StrategyConfig s = c.firms.get("f1").strategy;
        Firm firm = m.firms().get(1);
        double before = firm.offer().price();
        double p = BestResponse.optimum(m, firm, PriceLever.PAID, s, BestResponse.globalGrid(PriceLever.PAID, s),
                Offer.profileOf(m.firms()));
        assertEquals(before, firm.offer().price(), 0, "the search leaves the firm's price alone");
        DemandSample sample = m.demandSample(firm);
        sample.prepare(m, firm, PriceLever.PAID, Offer.profileOf(m.firms()));
        double h = 1e-3 * p;
        double profit = sample.profitAt(p);
        double slope = (sample.profitAt(p + h)
                - sample.profitAt(p - h)) / (2 * h);
        double slopeAway = (sample.profitAt(1.2 * p + h)
                - sample.profitAt(1.2 * p - h)) / (2 * h);
        // d profit / d log p relative to profit: 0 at the optimum; 20% away it is clearly not.
        assertTrue(Math.abs(slope * p / profit) < 0.002, "FOC residual " + slope * p / profit);
        assertTrue(Math.abs(slopeAway * p / profit) > 0.05, "curvature " + slopeAway * p / profit);
        // And it is a maximum against the whole grid.
        for (double q = s.minPrice; q <= s.maxPrice; q += 0.5) {
            assertTrue(sample.profitAt(q) <= profit * (1 + 1e-12), "price " + q);
        }
    }

    @Test
    void frictionsHoldSmallMovesAndCapLargeOnes() {
        StrategyConfig s = new StrategyConfig();
        s.maxPriceMove = 0.1;
        s.priceThreshold = 0.01;
        assertEquals(20, BestResponse.withFrictions(20, 20.1, s), 0, "below the menu-cost threshold");
        assertEquals(20.5, BestResponse.withFrictions(20, 20.5, s), 1e-12);
        assertEquals(22, BestResponse.withFrictions(20, 40, s), 1e-12, "capped at +10%");
        assertEquals(20 / 1.1, BestResponse.withFrictions(20, 5, s), 1e-12, "capped at -10% in log terms");
    }
}
