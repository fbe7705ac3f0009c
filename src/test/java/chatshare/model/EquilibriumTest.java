package chatshare.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chatshare.config.ExperimentConfig;
import chatshare.config.FirmConfig;
import org.junit.jupiter.api.Test;

/** The equilibrium command's iteration on the analytic logit oligopoly (BestResponseTest). */
class EquilibriumTest {
    private static Market atFixedPrices(double[] prices) {
        ExperimentConfig c = BestResponseTest.oligopoly(1_000);
        c.market.ticks = 2;
        int j = 0;
        for (FirmConfig f : c.firms.values()) {
            f.strategy.pricing = "fixed";
            f.price = prices[j++];
        }
        return TestMarkets.run(c, 3, 1, (m, t) -> { });
    }

    @Test
    void iterationFindsTheNashBertrandPricesAndRestoresTheMarket() {
        Market m = atFixedPrices(new double[] {20, 20, 20});
        double u0 = m.config().users.segments.consumer.outsideUtility;
        double[] nash = BestResponseTest.nashBertrand(u0);
        Equilibrium.Result r = Equilibrium.compute(m, false, 100, 1e-4);
        assertEquals(Equilibrium.Status.CONVERGED, r.status());
        double[] shares = BestResponseTest.logitShares(nash, u0);
        for (int j = 0; j < nash.length; j++) {
            Equilibrium.Row row = r.rows().get(j);
            assertEquals(nash[j], row.priceEquilibrium(), 0.002 * nash[j], row.firm());
            assertEquals(shares[j], row.shareEquilibrium(), 1e-3, "identical users: the expected share is exact");
            assertEquals(20, row.priceNow(), 0);
            assertEquals(20, m.firms().get(j).offer().price(), 0, "the market keeps its prices");
        }
        double[] now = BestResponseTest.logitShares(new double[] {20, 20, 20}, u0);
        assertEquals(now[0], r.rows().get(0).shareNow(), 1e-6);
    }

    @Test
    void aFirmsBestResponseToRivalsAtNashIsItsNashPriceWhateverItChargesNow() {
        double[] nash = BestResponseTest.nashBertrand(0.5);
        Market m = atFixedPrices(new double[] {20, nash[1], nash[2]});
        Firm first = m.firms().get(0);
        assertEquals(nash[0], Equilibrium.bestResponsePrice(m, first), 0.002 * nash[0]);
        assertEquals(20, first.offer().price(), 0, "the market keeps its price");
        Firm second = m.firms().get(1);
        double rivalAtTwenty = Equilibrium.bestResponsePrice(m, second);
        assertTrue(rivalAtTwenty > nash[1], "prices are strategic complements: a rival at $20 raises the best response ("
                + rivalAtTwenty + " vs " + nash[1] + ")");
    }

    @Test
    void startingAtTheEquilibriumItStaysAndNoFirmGainsByDeviating() {
        double[] nash = BestResponseTest.nashBertrand(0.5);
        Market m = atFixedPrices(nash);
        Equilibrium.Result r = Equilibrium.compute(m, false, 100, 1e-4);
        assertEquals(Equilibrium.Status.CONVERGED, r.status());
        assertTrue(r.iterations() <= 2, "already there: " + r.iterations() + " rounds");
        for (Firm f : m.firms()) {
            assertEquals(nash[f.index], r.rows().get(f.index).priceEquilibrium(), 0.002 * nash[f.index], f.id);
            DemandSample sample = m.demandSample(f);
            sample.prepare(m, f, PriceLever.PAID, Offer.profileOf(m.firms()));
            double atNash = sample.profitAt(nash[f.index]);
            for (double deviation : new double[] {0.98, 0.995, 1.005, 1.02}) {
                assertTrue(sample.profitAt(deviation * nash[f.index]) < atNash,
                        f.id + " deviates by " + deviation);
            }
        }
    }

    @Test
    void saysSoWhenTheIterationStopsShort() {
        Market m = atFixedPrices(new double[] {20, 20, 20});
        Equilibrium.Result r = Equilibrium.compute(m, false, 1, 1e-6);
        assertEquals(Equilibrium.Status.NOT_CONVERGED, r.status());
    }
}
