package chatshare.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import chatshare.config.ExperimentConfig;
import org.junit.jupiter.api.Test;

/**
 * MODEL.md 9, monotonicity with paired seeds (same users, same streams): raising a firm's price
 * lowers its share; lowering its filtering raises its share among low-tolerance users.
 */
class MonotonicityTest {
    private static ExperimentConfig market() {
        ExperimentConfig c = TestMarkets.pureLogit(20_000);
        c.market.ticks = 26;
        TestMarkets.fullDynamics(c, 0.2, 6);
        c.firms.put("focal", TestMarkets.firm(3.2, 20, 0.5));
        c.firms.put("rival1", TestMarkets.firm(3.3, 20, 0.7));
        c.firms.put("rival2", TestMarkets.firm(3.0, 10, 0.3));
        return c;
    }

    /** Mean over ticks of the focal firm's share. */
    private static double meanShare(ExperimentConfig c, long seed) {
        double[] sum = new double[1];
        TestMarkets.run(c, seed, 1, (m, t) -> sum[0] += TestMarkets.share(m, 0) / c.market.ticks);
        return sum[0];
    }

    @Test
    void raisingPriceNeverRaisesShare() {
        for (long seed = 1; seed <= 4; seed++) {
            double previous = Double.POSITIVE_INFINITY;
            for (double price : new double[] {5, 15, 25, 40}) {
                ExperimentConfig c = market();
                c.firms.get("focal").price = price;
                c.firms.get("focal").freePlan = false;
                double share = meanShare(c, seed);
                assertTrue(share < previous, "seed " + seed + ": price " + price + " gave share " + share
                        + " not below " + previous);
                previous = share;
            }
        }
    }

    @Test
    void lowerFilteringRaisesShareAmongLowTolerance() {
        for (long seed = 1; seed <= 4; seed++) {
            double strict = lowTolShare(0.6, seed);
            double loose = lowTolShare(0.2, seed);
            assertTrue(loose > strict, "seed " + seed + ": " + loose + " <= " + strict);
        }
    }

    /** Focal firm's final share among users whose ideal filtering is below 0.3. */
    private static double lowTolShare(double filtering, long seed) {
        ExperimentConfig c = market();
        c.firms.get("focal").filtering = filtering;
        Market m = TestMarkets.run(c, seed, 1, (market, t) -> { });
        int low = 0;
        int using = 0;
        for (int i = 0; i < m.agents(); i++) {
            if (m.users().filterIdeal[i] < 0.3) {
                low++;
                int choice = m.users().choice[i];
                if (choice != 0 && Firm.firmOf(choice) == 0) {
                    using++;
                }
            }
        }
        return (double) using / low;
    }
}
