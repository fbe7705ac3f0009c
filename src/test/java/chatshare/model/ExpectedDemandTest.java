package chatshare.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import chatshare.config.ExperimentConfig;
import org.junit.jupiter.api.Test;

class ExpectedDemandTest {
    private static ExperimentConfig twoFirms(int agents, String demand) {
        ExperimentConfig c = TestMarkets.pureLogit(agents);
        c.market.demand = demand;
        c.market.ticks = 3;
        c.firms.put("a", TestMarkets.firm(3.0, 20, 0.5));
        c.firms.put("b", TestMarkets.firm(2.5, 12, 0.5));
        c.firms.values().forEach(f -> f.freePlan = false);
        return c;
    }

    @Test
    void expectedSharesAreTheClosedFormLogitSharesEveryTick() {
        ExperimentConfig c = twoFirms(1, "expected");
        // Homogeneous users: V_a = 3 - alpha x 20, V_b = 2.5 - alpha x 12, outside 0.5 (users keep alpha as a float).
        double alpha = (float) 0.1;
        double ea = Math.exp(3 - alpha * 20);
        double eb = Math.exp(2.5 - alpha * 12);
        double total = Math.exp(0.5) + ea + eb;
        TestMarkets.run(c, 5, 1, (m, t) -> {
            assertEquals(ea / total, m.metrics.share(m.firm("a")), 1e-12, "tick " + t);
            assertEquals(eb / total, m.metrics.share(m.firm("b")), 1e-12, "tick " + t);
            assertEquals(Math.exp(0.5) / total, m.metrics.outsideShare(), 1e-12, "tick " + t);
        });
    }

    @Test
    void agentDemandAveragesToTheExpectedDemandOfTheSameUsers() {
        int agents = 20_000;
        ExperimentConfig expected = twoFirms(agents, "expected");
        TestMarkets.heterogeneousUsers(expected, 0);
        ExperimentConfig sampled = twoFirms(agents, "agents");
        TestMarkets.heterogeneousUsers(sampled, 0);
        double[] exact = new double[2];
        TestMarkets.run(expected, 11, 1, (m, t) -> {
            exact[0] = m.metrics.share(m.firm("a"));
            exact[1] = m.metrics.share(m.firm("b"));
        });
        double[] drawn = new double[2];
        TestMarkets.run(sampled, 11, 1, (m, t) -> {
            drawn[0] = m.metrics.share(m.firm("a"));
            drawn[1] = m.metrics.share(m.firm("b"));
        });
        // Same seed, same users: the draws of the last tick scatter binomially around the expected shares.
        for (int j = 0; j < 2; j++) {
            double se = Math.sqrt(exact[j] * (1 - exact[j]) / agents);
            assertEquals(exact[j], drawn[j], 4 * se, "firm " + j);
        }
    }
}
