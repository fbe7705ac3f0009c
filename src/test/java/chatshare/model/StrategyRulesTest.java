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
        StrategyConfig s = new StrategyConfig();
        s.priceStep = 0.1;
        s.stepShrink = 0.5;
        PricingStrategy climb = PricingStrategy.of(withPricing(s, "hillClimb"));
        ContextStub c = new ContextStub(new Offer(15, 3, 0.5));
        c.ticksPerDecision = 4;
        double[] profits = {100, 120, 110, 130};
        double[] factors = {1.1, 1.1, 0.95, 0.95};
        for (int k = 0; k < profits.length; k++) {
            c.periodProfit = profits[k];
            double before = c.offer.price();
            c.offer = c.offer.with(PriceLever.PAID, climb.next(c, PriceLever.PAID));
            assertEquals(before * factors[k], c.offer.price(), 1e-9, "decision " + k);
        }
    }

    @Test
    void hillClimbHoldsThePriceForItsProfitWindow() {
        StrategyConfig s = withPricing(new StrategyConfig(), "hillClimb");
        s.profitWindow = 4;
        PricingStrategy climb = PricingStrategy.of(s);
        ContextStub c = new ContextStub(new Offer(15, 3, 0.5));
        c.ticksPerDecision = 1;
        double start = c.offer.price();
        for (int week = 1; week <= 8; week++) {
            c.periodProfit = week < 5 ? 10 : 5; // the second window is worse
            c.offer = c.offer.with(PriceLever.PAID, climb.next(c, PriceLever.PAID));
            double expected = week < 4 ? start : week < 8 ? start * 1.1 : start * 1.1 * (1 - 0.05);
            assertEquals(expected, c.offer.price(), 1e-9, "week " + week);
        }
    }

    @Test
    void penetrationSwitchesToHillClimbingAtItsShareTargetAndStaysSwitched() {
        Market m = threeFirms(new double[] {0.5, 0.5, 0.5});
        Firm f = m.firms().get(0);
        StrategyConfig s = withPricing(new StrategyConfig(), "penetration");
        s.penetrationPrice = 0.5;
        ContextStub c = new ContextStub(f.offer());
        c.share = m.metrics.share(f);
        c.unitCost = PriceLever.PAID.unitCost(m.segments(), f);
        s.penetrationShare = c.share + 1e-9; // just out of reach
        PricingStrategy rule = PricingStrategy.of(s);
        double cost = c.unitCost;
        assertTrue(cost > 0, "the firm serves at a cost");
        c.offer = c.offer.with(PriceLever.PAID, rule.next(c, PriceLever.PAID));
        assertEquals(Math.max(s.minPrice, 0.5 * cost), c.offer.price(), 1e-12, "below target: penetration price");
        s.penetrationShare = c.share; // reached
        double before = c.offer.price();
        c.offer = c.offer.with(PriceLever.PAID, rule.next(c, PriceLever.PAID));
        assertEquals(before * (1 + s.priceStep), c.offer.price(), 1e-12, "at target: the first hill-climbing step");
        s.penetrationShare = 1; // out of reach again: the switch is permanent
        before = c.offer.price();
        c.offer = c.offer.with(PriceLever.PAID, rule.next(c, PriceLever.PAID));
        assertTrue(c.offer.price() != Math.max(s.minPrice, 0.5 * cost) && c.offer.price() > 0.9 * before, "stays switched");
    }

    @Test
    void imitateMovesTowardTheRivalThatGrewMost() {
        StrategyConfig s = new StrategyConfig();
        s.filtering = "imitate";
        s.filteringStep = 0.05;
        FilteringStrategy imitate = FilteringStrategy.of(s);
        ContextStub me = new ContextStub(new Offer(15, 3, 0.5));
        me.rivals.add(new DecisionContext.Rival(true, 0.01, 0.9));
        me.rivals.add(new DecisionContext.Rival(true, 0.03, 0.1));
        assertEquals(0.45, imitate.next(me), 1e-12, "toward f2 (0.1), which grew most");
        me.rivals.set(0, new DecisionContext.Rival(true, 0.05, 0.9));
        assertEquals(0.55, imitate.next(me), 1e-12, "toward f1 (0.9) once it grew most");
        me.rivals.set(1, new DecisionContext.Rival(false, 0.5, 0.1));
        assertEquals(0.55, imitate.next(me), 1e-12, "a rival that left is not imitated");
        me.rivals.set(0, new DecisionContext.Rival(true, -0.01, 0.9));
        me.rivals.set(1, new DecisionContext.Rival(true, -0.02, 0.1));
        assertEquals(0.5, imitate.next(me), 0, "nobody grew: no move");
        me.rivals.set(0, new DecisionContext.Rival(true, 0.05, 0.52));
        assertEquals(0.52, imitate.next(me), 1e-12, "a gap below the step is closed, not overshot");
    }

    @Test
    void aLiveContextShowsTheFirmsOwnRivalsOnly() {
        Market m = threeFirms(new double[] {0.5, 0.9, 0.1});
        Firm me = m.firms().get(0);
        DecisionContext c = new LiveContext(m, me, Offer.profileOf(m.firms()), null);
        assertEquals(2, c.rivals().size());
        assertEquals(0.9, c.rivals().get(0).filtering(), 0);
        assertEquals(0.1, c.rivals().get(1).filtering(), 0);
        assertEquals(me.offer(), c.offer());
    }

    @Test
    void demandSeekingPicksAtLeastTheBestOfThreeLevelsOnItsSample() {
        for (double start : new double[] {0.0, 0.3, 0.5, 0.8}) {
            Market m = threeFirms(new double[] {start, 0.5, 0.7});
            StrategyConfig s = new StrategyConfig();
            s.filtering = "demandSeeking";
            s.filteringStep = 0.1;
            Firm f = m.firms().get(0);
            double chosen = FilteringStrategy.of(s).next(new LiveContext(m, f, Offer.profileOf(m.firms()), null));
            assertEquals(start, f.offer().filtering(), 0, "the search leaves the firm's filtering alone");
            double bestOfThree = Double.NEGATIVE_INFINITY;
            for (double level : new double[] {Math.max(0, start - 0.1), start, Math.min(1, start + 0.1)}) {
                bestOfThree = Math.max(bestOfThree, profitAt(m, f, level));
            }
            assertTrue(chosen >= start - 0.1 - 1e-12 && chosen <= start + 0.1 + 1e-12, "within one step");
            assertTrue(profitAt(m, f, chosen) >= bestOfThree, "start " + start + " chose " + chosen);
        }
    }

    private static double profitAt(Market m, Firm f, double filtering) {
        return m.demandSample(f).expectedProfit(m, f,
                Offer.replace(Offer.profileOf(m.firms()), f.index, f.offer().withFiltering(filtering)));
    }

    private static StrategyConfig withPricing(StrategyConfig s, String rule) {
        s.pricing = rule;
        return s;
    }
}
