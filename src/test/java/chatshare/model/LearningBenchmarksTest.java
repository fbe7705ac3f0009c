package chatshare.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chatshare.config.ConfigLoader;
import chatshare.config.ExperimentConfig;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled Calvano et al. (2020) setup against the closed forms of logit Bertrand competition. */
class LearningBenchmarksTest {
    static final double MU = 0.25;
    static final double A = 2;
    static final double COST = 1;

    static ExperimentConfig calvano(String... sets) {
        return ConfigLoader.load(Path.of("experiments/papers/calvano-2020.json"), List.of(sets)).config();
    }

    /** Closed-form share of a firm charging p against a rival charging r (a_0 = 0). */
    static double share(double p, double r) {
        double own = Math.exp((A - p) / MU);
        return own / (own + Math.exp((A - r) / MU) + 1);
    }

    static LearningBenchmarks benchmarks(ExperimentConfig c) {
        Market m = new Market(c, 3, 1);
        m.start();
        m.schedule.step(m); // the first decision builds the benchmarks
        LearningBenchmarks b = ((QLearning) m.firms().get(0).strategies().pricing(PriceLever.PAID)).benchmarks();
        m.finish();
        return b;
    }

    @Test
    void nashAndJointProfitPricesSolveTheLogitFirstOrderConditions() {
        LearningBenchmarks b = benchmarks(calvano());
        double pN = b.nashPrice[0];
        double pM = b.monopolyPrice;
        // Bertrand-Nash with logit demand: p - c = mu / (1 - s_i).
        assertEquals(MU / (1 - share(pN, pN)), pN - COST, 1e-5);
        // Symmetric joint profit: p - c = mu / s_0, s_0 the outside share.
        assertEquals(MU / (1 - 2 * share(pM, pM)), pM - COST, 1e-5);
        assertEquals(pN, b.nashPrice[1], 1e-9, "symmetric firms, symmetric equilibrium");
        // The paper's values (section I.C): pN ~ 1.473, pM ~ 1.925, profits 0.2229 and 0.3375.
        assertEquals(1.473, pN, 1e-3);
        assertEquals(1.925, pM, 1e-3);
        assertEquals((pN - COST) * share(pN, pN), b.nashProfit[0], 1e-9);
        assertEquals((pM - COST) * share(pM, pM), b.monopolyProfit[0], 1e-9);
    }

    @Test
    void gridSpansTheBenchmarksWithTheExtensionAndProfitsAreTheClosedForm() {
        LearningBenchmarks b = benchmarks(calvano());
        double span = b.monopolyPrice - b.nashPrice[0];
        double[] grid = b.grid[0];
        assertEquals(15, grid.length);
        assertEquals(b.nashPrice[0] - 0.1 * span, grid[0], 1e-12);
        assertEquals(b.monopolyPrice + 0.1 * span, grid[14], 1e-12);
        for (int c = 0; c < b.profiles; c++) {
            int[] d = new int[2];
            b.decode(c, d);
            assertEquals(c, b.encode(d));
            double p = grid[d[0]];
            double r = b.grid[1][d[1]];
            assertEquals((p - COST) * share(p, r), b.profit[0][c], 1e-9);
            assertEquals((r - COST) * share(r, p), b.profit[1][c], 1e-9);
        }
        assertTrue(b.delta(0, b.nashProfit[0]) == 0 && b.delta(0, b.monopolyProfit[0]) == 1);
    }
}
