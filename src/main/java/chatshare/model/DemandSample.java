package chatshare.model;

import chatshare.config.SegmentConfig;
import chatshare.config.SegmentsConfig;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A fixed random sample of users on which a firm evaluates candidate offers: expected weekly
 * revenue minus serving cost with the exact logit probabilities of the current market (the
 * social term is the mean-field one; network neighbours are not read).
 *
 * <p>The sample is stratified: up to `size` users who buy the paid plan (consumer and power
 * segments) and up to `size` API users (enterprise), each a uniform draw without replacement
 * within its stratum, weighted by the stratum's population. A uniform sample of 10 000 holds
 * about 50 enterprise users, far too few to price the API on.
 *
 * <p>Cost: expectedProfit is O(sample x alternatives). A price curve (prepare, then profitAt)
 * computes the utilities once and then costs one exp per sampled user and price, since a price
 * only moves the utility of the firm's own paid plan.
 */
final class DemandSample {
    private static final int PLAN = 0;
    private static final int API = 1;

    /** Sampled user indices by stratum (PLAN, API). */
    private final int[][] users;
    /** Population users each sampled user stands for, by stratum (agents, before agentWeight). */
    private final double[] weight;
    private final double[] v;
    private final double[] p;
    private final byte[] alts;

    // The prepared price curve, by sampled user of the lever's stratum.
    private final double[] paidUtility;
    private final double[] otherWeight;
    private final double[] freeWeight;
    private final double[] basePrice;
    private final double[] servingCost;
    private final double[] slope;
    private final int[] userType;
    /** The curve's user types (distinct) and, by type, the price it pays at the candidate price. */
    private int[] curveTypes = new int[0];
    private final double[] typePrice;
    private int[] curveUsers = new int[0];

    DemandSample(int size, Population pop, UserTypes types, int alternatives, UniformRandomProvider rng) {
        users = new int[2][];
        weight = new double[2];
        int[] population = new int[2];
        for (int i = 0; i < pop.size; i++) {
            population[stratum(types, pop.type[i])]++;
        }
        int[][] reservoir = {new int[Math.min(size, population[PLAN])], new int[Math.min(size, population[API])]};
        int[] seen = new int[2];
        // Reservoir sampling (Algorithm R): one pass, a uniform sample without replacement per stratum.
        for (int i = 0; i < pop.size; i++) {
            int s = stratum(types, pop.type[i]);
            int k = seen[s]++;
            if (k < reservoir[s].length) {
                reservoir[s][k] = i;
            } else {
                int r = rng.nextInt(k + 1);
                if (r < reservoir[s].length) {
                    reservoir[s][r] = i;
                }
            }
        }
        for (int s = 0; s < 2; s++) {
            users[s] = reservoir[s];
            weight[s] = users[s].length == 0 ? 0 : (double) population[s] / users[s].length;
        }
        v = new double[alternatives];
        p = new double[alternatives];
        alts = new byte[alternatives];
        int largest = Math.max(users[PLAN].length, users[API].length);
        paidUtility = new double[largest];
        otherWeight = new double[largest];
        freeWeight = new double[largest];
        basePrice = new double[largest];
        servingCost = new double[largest];
        slope = new double[largest];
        userType = new int[largest];
        typePrice = new double[types.count];
    }

    private static int stratum(UserTypes types, int type) {
        return types.segment(type) == SegmentsConfig.ENTERPRISE ? API : PLAN;
    }

    /** Expected weekly (revenue - serving cost) of the firm's current offer, scaled to the population. */
    double expectedProfit(Market m, Firm firm) {
        return expectedUsersAndProfit(m, firm)[1];
    }

