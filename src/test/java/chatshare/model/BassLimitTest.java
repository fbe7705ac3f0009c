package chatshare.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chatshare.config.ExperimentConfig;
import chatshare.config.FirmConfig;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * MODEL.md 9, Bass diffusion: one firm, mean-field, everybody adopts as soon as aware. Each tick
 * the adoption share must follow F' = F + h(F)(1 - F) given last tick's F; each step is checked
 * within 5 conditional standard errors sqrt((1 - F) h (1 - h) / N).
 */
class BassLimitTest {
    private static final int AGENTS = 200_000;

    private static ExperimentConfig oneFirm(double p, double q, double seeded) {
        ExperimentConfig c = TestMarkets.pureLogit(AGENTS);
        c.users.segments.consumer.outsideUtility = -50;
        c.market.ticks = 40;
        FirmConfig f = TestMarkets.firm(3, 0, 0.5);
        f.initialAwareness = seeded;
        f.awarenessRate = p;
        f.wordOfMouth = q;
        c.firms.put("only", f);
        return c;
    }

    /** Runs the market and checks every one-step transition against the recursion. */
    private static double[] checkRecursion(ExperimentConfig c, DoubleUnaryOperator hazard) {
        double[] path = new double[c.market.ticks + 1];
        TestMarkets.run(c, 3, 2, (m, t) -> path[t + 1] = TestMarkets.share(m, 0));
        for (int t = 1; t < path.length; t++) {
            double f = path[t - 1];
            double h = hazard.applyAsDouble(f);
            if (t == 1) {
                continue; // tick 0 adopts the initially aware users; the recursion starts after it
            }
            double expected = f + h * (1 - f);
            double se = Math.sqrt((1 - f) * h * (1 - h) / AGENTS);
            assertEquals(expected, path[t], 5 * se + 1e-12, "tick " + (t - 1));
        }
        return path;
    }

    @Test
    void wordOfMouthOnlyFollowsDiscreteBass() {
        double q = 0.4;
        double[] path = checkRecursion(oneFirm(0, q, 0.01), f -> q * f);
        assertTrue(path[path.length - 1] > 0.99, "word of mouth eventually reaches everybody");
    }

    @Test
    void innovationOnlyFollowsDiscreteBass() {
        double p = 0.03;
        checkRecursion(oneFirm(p, 0, 0), f -> p);
    }

    @Test
    void bothChannelsCombineAsIndependentHazards() {
        // Large enough that the overlap term pqF (up to ~0.02) is many standard errors wide.
        double p = 0.15;
        double q = 0.5;
        // MODEL.md 7.3: 1 - (1 - p)(1 - qF) = p + qF - pqF, the Bass hazard less the overlap pqF.
        checkRecursion(oneFirm(p, q, 0), f -> 1 - (1 - p) * (1 - q * f));
    }
}
