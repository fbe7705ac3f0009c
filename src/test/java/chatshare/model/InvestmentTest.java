package chatshare.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chatshare.config.ExperimentConfig;
import chatshare.config.FirmConfig;
import org.junit.jupiter.api.Test;

/** MODEL.md 7.5-7.6: quality investment with diminishing returns, the moving frontier, capex lag. */
class InvestmentTest {
    private static ExperimentConfig market() {
        ExperimentConfig c = TestMarkets.pureLogit(20_000);
        c.market.ticks = 24;
        c.market.frontierGrowth = 0.01;
        c.users.population = 1e8;
        FirmConfig investor = TestMarkets.firm(3, 20, 0.5);
        investor.freePlan = false;
        investor.investment.qualityShare = 0.5;
        investor.investment.efficiency = 0.2;
        investor.investment.scale = 1e8;
        c.firms.put("investor", investor);
        c.firms.put("idle", TestMarkets.firm(3, 20, 0.5));
        return c;
    }

    @Test
    void qualityGrowsWithInvestmentAndFallsBehindWithout() {
        ExperimentConfig c = market();
        double[] expected = {3};
        double[] periodSpend = {0};
        Market m = TestMarkets.run(c, 1, 2, (market, t) -> {
            Firm investor = market.firms().get(0);
            expected[0] -= 0.01;
            periodSpend[0] += 0.5 * investor.week().revenue();
            if ((t + 1) % 4 == 0) {
                expected[0] += 0.2 * Math.log1p(periodSpend[0] / 1e8);
                periodSpend[0] = 0;
            }
            assertEquals(expected[0], investor.quality().level(), 1e-9, "investor at tick " + t);
            assertEquals(3 - 0.01 * (t + 1), market.firms().get(1).quality().level(), 1e-9, "idle firm drifts down");
        });
        assertTrue(m.firms().get(0).quality().level() > m.firms().get(1).quality().level() + 0.1, "the investor pulls ahead");
    }

    @Test
    void investmentIsACost() {
        ExperimentConfig c = market();
        c.market.ticks = 1;
        Market m = TestMarkets.run(c, 1, 1, (market, t) -> { });
        Firm investor = m.firms().get(0);
        assertEquals(0.5 * investor.week().revenue(), investor.week().costs(), 1e-6, "no other costs in this market");
    }

    @Test
    void capexCapacityArrivesAfterTheLag() {
        ExperimentConfig c = market();
        FirmConfig f = c.firms.get("idle");
        f.capacity = 1e12;
        f.investment.capexShare = 0.1;
        f.investment.capacityPerDollar = 2;
        f.investment.capexLagTicks = 3;
        double[] spent = new double[24];
        TestMarkets.run(c, 1, 1, (market, t) -> {
            Firm idle = market.firms().get(1);
            spent[t] = 0.1 * idle.week().revenue();
            double arrived = 0;
            for (int k = 0; k + 3 <= t; k++) {
                arrived += 2 * spent[k];
            }
            assertEquals(1e12 + arrived, idle.compute().capacity(), 1e-3, "tick " + t);
        });
    }
}
