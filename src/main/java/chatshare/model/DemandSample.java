package chatshare.model;

import chatshare.config.SegmentConfig;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A fixed random sample of users on which a firm evaluates candidate offers: expected weekly
 * revenue minus serving cost with the exact logit probabilities of the current market (the
 * social term is the mean-field one; network neighbours are not read). Cost:
 * O(sample x alternatives) per evaluation.
 */
final class DemandSample {
    private final int[] users;
    private final double[] v;
    private final double[] p;
    private final byte[] alts;

    DemandSample(int size, int population, int alternatives, UniformRandomProvider rng) {
        users = new int[Math.min(size, population)];
        for (int k = 0; k < users.length; k++) {
            users[k] = rng.nextInt(population);
        }
        v = new double[alternatives];
        p = new double[alternatives];
        alts = new byte[alternatives];
    }

    /** Expected weekly (revenue - serving cost) of the firm's current offer, scaled to the population. */
    double expectedProfit(Market m, Firm firm) {
        m.offers.update(m.firms, m.platforms, m.regionFirmShare(), m.tick());
        List<SegmentConfig> segments = m.config.users.segments.inOrder();
        int altCount = m.offers.alternatives();
        double total = 0;
        for (int i : users) {
            int type = m.users.type[i];
            double usage = segments.get(m.types.segment(type)).usage;
            // Firms decide after this tick's choices: demand is that of the coming tick, whose
            // tenures count this tick's switchers from 0.
            int n = m.offers.utilities(m.users, i, m.tick() + 1, null, 0, v, alts);
            ChoiceModel.probabilities(v, n, p);
            for (int k = 0; k < n; k++) {
                if (alts[k] != 0 && Firm.firmOf(alts[k]) == firm.index) {
                    double revenue = alts[k] == Firm.paidAlt(firm.index)
                            ? m.offers.price[type * altCount + alts[k]] / Firm.WEEKS_PER_MONTH : 0;
                    total += p[k] * (revenue - usage * firm.costPerUserWeek);
                }
            }
        }
        return total * m.agentWeight * m.agents() / users.length;
    }
}
