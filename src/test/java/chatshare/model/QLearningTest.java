package chatshare.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chatshare.config.ExperimentConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QLearningTest {
    @Test
    void aMyopicLearnerAloneLearnsTheMostProfitableGridPrice() {
        ExperimentConfig c = LearningBenchmarksTest.calvano("firms.firm2.strategy.pricing=fixed",
                "firms.firm1.strategy.qDiscount=0", "firms.firm1.strategy.qExplorationDecay=2e-4",
                "firms.firm1.strategy.qConvergence=5000", "market.ticks=100000");
        Market m = new Market(c, 9, 1);
        m.start();
        int ticks = 0;
        do {
            m.schedule.step(m);
            ticks++;
        } while (!m.lastTick());
        LearningBenchmarks b = ((QLearning) m.firms().get(0).strategies().pricing(PriceLever.PAID)).benchmarks();
        LearningOutcomes o = LearningOutcomes.of(m);
        m.finish();
        assertTrue(o.firms.get(0).converged() && ticks < 100_000, "converged and stopped early");
        // With delta = 0, Q(s, a) tends to the one-period profit of a against the fixed rival.
        int best = 0;
        for (int a = 1; a < b.grid[0].length; a++) {
            if (b.profit[0][a] > b.profit[0][best]) {
                best = a;
            }
        }
        assertEquals(b.grid[0][best], o.firms.get(0).price(), 1e-12);
        assertEquals(1, o.firms.get(0).cycleLength());
    }

    @Test
    void learningAgainstAgentDemandIsIdenticalForAnyNumberOfThreads() {
        ExperimentConfig c = LearningBenchmarksTest.calvano("market.demand=agents", "users.agents=40000",
                "users.population=40000", "market.ticks=300", "users.segments.consumer.habitWeight=1",
                "users.segments.consumer.reviewProb=0.5");
        assertArrayEquals(prices(c, 1), prices(c, 2));
    }

    private static double[] prices(ExperimentConfig c, int threads) {
        List<Double> prices = new ArrayList<>();
        TestMarkets.run(c, 4, threads, (m, t) -> m.firms().forEach(f -> {
            prices.add(f.offer().price());
            prices.add(f.accounts().periodProfit());
        }));
        return prices.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
