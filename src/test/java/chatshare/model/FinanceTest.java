package chatshare.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chatshare.config.ExperimentConfig;
import chatshare.config.FinanceConfig;
import chatshare.config.FirmConfig;
import org.junit.jupiter.api.Test;

/** MODEL.md 7.4-7.5: raising money when the runway is short or cash is gone; valuation. */
class FinanceTest {
    private static final double BURN = 100;

    /** A firm with no revenue burning 100 $/week from 450 $ (cash negative first at tick 4). */
    private static ExperimentConfig burner(double raiseBelowMonths, double intercept) {
        ExperimentConfig c = TestMarkets.pureLogit(10_000);
        c.market.ticks = 8;
        FirmConfig f = TestMarkets.firm(3, 0, 0.5);
        f.cash = 450;
        f.weeklyBurn = BURN;
        f.interestRate = 0;
        f.finance.raiseBelowMonths = raiseBelowMonths;
        f.finance.intercept = intercept;
        f.finance.raiseMonths = 6;
        f.finance.debtShare = 0.5;
        f.finance.capacityPerDebtDollar = 10;
        f.capacity = 1e9; // limited (0 would mean unlimited), too large to congest
        f.investment.capexLagTicks = 2;
        c.firms.put("burner", f);
        c.firms.put("other", TestMarkets.firm(3, 10, 0.5));
        return c;
    }

    private static long count(Market m, String type) {
        return m.events().stream().filter(e -> e.type().equals(type)).count();
    }

    @Test
    void shortRunwayTriggersARaiseOfRaiseMonthsOfBurnPartlyAsGpuDebt() {
        // Decision at tick 3: cash 50, runway 50 / 433.3 = 0.12 months < 3: raise 6 months of burn.
        double monthBurn = BURN * UnitEconomics.WEEKS_PER_MONTH;
        TestMarkets.run(burner(3, 50), 1, 1, (m, t) -> {
            Firm f = m.firms().get(0);
            if (t < 3) {
                assertEquals(450 - BURN * (t + 1), f.accounts().cash(), 1e-9);
            }
            if (t == 3) {
                assertEquals(1, count(m, "raise"));
                assertEquals(50 + 6 * monthBurn, f.accounts().cash(), 1e-9);
                assertEquals(3 * monthBurn, f.accounts().debt(), 1e-9, "half as debt");
                assertEquals(1e9, f.compute().capacity(), 1e-9, "GPU capacity is still on order");
            }
            if (t >= 5) {
                assertEquals(1e9 + 30 * monthBurn, f.compute().capacity(), 1e-6, "GPUs bought with debt arrive after the lag");
            }
            assertTrue(f.active(), "survives, tick " + t);
        });
    }

    @Test
    void withoutFundingTheFirmExitsAtTheTickItsCashRunsOut() {
        Market m = TestMarkets.run(burner(3, -50), 1, 2, (market, t) -> {
            Firm f = market.firms().get(0);
            assertEquals(t < 4, f.active(), "tick " + t);
            if (t == 4) {
                assertEquals(1, count(market, "raiseFailed"), "one emergency attempt before exiting");
                assertEquals(1, count(market, "exit"));
            }
            if (t >= 5) {
                assertEquals(0, TestMarkets.share(market, 0), "all its users moved");
            }
        });
        assertEquals(4, m.firms().get(0).exitTick());
    }

    @Test
    void anEmergencyRaiseSavesAFirmWhoseCashRanOut() {
        // A threshold too low for the decision at tick 3 (runway 0.115 months); cash < 0 at tick 4.
        TestMarkets.run(burner(0.1, 50), 1, 1, (m, t) -> {
            Firm f = m.firms().get(0);
            assertTrue(f.active());
            if (t == 4) {
                assertEquals(1, count(m, "raise"));
                assertEquals(6 * BURN * UnitEconomics.WEEKS_PER_MONTH, f.accounts().cash(), 1e-9, "covers the deficit plus 6 months");
            }
        });
    }

    @Test
    void successIsLikelierWithStrongerBackersMoreShareAndGrowth() {
        FinanceConfig c = new FinanceConfig();
        double base = Finance.successProbability(c, 0.05, 0);
        c.backerStrength = 1;
        assertTrue(Finance.successProbability(c, 0.05, 0) > base);
        assertTrue(Finance.successProbability(c, 0.2, 0) > Finance.successProbability(c, 0.05, 0));
        assertTrue(Finance.successProbability(c, 0.05, 0.5) > Finance.successProbability(c, 0.05, 0));
        assertEquals(1 / (1 + Math.exp(-(-1 + 3 * 1 + 10 * 0.05))), Finance.successProbability(c, 0.05, 0), 1e-15);
    }

    @Test
    void valuationIsARevenueMultipleWithGrowth() {
        ExperimentConfig c = TestMarkets.pureLogit(10_000);
        c.market.ticks = 4;
        c.firms.put("a", TestMarkets.firm(3, 10, 0.5));
        c.firms.get("a").freePlan = false;
        Market m = TestMarkets.run(c, 1, 1, (market, t) -> { });
        Firm a = m.firms().get(0);
        assertFalse(a.week().revenue() == 0);
        assertEquals(20 * 52 * a.week().revenue(), a.accounts().valuation(), 1e-6, "no growth measured at the first decision");
    }
}