    /** {expected users of the firm (any plan), expected weekly profit}, scaled to the population. */
    double[] expectedUsersAndProfit(Market m, Firm firm) {
        m.offers.update(m.firms, m.platforms, m.regionFirmShare(), m.tick());
        List<SegmentConfig> segments = m.config.users.segments.inOrder();
        int altCount = m.offers.alternatives();
        double users = 0;
        double profit = 0;
        for (int s = 0; s < 2; s++) {
            double stratumUsers = 0;
            double stratumProfit = 0;
            for (int i : this.users[s]) {
                int type = m.users.type[i];
                double usage = segments.get(m.types.segment(type)).usage;
                int n = utilitiesNextTick(m, i);
                ChoiceModel.probabilities(v, n, p);
                for (int k = 0; k < n; k++) {
                    if (alts[k] != 0 && Firm.firmOf(alts[k]) == firm.index) {
                        double revenue = alts[k] == Firm.paidAlt(firm.index)
                                ? m.offers.price[type * altCount + alts[k]] / Firm.WEEKS_PER_MONTH : 0;
                        stratumUsers += p[k];
                        stratumProfit += p[k] * (revenue - usage * firm.costPerUserWeek);
                    }
                }
            }
            users += stratumUsers * weight[s];
            profit += stratumProfit * weight[s];
        }
        return new double[] {users * m.agentWeight, profit * m.agentWeight};
    }

    // Firms decide after this tick's choices: demand is that of the coming tick, whose tenures
    // count this tick's switchers from 0.
    private int utilitiesNextTick(Market m, int i) {
        return m.offers.utilities(m.users, i, m.tick() + 1, null, 0, v, alts);
    }

    /**
     * Fixes everything but the lever's price at the market's current state: afterwards
     * profitAt(price) is the expected weekly profit, on the lever's stratum, of that price. The
     * other stratum's profit does not depend on the price, so the curve has the same maximiser.
     */
    void prepare(Market m, Firm firm, PriceLever lever) {
        m.offers.update(m.firms, m.platforms, m.regionFirmShare(), m.tick());
        curveUsers = users[lever == PriceLever.PAID ? PLAN : API];
        int altCount = m.offers.alternatives();
        int paid = Firm.paidAlt(firm.index);
        int free = Firm.freeAlt(firm.index);
        List<SegmentConfig> segments = m.config.users.segments.inOrder();
        boolean[] seen = new boolean[typePrice.length];
        for (int u = 0; u < curveUsers.length; u++) {
            int n = utilitiesNextTick(m, curveUsers[u]);
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < n; k++) {
                max = Math.max(max, v[k]);
            }
            double others = 0;
            paidUtility[u] = Double.NEGATIVE_INFINITY;
            freeWeight[u] = 0;
            for (int k = 0; k < n; k++) {
                if (alts[k] == paid) {
                    paidUtility[u] = v[k] - max;
                } else {
                    double w = Math.exp(v[k] - max);
                    others += w;
                    freeWeight[u] += alts[k] == free ? w : 0;
                }
            }
            otherWeight[u] = others;
            int type = m.users.type[curveUsers[u]];
            userType[u] = type;
            seen[type] = true;
            basePrice[u] = m.offers.price[type * altCount + paid];
            servingCost[u] = segments.get(m.types.segment(type)).usage * firm.costPerUserWeek;
            slope[u] = m.users.priceSensitivity[curveUsers[u]];
        }
        curveTypes = java.util.stream.IntStream.range(0, seen.length).filter(t -> seen[t]).toArray();
    }

    /** Expected weekly profit of the prepared lever at this price (sets the lever; callers restore it). */
    double profitAt(Market m, Firm firm, PriceLever lever, double price) {
        lever.set(firm, price);
        // Only this firm's price moves: its price by user type, not all of Offers' tables.
        for (int t : curveTypes) {
            typePrice[t] = m.offers.paidPrice(firm, t, m.platforms, m.tick());
        }
        double total = 0;
        for (int u = 0; u < curveUsers.length; u++) {
            double userPrice = typePrice[userType[u]];
            // Only the paid plan's utility moves with the price: by -alpha_i x the change.
            double w = paidUtility[u] == Double.NEGATIVE_INFINITY ? 0
                    : Math.exp(paidUtility[u] - slope[u] * (userPrice - basePrice[u]));
            double cost = servingCost[u];
            total += (w * (userPrice / Firm.WEEKS_PER_MONTH - cost) - freeWeight[u] * cost) / (otherWeight[u] + w);
        }
        return total * weight[lever == PriceLever.PAID ? PLAN : API] * m.agentWeight;
    }
}
