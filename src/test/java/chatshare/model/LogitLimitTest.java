package chatshare.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import chatshare.config.ExperimentConfig;
import org.junit.jupiter.api.Test;

/**
 * MODEL.md 9, pure logit: with everybody aware, reviewProb 1, no habit, no social term and no
 * bundles, every tick is an independent multinomial draw, so shares match the closed form.
 * Tolerances are 5 standard errors of the mean over N agents x T ticks.
 */
class LogitLimitTest {
    private static final int AGENTS = 100_000;
    private static final int TICKS = 10;

    @Test
    void sharesMatchClosedFormIncludingOutsideOption() {
        ExperimentConfig c = TestMarkets.pureLogit(AGENTS);
        c.market.ticks = TICKS;
        double alpha = c.users.segments.consumer.priceSensitivity;
        double u0 = c.users.segments.consumer.outsideUtility;
        c.firms.put("a", TestMarkets.firm(3.0, 20, 0.5));
        c.firms.put("b", TestMarkets.firm(2.5, 10, 0.5));
        c.firms.put("c", TestMarkets.firm(2.0, 5, 0.5));
        c.firms.get("c").freePlan = false;
        double freeQ = c.firms.get("a").freeQuality;

        double[] vFree = {3.0 * freeQ, 2.5 * freeQ, Double.NEGATIVE_INFINITY};
        double[] vPaid = {3.0 - alpha * 20, 2.5 - alpha * 10, 2.0 - alpha * 5};
        double z = Math.exp(u0);
        for (int j = 0; j < 3; j++) {
            z += Math.exp(vFree[j]) + Math.exp(vPaid[j]);
        }
        double[] expectedFree = new double[3];
        double[] expectedPaid = new double[3];
        for (int j = 0; j < 3; j++) {
            expectedFree[j] = Math.exp(vFree[j]) / z;
            expectedPaid[j] = Math.exp(vPaid[j]) / z;
        }
        double[] meanFree = new double[3];
        double[] meanPaid = new double[3];
        double[] meanOutside = new double[1];
        TestMarkets.run(c, 11, 2, (market, t) -> {
            for (Firm f : market.firms()) {
                meanFree[f.index] += f.week().freeUsers() / market.agentWeight() / AGENTS / TICKS;
                meanPaid[f.index] += f.week().paidUsers() / market.agentWeight() / AGENTS / TICKS;
            }
            meanOutside[0] += (1 - (double) market.metrics.adopters() / AGENTS) / TICKS;
        });
        for (int j = 0; j < 3; j++) {
            assertEquals(expectedFree[j], meanFree[j], tolerance(expectedFree[j]), "free plan of firm " + j);
            assertEquals(expectedPaid[j], meanPaid[j], tolerance(expectedPaid[j]), "paid plan of firm " + j);
        }
        double expectedOutside = Math.exp(u0) / z;
        assertEquals(expectedOutside, meanOutside[0], tolerance(expectedOutside), "outside option");
    }

    private static double tolerance(double p) {
        return 5 * Math.sqrt(p * (1 - p) / ((double) AGENTS * TICKS)) + 1e-12;
    }
}
