package chatshare.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chatshare.config.ExperimentConfig;
import chatshare.config.FirmConfig;
import chatshare.config.StrategyConfig;
import org.junit.jupiter.api.Test;

/** The defining property of each strategy rule of MODEL.md 7.5, one decision at a time. */
class StrategyRulesTest {
    /** A started three-firm market with heterogeneous users; firms decide only when a test asks. */
    private static Market threeFirms(double[] filtering) {
        ExperimentConfig c = TestMarkets.pureLogit(5_000);
        TestMarkets.heterogeneousUsers(c, 6);
        c.market.ticks = 2;
        c.market.firmDecisionEvery = 520;
        for (int j = 0; j < filtering.length; j++) {
            FirmConfig f = TestMarkets.firm(3, 15, filtering[j]);
            f.costPerUserWeek = 0.2;
            c.firms.put("f" + j, f);
        }
        return TestMarkets.run(c, 11, 1, (m, t) -> { });
    }

    @Test
    void hillClimbKeepsDirectionWhileProfitRisesAndReversesWhenItFalls() {
        Market m = threeFirms(new double[] {0.5, 0.5, 0.5});
        m.config.market.firmDecisionEvery = 4;
        StrategyConfig s = new StrategyConfig();
        s.priceStep = 0.1;
        s.stepShrink = 0.5;
        PricingStrategy climb = PricingStrategy.of(withPricing(s, "hillClimb"));
        Firm f = m.firms.get(0);
        double[] profits = {100, 120, 110, 130};
        double[] factors = {1.1, 1.1, 0.95, 0.95};
        for (int k = 0; k < profits.length; k++) {
            f.periodProfit = profits[k];
            double before = f.price;
            f.price = climb.next(m, f, PriceLever.PAID);
            assertEquals(before * factors[k], f.price, 1e-9, "decision " + k);
        }
    }

    @Test
    void hillClimbHoldsThePriceForItsProfitWindow() {
        Market m = threeFirms(new double[] {0.5, 0.5, 0.5});
        m.config.market.firmDecisionEvery = 1;
        StrategyConfig s = withPricing(new StrategyConfig(), "hillClimb");
        s.profitWindow = 4;
        PricingStrategy climb = PricingStrategy.of(s);
        Firm f = m.firms.get(0);
        double start = f.price;
        for (int week = 1; week <= 8; week++) {
            f.periodProfit = week < 5 ? 10 : 5; // the second window is worse
            f.price = climb.next(m, f, PriceLever.PAID);
            double expected = week < 4 ? start : week < 8 ? start * 1.1 : start * 1.1 * (1 - 0.05);
            assertEquals(expected, f.price, 1e-9, "week " + week);
        }
    }

    @Test
    void penetrationSwitchesToHillClimbingAtItsShareTargetAndStaysSwitched() {
        Market m = threeFirms(new double[] {0.5, 0.5, 0.5});
        m.config.market.firmDecisionEvery = 4;
        Firm f = m.firms.get(0);
        StrategyConfig s = withPricing(new StrategyConfig(), "penetration");
        s.penetrationPrice = 0.5;
        s.penetrationShare = m.metrics.share(f) + 1e-9; // just out of reach
        PricingStrategy rule = PricingStrategy.of(s);
        double cost = PriceLever.PAID.unitCost(m, f);
        f.price = rule.next(m, f, PriceLever.PAID);
        assertEquals(Math.max(s.minPrice, 0.5 * cost), f.price, 1e-12, "below target: penetration price");
        s.penetrationShare = m.metrics.share(f); // reached
        double before = f.price;
        f.price = rule.next(m, f, PriceLever.PAID);
        assertEquals(before * (1 + s.priceStep), f.price, 1e-12, "at target: the first hill-climbing step");
        s.penetrationShare = 1; // out of reach again: the switch is permanent
        before = f.price;
        f.price = rule.next(m, f, PriceLever.PAID);
        assertTrue(f.price != Math.max(s.minPrice, 0.5 * cost) && f.price > 0.9 * before, "stays switched");
    }

    @Test
    void imitateMovesTowardTheRivalThatGrewMost() {
        Market m = threeFirms(new double[] {0.5, 0.9, 0.1});
        StrategyConfig s = new StrategyConfig();
        s.filtering = "imitate";
        s.filteringStep = 0.05;
        FilteringStrategy imitate = FilteringStrategy.of(s);
        Firm me = m.firms.get(0);
        m.firms.get(1).shareGain = 0.01;
        m.firms.get(2).shareGain = 0.03;
        assertEquals(0.45, imitate.next(m, me), 1e-12, "toward f2 (0.1), which grew most");
        m.firms.get(1).shareGain = 0.05;
        assertEquals(0.55, imitate.next(m, me), 1e-12, "toward f1 (0.9) once it grew most");
        m.firms.get(1).shareGain = -0.01;
        m.firms.get(2).shareGain = -0.02;
        assertEquals(0.5, imitate.next(m, me), 0, "nobody grew: no move");
        m.firms.get(1).shareGain = 0.05;
        m.firms.get(1).filtering = 0.52;
        assertEquals(0.52, imitate.next(m, me), 1e-12, "a gap below the step is closed, not overshot");
    }

    @Test
    void demandSeekingPicksAtLeastTheBestOfThreeLevelsOnItsSample() {
        for (double start : new double[] {0.0, 0.3, 0.5, 0.8}) {
            Market m = threeFirms(new double[] {start, 0.5, 0.7});
            StrategyConfig s = new StrategyConfig();
            s.filtering = "demandSeeking";
            s.filteringStep = 0.1;
            Firm f = m.firms.get(0);
            double chosen = FilteringStrategy.of(s).next(m, f);
            assertEquals(start, f.filtering, 0, "the search restores the filtering");
            double bestOfThree = Double.NEGATIVE_INFINITY;
            for (double level : new double[] {Math.max(0, start - 0.1), start, Math.min(1, start + 0.1)}) {
                bestOfThree = Math.max(bestOfThree, profitAt(m, f, level));
            }
            assertTrue(chosen >= start - 0.1 - 1e-12 && chosen <= start + 0.1 + 1e-12, "within one step");
            assertTrue(profitAt(m, f, chosen) >= bestOfThree, "start " + start + " chose " + chosen);
        }
    }

    private static double profitAt(Market m, Firm f, double filtering) {
        double saved = f.filtering;
        f.filtering = filtering;
        double profit = m.demandSample(f).expectedProfit(m, f);
        f.filtering = saved;
        return profit;
    }

    private static StrategyConfig withPricing(StrategyConfig s, String rule) {
        s.pricing = rule;
        return s;
    }
}
