package chatshare.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class QLearnerTest {
    @Test
    void valueOfARepeatedActionConvergesToTheDiscountedReward() {
        double delta = 0.9;
        double reward = 2.5;
        QLearner q = new QLearner(1, 3, 0.2, delta, new double[3]);
        for (int k = 0; k < 2000; k++) {
            q.update(0, 1, reward, 0);
        }
        // Fixed point of Q = (1 - a) Q + a (r + delta Q): Q = r / (1 - delta).
        assertEquals(reward / (1 - delta), q.value(0, 1), 1e-9);
        assertEquals(1, q.greedy(0));
    }

    @Test
    void greedyActionAlwaysMatchesAFullScanAndStabilityCountsFromTheLastChange() {
        int states = 7;
        int actions = 5;
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(42L);
        double[] initial = new double[states * actions];
        for (int k = 0; k < initial.length; k++) {
            initial[k] = rng.nextDouble();
        }
        QLearner q = new QLearner(states, actions, 0.3, 0.95, initial);
        long sinceChange = 0;
        for (int k = 0; k < 20_000; k++) {
            int s = rng.nextInt(states);
            int before = q.greedy(s);
            q.update(s, rng.nextInt(actions), rng.nextDouble() * 3 - 1, rng.nextInt(states));
            sinceChange = q.greedy(s) != before ? 0 : sinceChange + 1;
            for (int st = 0; st < states; st++) {
                int best = q.greedy(st);
                for (int a = 0; a < actions; a++) {
                    assertTrue(q.value(st, a) <= q.value(st, best), "greedy of state " + st + " after update " + k);
                }
            }
            assertEquals(sinceChange, q.stableFor());
        }
    }

    @Test
    void explorationIsUniformAtEpsilonOneAndGreedyAtZero() {
        QLearner q = new QLearner(1, 4, 0.1, 0.5, new double[] {0, 3, 1, 2});
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(1L);
        int[] counts = new int[4];
        int n = 40_000;
        for (int k = 0; k < n; k++) {
            counts[q.choose(0, 1.0, rng)]++;
            assertEquals(1, q.choose(0, 0.0, rng));
        }
        for (int c : counts) {
            assertEquals(n / 4.0, c, 4 * Math.sqrt(n * 0.25 * 0.75), "uniform exploration");
        }
    }
}
