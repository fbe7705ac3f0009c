package chatshare.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import chatshare.config.ExperimentConfig;
import org.junit.jupiter.api.Test;

/**
 * With heterogeneous users (log-normal alpha, uniform beta, filtering bands, several regions and
 * a bundle) and no dynamics (reviewProb 1, no habit, no social term), the expected share of each
 * alternative is the mean over users of their own logit probability, computed here from the
 * same population; the simulated share must match within 5 standard errors of its exact
 * Poisson-binomial variance.
 */
class HeterogeneousLogitTest {
    @Test
    void simulatedSharesEqualMeanOfIndividualProbabilities() {
        int agents = 60_000;
        ExperimentConfig c = TestMarkets.pureLogit(agents);
        c.market.ticks = 1;
        TestMarkets.heterogeneousUsers(c, 6);
        c.firms.put("low", TestMarkets.firm(3.0, 15, 0.1));
        c.firms.put("mid", TestMarkets.firm(3.2, 20, 0.5));
        c.firms.put("high", TestMarkets.firm(3.4, 25, 0.9));
        Market m = new Market(c, 5, 1);
        m.start();
        m.offers().update(m.firms(), m.platforms(), m.regionFirmShare(), 0);
        int alts = m.offers().alternatives();
        double[] expected = new double[alts];
        double[] variance = new double[alts];
        double[] v = new double[alts];
        byte[] alt = new byte[alts];
        double[] p = new double[alts];
        for (int i = 0; i < agents; i++) {
            int n = m.offers().utilities(m.users(), i, 0, null, 0, v, alt);
            ChoiceModel.probabilities(v, n, p);
            for (int k = 0; k < n; k++) {
                expected[alt[k]] += p[k] / agents;
                variance[alt[k]] += p[k] * (1 - p[k]) / ((double) agents * agents);
            }
        }
        m.schedule.step(m);
        for (int a = 0; a < alts; a++) {
            long count = 0;
            for (int t = 0; t < m.types().count; t++) {
                count += m.tally().count(t, a);
            }
            assertEquals(expected[a], (double) count / agents, 5 * Math.sqrt(variance[a]) + 1e-12,
                    "alternative " + a);
        }
        m.finish();
    }
}
