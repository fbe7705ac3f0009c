package chatshare.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import chatshare.config.ExperimentConfig;
import org.junit.jupiter.api.Test;

/** MODEL.md 9: identical firms get equal expected shares. */
class SymmetryTest {
    @Test
    void identicalFirmsGetEqualSharesInTheStaticLimit() {
        int agents = 100_000;
        ExperimentConfig c = TestMarkets.pureLogit(agents);
        c.market.ticks = 5;
        c.firms.put("twinA", TestMarkets.firm(3, 20, 0.4));
        c.firms.put("other", TestMarkets.firm(2.5, 10, 0.8));
        c.firms.put("twinB", TestMarkets.firm(3, 20, 0.4));
        TestMarkets.run(c, 21, 2, (m, t) -> {
            double a = TestMarkets.share(m, 0);
            double b = TestMarkets.share(m, 2);
            // Var(sA - sB) for one multinomial draw of N users.
            double sd = Math.sqrt((a + b - (a - b) * (a - b)) / agents);
            assertEquals(a, b, 5 * sd, "tick " + t);
        });
    }

    @Test
    void identicalFirmsGetEqualExpectedSharesWithFullDynamics() {
        // Habit, social influence, awareness diffusion and heterogeneous users all on: the twins'
        // final shares differ by seed, but their mean difference over seeds must be ~0.
        int seeds = 12;
        double[] diff = new double[seeds];
        for (int s = 0; s < seeds; s++) {
            ExperimentConfig c = TestMarkets.pureLogit(20_000);
            c.market.ticks = 52;
            TestMarkets.fullDynamics(c, 0.1, 4);
            for (String id : new String[] {"twinA", "twinB"}) {
                c.firms.put(id, TestMarkets.firm(3, 20, 0.4));
                c.firms.get(id).initialAwareness = 0.1;
                c.firms.get(id).awarenessRate = 0.02;
                c.firms.get(id).wordOfMouth = 0.3;
            }
            Market m = TestMarkets.run(c, 100 + s, 1, (market, t) -> { });
            diff[s] = TestMarkets.share(m, 0) - TestMarkets.share(m, 1);
        }
        double mean = 0;
        for (double d : diff) {
            mean += d / seeds;
        }
        double var = 0;
        for (double d : diff) {
            var += (d - mean) * (d - mean) / (seeds - 1);
        }
        // |t| < 4.4 is the two-sided 0.1% critical value of Student's t with 11 degrees of freedom.
        assertEquals(0, mean, 4.4 * Math.sqrt(var / seeds));
    }
}
